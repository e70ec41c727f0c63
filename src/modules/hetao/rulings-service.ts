import type { HetaoRulingStatus } from '../../db/schema/hetao';
import { AppError, type LocalisedText } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { anonymiseText } from './anonymise';
import { addDays, addMonths, addYears } from '../../shared/china-time';
import { identifyingFactsOf, isCustoms, pick, resolveImporter, today } from './desk-service';
import { hetaoReference } from './references';
import * as repo from './repo';
import type { CreateRulingBody, DecideRulingBody, UpdateRulingBody } from './schema';
import { allowedActions, nextState, rulingMachine } from './state-machines';

/**
 * Advance-ruling tracking (預裁定, B.N8): an importer's request from draft to filing, customs'
 * acceptance and decision, and the anonymised publication of decisions.
 */

const RULING_CLAUSES = ['B.N8', 'B.C1'];
/** B.N8: apply at least 3 months before import. */
const FILE_MONTHS_BEFORE_IMPORT = 3;
/** B.N8: customs decides within 10 days whether to accept. */
const ACCEPTANCE_DAYS = 10;
/** B.N8: a ruling lasts 3 years. */
const VALIDITY_YEARS = 3;

function rulingWarnings(ctx: ServiceContext, ruling: repo.RulingRow) {
  const latestFilingOn = addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT);
  const warnings: { code: string; message: LocalisedText }[] = [];
  if (ruling.status === 'draft' && today(ctx) > latestFilingOn)
    warnings.push({
      code: 'hetao.ruling_less_than_three_months',
      message: {
        'zh-Hans': `预裁定应在货物拟进口 3 个月前提出（B.N8）。拟进口日期 ${ruling.plannedImportOn} 的最晚申请日为 ${latestFilingOn}，已过。请推迟进口日期，或改为向海关咨询。`,
        'zh-Hant': `預裁定應在貨物擬進口 3 個月前提出（B.N8）。擬進口日期 ${ruling.plannedImportOn} 的最晚申請日為 ${latestFilingOn}，已過。請推遲進口日期，或改為向海關諮詢。`,
        en: `An advance ruling must be requested at least 3 months before import (B.N8). For a planned import on ${ruling.plannedImportOn} the last day to file was ${latestFilingOn}. Move the import date, or ask customs through a consultation instead.`,
      },
    });
  return warnings;
}

function presentRuling(
  ctx: ServiceContext,
  principal: Principal,
  row: Awaited<ReturnType<typeof repo.listRulings>>[number],
) {
  const ruling = row.ruling;
  const date = today(ctx);
  const applicantActions = new Set(['edit', 'file', 'withdraw']);
  const customsActions = new Set(['accept', 'refuse', 'rule', 'publish']);
  const viewer = new Set<string>([
    ...(ruling.applicantAccountId === principal.accountId ? applicantActions : []),
    ...(isCustoms(principal) ? customsActions : []),
  ]);
  return {
    id: ruling.id,
    reference: hetaoReference('R', ruling.number),
    status: ruling.status,
    goods: ruling.goods,
    proposedCode: ruling.proposedCode,
    organisation: { id: ruling.organisationId, name: row.organisationName },
    applicantEmail: row.applicantEmail,
    questionId: ruling.questionId,
    plannedImportOn: ruling.plannedImportOn,
    latestFilingOn: addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT),
    customsReference: ruling.customsReference,
    filedOn: ruling.filedOn,
    acceptanceDueOn: ruling.acceptanceDueOn,
    acceptanceOverdue:
      ruling.status === 'filed' && !!ruling.acceptanceDueOn && date > ruling.acceptanceDueOn,
    acceptanceDecidedOn: ruling.acceptanceDecidedOn,
    notAcceptedReason: ruling.notAcceptedReason,
    decidedOn: ruling.decidedOn,
    rulingCode: ruling.rulingCode,
    rulingText: ruling.rulingText,
    tradeSecret: ruling.tradeSecret,
    validUntil: ruling.validUntil,
    inForce:
      (ruling.status === 'ruled' || ruling.status === 'published') &&
      !!ruling.validUntil &&
      date <= ruling.validUntil &&
      !!ruling.decidedOn &&
      date >= ruling.decidedOn,
    publishedAt: ruling.publishedAt?.toISOString() ?? null,
    warnings: rulingWarnings(ctx, ruling),
    allowedActions: allowedActions(rulingMachine, ruling.status).filter(
      (action) =>
        viewer.has(action) &&
        !(action === 'publish' && ruling.tradeSecret) &&
        !(action === 'file' && rulingWarnings(ctx, ruling).length > 0),
    ),
    clauses: RULING_CLAUSES,
  };
}

async function loadVisibleRuling(ctx: ServiceContext, principal: Principal, id: string) {
  const [row] = await repo.listRulings(ctx.db, { id });
  if (!row) throw new AppError('hetao.ruling_not_found');
  if (row.ruling.applicantAccountId !== principal.accountId && !isCustoms(principal))
    throw new AppError('hetao.ruling_not_found');
  return row;
}

export async function describeRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return presentRuling(ctx, principal, await loadVisibleRuling(ctx, principal, id));
}

export async function listMyRulings(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listRulings(ctx.db, { applicantAccountId: principal.accountId });
  return rows.map((row) => presentRuling(ctx, principal, row));
}

export async function listRulingsForCustoms(
  ctx: ServiceContext,
  principal: Principal,
  status: HetaoRulingStatus | undefined,
) {
  const rows = await repo.listRulings(ctx.db, status ? { statuses: [status] } : {});
  return rows.map((row) => presentRuling(ctx, principal, row));
}

/** Records a request as a draft; warns (does not refuse yet) when filing is already too late. */
export async function createRuling(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateRulingBody,
) {
  const { organisation } = await resolveImporter(ctx, principal, input.organisationId);
  if (input.questionId) {
    const question = await repo.findQuestion(ctx.db, input.questionId);
    if (!question || question.askerAccountId !== principal.accountId)
      throw new AppError('hetao.question_not_found');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const ruling = await repo.insertRuling(tx, {
      applicantAccountId: principal.accountId,
      organisationId: organisation.id,
      questionId: input.questionId ?? null,
      goods: input.goods,
      proposedCode: input.proposedCode ?? null,
      plannedImportOn: input.plannedImportOn,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.ruling.drafted',
      subjectType: 'hetao_advance_ruling',
      subjectId: ruling.id,
      after: { ...input, organisationId: organisation.id },
    });
    return ruling.id;
  });
  return describeRuling(ctx, principal, id);
}

const RULING_AUDIT_VERBS: Record<keyof typeof rulingMachine.transitions, string> = {
  edit: 'edited',
  file: 'filed',
  accept: 'accepted',
  refuse: 'not_accepted',
  rule: 'decided',
  publish: 'published',
  withdraw: 'withdrawn',
};

async function changeRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  action: keyof typeof rulingMachine.transitions,
  who: 'applicant' | 'customs',
  change: (ruling: repo.RulingRow) => Partial<repo.RulingRow>,
) {
  await ctx.db.transaction(async (tx) => {
    const ruling = await repo.findRuling(tx, id, true);
    if (!ruling) throw new AppError('hetao.ruling_not_found');
    if (who === 'applicant' && ruling.applicantAccountId !== principal.accountId)
      throw new AppError('hetao.ruling_not_found');
    const status = nextState(rulingMachine, ruling.status, action);
    const values = { ...change(ruling), status };
    const after = await repo.updateRuling(tx, id, values);
    await recordAudit(tx, ctx, {
      action: `hetao.ruling.${RULING_AUDIT_VERBS[action]}`,
      subjectType: 'hetao_advance_ruling',
      subjectId: id,
      before: pick(ruling, Object.keys(values)),
      after: pick(after, Object.keys(values)),
    });
  });
  return describeRuling(ctx, principal, id);
}

export async function updateRulingDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: UpdateRulingBody,
) {
  return changeRuling(ctx, principal, id, 'edit', 'applicant', () =>
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
  );
}

/** Files the request; refused when the planned import is less than 3 months away (B.N8). */
export async function fileRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'file', 'applicant', (ruling) => {
    const filedOn = today(ctx);
    const latestFilingOn = addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT);
    if (filedOn > latestFilingOn)
      throw new AppError('hetao.ruling_too_late', {
        detail: rulingWarnings(ctx, ruling)[0]?.message,
        extensions: { latestFilingOn, plannedImportOn: ruling.plannedImportOn, clause: 'B.N8' },
      });
    return { filedOn, acceptanceDueOn: addDays(filedOn, ACCEPTANCE_DAYS) };
  });
}

export async function withdrawRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'withdraw', 'applicant', () => ({}));
}

export async function acceptRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  customsReference: string | null | undefined,
) {
  return changeRuling(ctx, principal, id, 'accept', 'customs', () => ({
    acceptanceDecidedOn: today(ctx),
    ...(customsReference ? { customsReference } : {}),
  }));
}

export async function refuseRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reason: string,
) {
  return changeRuling(ctx, principal, id, 'refuse', 'customs', () => ({
    acceptanceDecidedOn: today(ctx),
    notAcceptedReason: reason,
  }));
}

/** Records customs' decision; it is valid for 3 years from the decision (B.N8). */
export async function decideRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: DecideRulingBody,
) {
  return changeRuling(ctx, principal, id, 'rule', 'customs', (ruling) => {
    const decidedOn = input.decidedOn ?? today(ctx);
    // The decision comes after the request was accepted and is not in the future: a wrong date
    // would make the 3-year validity (B.N8) start, or end, on the wrong day.
    const earliest = ruling.acceptanceDecidedOn;
    if ((earliest && decidedOn < earliest) || decidedOn > today(ctx))
      throw new AppError('request.validation_failed', {
        fieldErrors: [
          {
            pointer: '/body/decidedOn',
            code: 'hetao.ruling_date',
            detail: {
              'zh-Hans': `决定日期应在受理日期（${earliest ?? '—'}）与今天之间`,
              'zh-Hant': `決定日期應在受理日期（${earliest ?? '—'}）與今天之間`,
              en: `The decision date must lie between the acceptance date (${earliest ?? '—'}) and today`,
            }[ctx.language],
          },
        ],
      });
    return {
      decidedOn,
      rulingCode: input.rulingCode,
      rulingText: input.rulingText,
      tradeSecret: input.tradeSecret,
      // The last day of the third year.
      validUntil: addDays(addYears(decidedOn, VALIDITY_YEARS), -1),
    };
  });
}

/** Publishes a decision — never one that holds trade secrets (B.N8). */
export async function publishRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'publish', 'customs', (ruling) => {
    if (ruling.tradeSecret) throw new AppError('hetao.ruling_trade_secret');
    return { publishedAt: ctx.now() };
  });
}

/** Published decisions, anonymised like precedents. */
export async function listPublishedRulings(ctx: ServiceContext) {
  const rows = await repo.listRulings(ctx.db, { statuses: ['published'] });
  const date = today(ctx);
  return Promise.all(
    rows.map(async ({ ruling }) => {
      const facts = await identifyingFactsOf(ctx, ruling.applicantAccountId, ruling.organisationId);
      return {
        id: ruling.id,
        reference: hetaoReference('R', ruling.number),
        goods: anonymiseText(ruling.goods, facts).text,
        rulingCode: ruling.rulingCode!,
        rulingText: anonymiseText(ruling.rulingText ?? '', facts).text,
        decidedOn: ruling.decidedOn!,
        validUntil: ruling.validUntil!,
        inForce: date >= ruling.decidedOn! && date <= ruling.validUntil!,
        publishedAt: ruling.publishedAt!.toISOString(),
      };
    }),
  );
}
