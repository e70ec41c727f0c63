import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiSchema } from '../../api/openapi-client';
import { localised } from '../applications/parts';
import { formatFen } from '../applications/money';

export { formatFen, localised };

export type Scenario = ApiSchema<'Scenario'>;
export type Proposal = ApiSchema<'ScenarioProposal'>;
export type Challenge = ApiSchema<'Challenge'>;
export type Consortium = ApiSchema<'ChallengeConsortium'>;

/** Shown on every demo record: it is not a real scenario or challenge. */
export function DemoTag({ demo }: { demo: boolean }) {
  const { t } = useTranslation('scenarios');
  return demo ? <Tag color="orange">{t('common.demo')}</Tag> : null;
}

const proposalColours: Record<Proposal['status'], string> = {
  submitted: 'blue',
  shortlisted: 'cyan',
  declined: 'default',
  piloting: 'gold',
  in_use: 'green',
};

export function ProposalStatusTag({ status }: { status: Proposal['status'] }) {
  const { t } = useTranslation('scenarios');
  return (
    <Tag color={proposalColours[status]} data-testid="proposal-status" data-status={status}>
      {t(`proposalStatus.${status}`)}
    </Tag>
  );
}

export function ConsortiumStatusTag({ status }: { status: Consortium['status'] }) {
  const { t } = useTranslation('scenarios');
  const colour = { forming: 'blue', submitted: 'gold', won: 'green', not_selected: 'default' }[
    status
  ];
  return (
    <Tag color={colour} data-testid="consortium-status" data-status={status}>
      {t(`consortiumStatus.${status}`)}
    </Tag>
  );
}

/** Three text inputs' initial value: the same text in each language. */
export const threeLanguages = ['zh-Hans', 'zh-Hant', 'en'] as const;
