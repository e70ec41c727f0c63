import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { roles, type AccountStatus, type AccountSummary, type Role } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { cursorPagination } from '../../components/cursor-pagination';
import { useUrlPaging } from '../../components/use-url-paging';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { useCursorStack } from '../../components/use-cursor-stack';

/** The page size when the URL names none (as in useUrlPaging). */
const DEFAULT_PAGE_SIZE = 20;

function isRole(value: string | null): value is Role {
  return value !== null && (roles as readonly string[]).includes(value);
}

/** The roles dialog: tick boxes, a plain summary of what will change, then one save. */
function RolesDialog({
  account,
  onClose,
  onSaved,
}: {
  account: AccountSummary;
  onClose: () => void;
  onSaved: (account: AccountSummary) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<Role[]>(account.roles);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const grants = chosen.filter((role) => !account.roles.includes(role));
  const revokes = account.roles.filter((role) => !chosen.includes(role));
  const names = (list: Role[]) =>
    list.map((role) => t(`common:roles.${role}`)).join(t('common:listSeparator'));

  const save = async () => {
    setSaving(true);
    setFailure(null);
    let latest = account;
    try {
      // One audited call per role; grants first so an account is never left without access
      // halfway through a swap.
      for (const role of grants) {
        latest = await apiClient.PUT('/admin/accounts/{id}/roles/{role}', {
          params: { path: { id: account.id, role } },
        });
      }
      for (const role of revokes) {
        latest = await apiClient.DELETE('/admin/accounts/{id}/roles/{role}', {
          params: { path: { id: account.id, role } },
        });
      }
      void message.success(t('users.rolesSaved', { email: account.email }));
      onSaved(latest);
      onClose();
    } catch (error) {
      if (latest !== account) onSaved(latest); // some changes went through: show them
      setFailure(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('users.rolesTitle', { email: account.email })}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: grants.length + revokes.length === 0, loading: saving }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.rolesHelp')}</Typography.Paragraph>
      <Checkbox.Group<Role>
        value={chosen}
        onChange={setChosen}
        style={{ display: 'grid', gap: 8, marginBottom: 16 }}
        options={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
      />
      {grants.length + revokes.length === 0 ? (
        <Typography.Text type="secondary">{t('users.noChange')}</Typography.Text>
      ) : (
        <Space orientation="vertical">
          {grants.length > 0 && (
            <Typography.Text type="success">
              {t('users.willGrant', { roles: names(grants) })}
            </Typography.Text>
          )}
          {revokes.length > 0 && (
            <Typography.Text type="danger">
              {t('users.willRevoke', { roles: names(revokes) })}
            </Typography.Text>
          )}
        </Space>
      )}
      {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={failure} />}
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const { params, pageSize, update } = useUrlPaging();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const statusParam = params.get('status');
  const status: AccountStatus | undefined =
    statusParam === 'active' || statusParam === 'disabled' ? statusParam : undefined;
  const [draft, setDraft] = useState(q);
  const [editing, setEditing] = useState<AccountSummary | null>(null);
  const [changingStatus, setChangingStatus] = useState<string | null>(null);

  // Paged by keyset cursor (issue #19): "previous" goes back through the cursors passed.
  const pages = useCursorStack(JSON.stringify([q, role, status, pageSize]));

  const { data, error, loading, reload, setData } = useApi(
    (signal) =>
      apiClient.GET('/admin/accounts', {
        params: { query: { q, role, status, limit: pageSize, cursor: pages.cursor } },
        signal,
      }),
    [q, role, status, pageSize, pages.cursor],
  );

  const replaceAccount = (account: AccountSummary) => {
    if (!data) return;
    setData({
      ...data,
      items: data.items.map((item) => (item.id === account.id ? account : item)),
    });
  };

  const setStatus = async (account: AccountSummary, next: AccountStatus) => {
    setChangingStatus(account.id);
    try {
      replaceAccount(
        await apiClient.PUT('/admin/accounts/{id}/status', {
          params: { path: { id: account.id } },
          body: { status: next },
        }),
      );
      void message.success(
        t(next === 'disabled' ? 'users.disabled' : 'users.enabled', { email: account.email }),
      );
    } catch (statusError) {
      void message.error(describeError(statusError));
    } finally {
      setChangingStatus(null);
    }
  };

  return (
    <>
      <PageHeading title={t('titles.users')} description={t('users.description')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={draft}
            placeholder={t('users.search')}
            enterButton={t('common:actions.search')}
            onChange={(event) => setDraft(event.target.value)}
            onSearch={(value) => update({ q: value.trim(), page: undefined })}
            style={{ maxWidth: 360, flex: '1 1 240px' }}
            data-testid="user-search"
          />
          {/* Named beyond their placeholder, which goes once a value is chosen (WCAG 4.1.2). */}
          <Select
            allowClear
            aria-label={t('users.columns.roles')}
            value={role}
            placeholder={t('users.allRoles')}
            style={{ width: 180 }}
            onChange={(value?: Role) => update({ role: value, page: undefined })}
            options={roles.map((value) => ({ value, label: t(`common:roles.${value}`) }))}
            data-testid="role-filter"
          />
          <Select
            allowClear
            aria-label={t('users.columns.status')}
            value={status}
            placeholder={t('users.allStatuses')}
            style={{ width: 140 }}
            onChange={(value?: AccountStatus) => update({ status: value, page: undefined })}
            options={(['active', 'disabled'] as const).map((value) => ({
              value,
              label: t(`users.status.${value}`),
            }))}
          />
        </Flex>
        {error && !data ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : (
          <Table<AccountSummary>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            // NOTE: no sideways scroll: on a phone the name, status and date give way to the
            // e-mail, roles and actions.
            locale={{ emptyText: t('users.empty') }}
            pagination={cursorPagination({
              pages,
              nextCursor: data?.nextCursor,
              total: data?.total ?? 0,
              pageSize,
              onPageSizeChange: (size) =>
                update({ size: size === DEFAULT_PAGE_SIZE ? undefined : size }),
              showTotal: (total) => t('users.total', { total }),
            })}
            columns={[
              {
                title: t('users.columns.email'),
                dataIndex: 'email',
                render: (email: string, account) => (
                  <Space size={4}>
                    {email}
                    {account.id === session.me?.account.id && <Tag>{t('users.you')}</Tag>}
                  </Space>
                ),
              },
              { title: t('users.columns.name'), dataIndex: 'displayName', responsive: ['md'] },
              {
                title: t('users.columns.roles'),
                dataIndex: 'roles',
                render: (accountRoles: Role[]) =>
                  accountRoles.length === 0 ? (
                    <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>
                  ) : (
                    <Space size={4} wrap>
                      {accountRoles.map((value) => (
                        <Tag key={value} color="geekblue">
                          {t(`common:roles.${value}`)}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              {
                title: t('users.columns.status'),
                responsive: ['md'],
                dataIndex: 'status',
                render: (value: AccountStatus) => (
                  <Tag color={value === 'active' ? 'green' : 'red'}>
                    {t(`users.status.${value}`)}
                  </Tag>
                ),
              },
              {
                title: t('users.columns.createdAt'),
                responsive: ['md'],
                dataIndex: 'createdAt',
                render: (value: string) => dayjs(value).format('LL'),
              },
              {
                title: t('users.columns.actions'),
                key: 'actions',
                render: (_, account) => (
                  <Space size={4} wrap>
                    <Button size="small" onClick={() => setEditing(account)}>
                      {t('users.editRoles')}
                    </Button>
                    {account.status === 'active' ? (
                      <Popconfirm
                        title={t('users.disableConfirm', { email: account.email })}
                        description={t('users.disableConfirmText')}
                        okText={t('users.disable')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => setStatus(account, 'disabled')}
                      >
                        <Button size="small" danger loading={changingStatus === account.id}>
                          {t('users.disable')}
                        </Button>
                      </Popconfirm>
                    ) : (
                      <Popconfirm
                        title={t('users.enableConfirm', { email: account.email })}
                        okText={t('users.enable')}
                        cancelText={t('common:actions.cancel')}
                        onConfirm={() => setStatus(account, 'active')}
                      >
                        <Button size="small" loading={changingStatus === account.id}>
                          {t('users.enable')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing && (
        <RolesDialog account={editing} onClose={() => setEditing(null)} onSaved={replaceAccount} />
      )}
    </>
  );
}
