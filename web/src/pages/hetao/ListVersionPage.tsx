import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { API_BASE, describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { currentLanguage } from '../../i18n';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { useIsPhone } from '../../components/use-is-phone';
import { useSession } from '../../session/session-context';
import {
  CategoryTag,
  CodeList,
  DiffView,
  itemName,
  VersionStatusTag,
  WorkingListNotice,
  WorkingListTag,
} from './parts';
import { ListItemDialog } from './ListItemDialog';
import { ListMetaDialog } from './ListMetaDialog';
import type { Category, ListItem, Regime } from './types';
import { ButtonLink } from '../../components/ButtonLink';

/**
 * A list version: its items and what changed. Everyone sees published versions; for customs a
 * draft is an editor — items added, changed and removed, then published or discarded.
 */
export default function ListVersionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const isPhone = useIsPhone();
  const {
    data: version,
    error,
    reload,
    setData,
  } = useApi(
    (signal) => apiClient.GET('/hetao/list-versions/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  const diff = useApi(
    (signal) =>
      apiClient.GET('/hetao/list-versions/{id}/diff', { params: { path: { id } }, signal }),
    [id, version?.itemCount, version?.status],
  );
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ListItem | 'new' | null>(null);
  const [editingMeta, setEditingMeta] = useState(false);
  const items = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!version) return [];
    if (!needle) return version.items;
    return version.items.filter((item) =>
      [item.itemId, item.nameZhHans, item.nameZhHant, item.nameEn ?? '', ...item.includes]
        .join(' ')
        .toLowerCase()
        .includes(needle),
    );
  }, [version, filter]);

  if (error && !version) return <LoadFailed error={error} onRetry={reload} />;
  if (!version) return <PageLoading />;
  const editable =
    version.allowedActions.includes('edit') && session.hasRole('customs_officer', 'admin');

  const act = async (action: 'publish' | 'discard') => {
    try {
      setData(
        await apiClient.POST(`/hetao/list-versions/{id}/${action}`, {
          params: { path: { id } },
        }),
      );
      void message.success(
        action === 'publish' ? t('version.publishedOk') : t('version.discarded'),
      );
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };
  const removeItem = async (item: ListItem) => {
    try {
      await apiClient.DELETE('/hetao/list-versions/{id}/items/{itemId}', {
        params: { path: { id, itemId: item.itemId } },
      });
      reload();
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {version.title}
            <VersionStatusTag status={version.status} />
            <WorkingListTag isWorkingList={version.isWorkingList} />
          </Space>
        }
        extra={
          <>
            {session.hasRole('customs_officer', 'admin') && (
              <ButtonLink to="/hetao/console/lists">{t('version.back')}</ButtonLink>
            )}
            <a href={`${API_BASE}/hetao/list-versions/${id}/export.csv`}>
              <Button icon={<DownloadOutlined />}>{t('version.export')}</Button>
            </a>
            {editable && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditingMeta(true)}>
                  {t('version.editMeta')}
                </Button>
                <Popconfirm title={t('version.discardConfirm')} onConfirm={() => act('discard')}>
                  <Button danger>{t('version.discard')}</Button>
                </Popconfirm>
                <Popconfirm title={t('version.publishConfirm')} onConfirm={() => act('publish')}>
                  <Button type="primary" data-testid="publish-version">
                    {t('version.publish')}
                  </Button>
                </Popconfirm>
              </>
            )}
          </>
        }
      />
      <WorkingListNotice version={version} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'doc',
              label: t('version.issuingDocument'),
              children: version.issuingDocument ?? '—',
            },
            {
              key: 'date',
              label: t('version.effectiveDate'),
              children: version.effectiveDate ? dayjs(version.effectiveDate).format('LL') : '—',
            },
            { key: 'source', label: t('version.source'), children: version.source },
            {
              key: 'published',
              label: t('version.publishedAt'),
              children: version.publishedAt ? dayjs(version.publishedAt).format('LLL') : '—',
            },
            ...(version.notes
              ? [{ key: 'notes', label: t('version.notes'), children: version.notes }]
              : []),
            {
              key: 'clauses',
              label: '',
              children: t('common.clauses', { ids: version.clauses.join(', ') }),
            },
          ]}
        />
        {version.importWarnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('version.importWarnings')}
            description={version.importWarnings
              .map((warning) => `${warning.line} ${warning.column}: ${warning.message}`)
              .join('\n')}
          />
        )}
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'items',
              label: `${t('version.items')} (${version.itemCount})`,
              children: (
                <>
                  <Space wrap style={{ marginBottom: 12 }}>
                    <Input.Search
                      allowClear
                      placeholder={t('version.search')}
                      onChange={(event) => setFilter(event.target.value)}
                      style={{ width: 280 }}
                    />
                    {editable && (
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => setEditing('new')}
                        data-testid="add-item"
                      >
                        {t('version.addItem')}
                      </Button>
                    )}
                  </Space>
                  <Table<ListItem>
                    rowKey="itemId"
                    size="small"
                    dataSource={items}
                    pagination={items.length > 50 ? { pageSize: 50 } : false}
                    // NOTE: no sideways scroll: on a desktop the columns share the width
                    // (names and code lists wrap); on a phone the item id, category, exclusions
                    // and regime move into the item's cell, leaving two columns.
                    columns={[
                      ...(isPhone
                        ? []
                        : [
                            {
                              title: t('version.itemId'),
                              dataIndex: 'itemId',
                              render: (value: string) => (
                                <Typography.Text code>{value}</Typography.Text>
                              ),
                            },
                            {
                              title: t('common.category'),
                              dataIndex: 'category',
                              render: (value: Category) => <CategoryTag category={value} />,
                            },
                          ]),
                      {
                        title: t('common.listItem'),
                        key: 'name',
                        render: (_: unknown, item: ListItem) => (
                          <div style={{ maxWidth: 360 }}>
                            {isPhone && (
                              <Flex wrap gap={4} align="center" style={{ marginBottom: 4 }}>
                                <Typography.Text code>{item.itemId}</Typography.Text>
                                <CategoryTag category={item.category} />
                              </Flex>
                            )}
                            {itemName(item)}
                            {!item.nameEn && currentLanguage() === 'en' && (
                              <Typography.Text type="secondary">
                                {' '}
                                {t('version.noEnglish')}
                              </Typography.Text>
                            )}
                            {item.notes && (
                              <Typography.Paragraph
                                type="secondary"
                                style={{ marginBottom: 0, fontSize: 12 }}
                              >
                                {item.notes}
                              </Typography.Paragraph>
                            )}
                            {isPhone && (
                              <Typography.Paragraph
                                type="secondary"
                                style={{ marginBottom: 0, fontSize: 12 }}
                              >
                                {t('common.regime')}: {t(`regimes.${item.regime}`)}
                              </Typography.Paragraph>
                            )}
                          </div>
                        ),
                      },
                      {
                        title: t('version.includes'),
                        dataIndex: 'includes',
                        render: (codes: string[], item: ListItem) => (
                          <>
                            <CodeList codes={codes} />
                            {isPhone && item.excludes.length > 0 && (
                              <div style={{ marginTop: 4 }}>
                                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                  {t('version.excludes')}
                                </Typography.Text>
                                <CodeList codes={item.excludes} />
                              </div>
                            )}
                          </>
                        ),
                      },
                      ...(isPhone
                        ? []
                        : [
                            {
                              title: t('version.excludes'),
                              dataIndex: 'excludes',
                              render: (codes: string[]) => <CodeList codes={codes} />,
                            },
                            {
                              title: t('common.regime'),
                              dataIndex: 'regime',
                              render: (value: Regime) => t(`regimes.${value}`),
                            },
                          ]),
                      ...(editable
                        ? [
                            {
                              title: t('common.actions'),
                              key: 'actions',
                              render: (_: unknown, item: ListItem) => (
                                <Space>
                                  <Button
                                    size="small"
                                    icon={<EditOutlined />}
                                    onClick={() => setEditing(item)}
                                    aria-label={t('version.editItem')}
                                  />
                                  <Popconfirm
                                    title={t('version.deleteConfirm', { item: item.itemId })}
                                    onConfirm={() => removeItem(item)}
                                  >
                                    <Button
                                      size="small"
                                      danger
                                      icon={<DeleteOutlined />}
                                      aria-label={t('version.deleteItem')}
                                    />
                                  </Popconfirm>
                                </Space>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'diff',
              label: t('version.diff'),
              children:
                diff.error && !diff.data ? (
                  <LoadFailed error={diff.error} onRetry={diff.reload} />
                ) : diff.data ? (
                  <DiffView diff={diff.data} />
                ) : (
                  <PageLoading />
                ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ListItemDialog
          versionId={id}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(t('version.saved'));
            reload();
          }}
        />
      )}
      {editingMeta && (
        <ListMetaDialog
          version={version}
          onClose={() => setEditingMeta(false)}
          onSaved={(updated) => {
            setEditingMeta(false);
            setData(updated);
          }}
        />
      )}
    </>
  );
}
