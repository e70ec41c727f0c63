import { AppError, type LocalisedText } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import { chinaWorkingCalendar } from '../../shared/holidays';
import type { ServiceContext } from '../../shared/service-context';
import type { WorkingCalendar } from '../../shared/working-days';
import { findAccountById, findPersonByAccount, type Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { findOrganisation, listMembers, listOrganisationsOfPerson } from '../organisations/service';
import type { IdentifyingFacts } from './anonymise';
import * as repo from './repo';
import type { UpdateSettingsBody } from './schema';

/**
 * What every part of the Hetao research-goods desk shares: who is customs or may manage the
 * list, today's date in Shenzhen, the desk's settings and who the importer of a request is. The
 * parts themselves are lists-service.ts (B.L1, B.N1, B.N5), questions-service.ts (B.C1),
 * suggestions-service.ts (B.L3) and rulings-service.ts (B.N8); every state change goes through a
 * state machine (state-machines.ts) and writes its audit row in the same transaction.
 */

export const isCustoms = (principal: Principal | null) =>
  principal?.roles.includes('customs_officer') ?? false;
export const canManageList = (principal: Principal | null) =>
  !!principal?.roles.some((role) => role === 'customs_officer' || role === 'admin');

export const today = (ctx: ServiceContext) => chinaDateOf(ctx.now());

export function pick(row: object, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, (row as Record<string, unknown>)[key]]));
}

// =============================================================================================
// Desk settings (SLA)

const SETTINGS_NOTE: LocalisedText = {
  'zh-Hans':
    '答复时限是本平台与海关约定的服务目标，政策原文未规定；工作日按周一至周五计算，扣除国务院办公厅公布的节假日并加上其调休上班日，再以此处所列节假日和调休工作日为准（深圳时间）。',
  'zh-Hant':
    '答覆時限是本平台與海關約定的服務目標，政策原文未規定；工作日按週一至週五計算，扣除國務院辦公廳公布的節假日並加上其調休上班日，再以此處所列節假日和調休工作日為準（深圳時間）。',
  en: 'The answer time is a service target agreed with customs, not set by the policy source. Working days are Monday to Friday, less the public holidays and plus the make-up working days the State Council General Office publishes, with the holidays and make-up working days listed here taking precedence (Shenzhen time).',
};

/**
 * The calendar the answer target counts with: the published public holidays (shared with the
 * applications desk) with the desk's own `holidays` / `extraWorkingDays` laid over them
 * (src/shared/holidays.ts says why).
 */
export function deskCalendarOf(settings: {
  holidays: readonly string[];
  extraWorkingDays: readonly string[];
}): WorkingCalendar {
  return chinaWorkingCalendar({
    holidays: settings.holidays,
    makeUpWorkingDays: settings.extraWorkingDays,
  });
}

function presentSettings(state: repo.DeskStateRow) {
  return {
    answerSlaWorkingDays: state.answerSlaWorkingDays,
    holidays: state.holidays,
    extraWorkingDays: state.extraWorkingDays,
    note: SETTINGS_NOTE,
  };
}

export async function describeSettings(ctx: ServiceContext) {
  return presentSettings(await repo.readDeskState(ctx.db));
}

export async function updateSettings(ctx: ServiceContext, input: UpdateSettingsBody) {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.readDeskState(tx);
    const after = await repo.updateDeskState(tx, {
      ...(input.answerSlaWorkingDays !== undefined
        ? { answerSlaWorkingDays: input.answerSlaWorkingDays }
        : {}),
      ...(input.holidays ? { holidays: [...new Set(input.holidays)].sort() } : {}),
      ...(input.extraWorkingDays
        ? { extraWorkingDays: [...new Set(input.extraWorkingDays)].sort() }
        : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.settings.updated',
      subjectType: 'hetao_desk',
      subjectId: '1',
      before: presentSettings(before),
      after: presentSettings(after),
    });
    return presentSettings(after);
  });
}

// =============================================================================================
// Who is the importer

/**
 * The importing organisation for a request: one the caller belongs to. With one membership it
 * is that one; with several the caller must say which.
 */
export async function resolveImporter(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string | undefined,
) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  const memberships = person ? await listOrganisationsOfPerson(ctx.db, person.id) : [];
  if (memberships.length === 0) throw new AppError('hetao.organisation_required');
  if (organisationId) {
    const membership = memberships.find((row) => row.organisation.id === organisationId);
    if (!membership)
      throw new AppError('request.validation_failed', {
        fieldErrors: [
          {
            pointer: '/body/organisationId',
            code: 'hetao.not_member',
            detail: {
              'zh-Hans': '您不是该机构的成员',
              'zh-Hant': '您不是該機構的成員',
              en: 'You are not a member of this organisation',
            }[ctx.language],
          },
        ],
      });
    return { person: person!, organisation: membership.organisation };
  }
  if (memberships.length > 1)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/organisationId',
          code: 'text.required',
          detail: {
            'zh-Hans': '您属于多个机构，请选择以哪个机构的名义提交',
            'zh-Hant': '您屬於多個機構，請選擇以哪個機構的名義提交',
            en: 'You belong to several organisations: choose the one you act for',
          }[ctx.language],
        },
      ],
    });
  return { person: person!, organisation: memberships[0]!.organisation };
}

/** Everything known to identify the asker and their organisation, for anonymisation. */
export async function identifyingFactsOf(
  ctx: ServiceContext,
  accountId: string,
  organisationId: string | null,
): Promise<IdentifyingFacts> {
  const account = await findAccountById(ctx.db, accountId);
  const person = await findPersonByAccount(ctx.db, accountId);
  const organisation = organisationId ? await findOrganisation(ctx.db, organisationId) : undefined;
  const members = organisationId ? await listMembers(ctx.db, organisationId) : [];
  const strings = (...values: (string | null | undefined)[]) =>
    values.filter((value): value is string => !!value);
  return {
    personNames: strings(
      account?.displayName,
      person?.fullName,
      ...members.map((member) => member.fullName),
    ),
    organisationNames: strings(organisation?.name),
    registrationNumbers: strings(organisation?.creditCode),
    addresses: strings(organisation?.registeredAddress),
    emails: strings(
      account?.email,
      person?.contactEmail,
      ...members.flatMap((member) => [member.email, member.contactEmail]),
    ),
    phones: strings(person?.phone),
  };
}
