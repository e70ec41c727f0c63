import { Alert, Descriptions, Empty, Flex, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { LocalisedText } from '../../api/openapi-client';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session-context';
import type {
  Category,
  ListDiff,
  ListItem,
  ListItemRef,
  ListVersion,
  ListVersionStatus,
  QuestionStatus,
  RulingStatus,
  SuggestionGroupStatus,
} from './types';

/** 300212 → 3002.12; 38210010 → 3821.0010; patterns (a..b) and short codes as they are. */
export function formatCode(code: string): string {
  return /^\d{5,10}$/.test(code) ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

export function Code({ code }: { code: string }) {
  return <Typography.Text code>{formatCode(code)}</Typography.Text>;
}

export function CodeList({ codes }: { codes: string[] }) {
  if (codes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {codes.map((code) => (
        <Typography.Text code key={code}>
          {code}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The text of a server-side localised object in the UI language. */
export function useLocalised(): (text: LocalisedText) => string {
  useTranslation(); // re-render on a language switch
  return (text) => text[currentLanguage()];
}

/** A list item's name in the UI language (English falls back to the Chinese name). */
export function itemName(
  item: Pick<ListItem, 'nameZhHans' | 'nameZhHant' | 'nameEn'> | ListItemRef,
): string {
  const language = currentLanguage();
  if (language === 'zh-Hant') return item.nameZhHant ?? item.nameZhHans ?? '';
  if (language === 'en') return item.nameEn ?? item.nameZhHans ?? '';
  return item.nameZhHans ?? '';
}

export function CategoryTag({ category }: { category: Category | null }) {
  const { t } = useTranslation('hetao');
  if (!category) return null;
  return <Tag color="geekblue">{t(`categories.${category}`)}</Tag>;
}

export function ListItemLabel({ item }: { item: ListItemRef | null }) {
  if (!item) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text code>{item.itemId}</Typography.Text>
      <span>{itemName(item)}</span>
      <CategoryTag category={item.category} />
    </Space>
  );
}

const questionColours: Record<QuestionStatus, string> = {
  open: 'processing',
  answered: 'success',
  published: 'purple',
  withdrawn: 'default',
};
const versionColours: Record<ListVersionStatus, string> = {
  draft: 'orange',
  published: 'green',
  superseded: 'default',
  discarded: 'default',
};
const groupColours: Record<SuggestionGroupStatus, string> = {
  open: 'processing',
  pulled: 'orange',
  included: 'green',
  declined: 'default',
};
const rulingColours: Record<RulingStatus, string> = {
  draft: 'default',
  filed: 'processing',
  accepted: 'cyan',
  not_accepted: 'red',
  ruled: 'green',
  published: 'purple',
  withdrawn: 'default',
};

export function QuestionStatusTag({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation('hetao');
  return (
    <Tag color={questionColours[status]} data-status={status}>
      {t(`questionStatus.${status}`)}
    </Tag>
  );
}
export function VersionStatusTag({ status }: { status: ListVersionStatus }) {
  const { t } = useTranslation('hetao');
  return <Tag color={versionColours[status]}>{t(`versionStatus.${status}`)}</Tag>;
}
export function GroupStatusTag({ status }: { status: SuggestionGroupStatus }) {
  const { t } = useTranslation('hetao');
  return <Tag color={groupColours[status]}>{t(`groupStatus.${status}`)}</Tag>;
}
export function RulingStatusTag({ status }: { status: RulingStatus }) {
  const { t } = useTranslation('hetao');
  return <Tag color={rulingColours[status]}>{t(`rulingStatus.${status}`)}</Tag>;
}

/** Covered / not covered, as customs answered. */
export function CoveredTag({ covered }: { covered: boolean }) {
  const { t } = useTranslation('hetao');
  return (
    <Tag color={covered ? 'green' : 'red'} data-covered={String(covered)}>
      {covered ? t('covered.yes') : t('covered.no')}
    </Tag>
  );
}

/** The working-list label, wherever a working list is shown (it is not the official list). */
export function WorkingListNotice({
  version,
}: {
  version: Pick<ListVersion, 'workingListNotice'>;
}) {
  const localised = useLocalised();
  const { t } = useTranslation('hetao');
  if (!version.workingListNotice) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="working-list-notice"
      message={t('common.workingList')}
      description={localised(version.workingListNotice)}
      style={{ marginBottom: 16 }}
    />
  );
}

export function WorkingListTag({ isWorkingList }: { isWorkingList: boolean }) {
  const { t } = useTranslation('hetao');
  return isWorkingList ? (
    <Tag color="warning">{t('common.workingList')}</Tag>
  ) : (
    <Tag color="blue">{t('common.official')}</Tag>
  );
}

/** Switches between the pages of the importer portal or the customs console. */
export function SectionTabs({ kind }: { kind: 'portal' | 'console' }) {
  const { t } = useTranslation('hetao');
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const options =
    kind === 'portal'
      ? [
          { value: '/hetao/questions', label: t('portal.questions') },
          { value: '/hetao/suggestions', label: t('portal.suggestions') },
          { value: '/hetao/rulings', label: t('portal.rulings') },
        ]
      : [
          ...(session.hasRole('customs_officer')
            ? [{ value: '/hetao/console', label: t('console.queue') }]
            : []),
          { value: '/hetao/console/lists', label: t('console.lists') },
          { value: '/hetao/suggestions', label: t('console.suggestions') },
          ...(session.hasRole('customs_officer')
            ? [{ value: '/hetao/console/rulings', label: t('console.rulings') }]
            : []),
        ];
  const current = options.find((option) => option.value === location.pathname)?.value;
  return (
    <div style={{ overflowX: 'auto', marginBottom: 16 }}>
      <Segmented options={options} value={current} onChange={(value) => navigate(String(value))} />
    </div>
  );
}

type DiffField =
  | 'category'
  | 'nameZhHans'
  | 'nameZhHant'
  | 'nameEn'
  | 'includes'
  | 'excludes'
  | 'regime'
  | 'notes'
  | 'source';

function showValue(value: string | string[] | null): string {
  if (value === null || value === '') return '—';
  return Array.isArray(value) ? value.join('; ') || '—' : value;
}

/** Items added, removed and changed (field by field) between two versions. */
export function DiffView({ diff }: { diff: ListDiff }) {
  const { t } = useTranslation('hetao');
  const fieldValue = (field: DiffField, value: string | string[] | null) =>
    field === 'category' && typeof value === 'string'
      ? t(`categories.${value as Category}`)
      : field === 'regime' && typeof value === 'string'
        ? t(`regimes.${value as 'write-off'}`)
        : showValue(value);
  if (diff.added.length + diff.removed.length + diff.changed.length === 0)
    return <Empty description={t('version.unchanged', { count: diff.unchanged })} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="diff-view">
      {diff.from && (
        <Typography.Text type="secondary">
          {t('version.diffAgainst', { title: diff.from.title })}
        </Typography.Text>
      )}
      <Space wrap>
        <Tag color="green">{t('version.added', { count: diff.added.length })}</Tag>
        <Tag color="red">{t('version.removed', { count: diff.removed.length })}</Tag>
        <Tag color="orange">{t('version.changed', { count: diff.changed.length })}</Tag>
        <Tag>{t('version.unchanged', { count: diff.unchanged })}</Tag>
      </Space>
      {diff.added.length > 0 && (
        <ItemsBrief title={t('version.added', { count: diff.added.length })} items={diff.added} />
      )}
      {diff.removed.length > 0 && (
        <ItemsBrief
          title={t('version.removed', { count: diff.removed.length })}
          items={diff.removed}
        />
      )}
      {diff.changed.map((change) => (
        <Descriptions
          key={change.itemId}
          size="small"
          bordered
          column={1}
          title={
            <Space wrap>
              <Typography.Text code>{change.itemId}</Typography.Text>
              {itemName(change.after)}
            </Space>
          }
          items={change.changes.map((fieldChange) => ({
            key: fieldChange.field,
            label: t(`version.fields.${fieldChange.field as DiffField}`),
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text delete type="secondary">
                  {t('version.before')}:{' '}
                  {fieldValue(fieldChange.field as DiffField, fieldChange.before)}
                </Typography.Text>
                <Typography.Text>
                  {t('version.after')}:{' '}
                  {fieldValue(fieldChange.field as DiffField, fieldChange.after)}
                </Typography.Text>
              </Space>
            ),
          }))}
        />
      ))}
    </Space>
  );
}

function ItemsBrief({ title, items }: { title: string; items: ListItem[] }) {
  const { t } = useTranslation('hetao');
  return (
    <Table<ListItem>
      size="small"
      rowKey="itemId"
      title={() => title}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('version.itemId'),
          dataIndex: 'itemId',
          render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
        },
        { title: t('common.listItem'), key: 'name', render: (_, item) => itemName(item) },
        {
          title: t('common.category'),
          dataIndex: 'category',
          render: (category: Category) => <CategoryTag category={category} />,
        },
        {
          title: t('version.includes'),
          dataIndex: 'includes',
          render: (codes: string[]) => <CodeList codes={codes} />,
        },
      ]}
    />
  );
}

/** Dates as the UI language writes them. */
export { default as dayjs } from 'dayjs';
