// Fact profiles: what a person told about themselves and their company, kept so nothing is
// asked twice, read and saved (merged, audited).
import { AppError } from '../../errors/app-error';
import { fieldMessages } from '../../errors/field-messages';
import type { ServiceContext } from '../../shared/service-context';
import { ensurePersonOf, findPersonByAccount, type Principal } from '../accounts/service';
import { chinaDateOf } from '../../shared/china-time';
import { recordAudit } from '../audit/service';
import { listOrganisationsOfPerson } from '../organisations/service';
import { matchAfterFactProfileSaved } from '../matching/runs-service';
import { getFactsSchema } from './catalogue';
import { safeParseIn, validationError } from './facts-validation';
import { overlayRecordedFacts, recordedFactsOf } from './record-facts';
import * as repo from './repo';
import type { FactProfile } from './schema';

/**
 * The caller's person record, created on first need (accounts/service.ts) in a transaction of its
 * own: reading or saving a fact profile has no other write the person could wait for.
 */
async function personOf(ctx: ServiceContext, principal: Principal) {
  return (
    (await findPersonByAccount(ctx.db, principal.accountId)) ??
    ctx.db.transaction((tx) => ensurePersonOf(tx, ctx, principal))
  );
}

/** The organisation whose company and importer facts are the caller's: one they founded. */
async function companyOf(
  ctx: ServiceContext,
  personId: string,
  organisationId: string | undefined,
) {
  const founded = (await listOrganisationsOfPerson(ctx.db, personId)).filter(
    (row) => row.role === 'founder',
  );
  if (organisationId) {
    const chosen = founded.find((row) => row.organisation.id === organisationId);
    if (!chosen) throw new AppError('organisation.not_found');
    return chosen.organisation;
  }
  if (founded.length === 0) return null;
  // The earliest registered when there are several (stable, and usually the one they run).
  return [...founded].sort(
    (a, b) => a.organisation.createdAt.getTime() - b.organisation.createdAt.getTime(),
  )[0]!.organisation;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Merges a partial update into stored facts: nested objects merge, null removes, lists replace. */
function mergeFacts(
  stored: Record<string, unknown>,
  update: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = mergeFacts(asObject(merged[key]), value as Record<string, unknown>);
      if (Object.keys(inner).length === 0) delete merged[key];
      else merged[key] = inner;
    } else merged[key] = value;
  }
  return merged;
}

/**
 * The caller's facts: their own (`person`) and their company's (`company`, `importer`), where
 * the company is an organisation they founded (memberships with role founder), with the facts
 * platform records give laid over them (`record-facts.ts`) and listed with their sources.
 */
export async function getFactProfile(
  ctx: ServiceContext,
  principal: Principal,
  options: { organisationId?: string | undefined } = {},
): Promise<FactProfile> {
  const person = await personOf(ctx, principal);
  const organisation = await companyOf(ctx, person.id, options.organisationId);
  const personProfile = await repo.findPersonFactProfile(ctx.db, person.id);
  const organisationProfile = organisation
    ? await repo.findOrganisationFactProfile(ctx.db, organisation.id)
    : undefined;
  const facts: Record<string, Record<string, unknown>> = {};
  const own = asObject(personProfile?.facts);
  if (Object.keys(own).length > 0) facts.person = own;
  for (const [subject, value] of Object.entries(asObject(organisationProfile?.facts)))
    if (Object.keys(asObject(value)).length > 0) facts[subject] = asObject(value);
  // What the records say wins over what was told (the declaration stays stored, unused).
  const recorded = await recordedFactsOf(
    ctx.db,
    {
      accountId: principal.accountId,
      personId: person.id,
      organisationId: organisation?.id ?? null,
    },
    chinaDateOf(new Date()),
  );
  const updated = [personProfile?.updatedAt, organisationProfile?.updatedAt]
    .filter((value): value is Date => value instanceof Date)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    personId: person.id,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    facts: overlayRecordedFacts(facts, recorded),
    recorded,
    updatedAt: updated ? updated.toISOString() : null,
  };
}

/**
 * Saves facts the caller gave (a partial situation; null removes a fact) to their profile and
 * their company's, audited in the same transaction. Goods facts describe one shipment and are
 * refused; company or importer facts need an organisation the caller founded.
 */
export async function saveFactProfile(
  ctx: ServiceContext,
  principal: Principal,
  partialFacts: unknown,
  options: { organisationId?: string | undefined } = {},
): Promise<FactProfile> {
  // A profile keeps what the person told; what that implies is worked out at each evaluation.
  const parsed = safeParseIn(ctx.language, getFactsSchema('en', true), partialFacts ?? {});
  if (!parsed.success) throw validationError(ctx.language, parsed.error, '/body/facts');
  const facts = parsed.data as Record<string, unknown>;
  if (facts.goods !== undefined)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/facts/goods',
          code: 'rules.goods_not_stored',
          detail: fieldMessages['rules.goods_not_stored'][ctx.language],
        },
      ],
    });
  const person = await personOf(ctx, principal);
  const organisationFacts = Object.fromEntries(
    Object.entries(facts).filter(([subject, value]) => subject !== 'person' && value !== undefined),
  );
  const organisation =
    Object.keys(organisationFacts).length > 0 || options.organisationId
      ? await companyOf(ctx, person.id, options.organisationId)
      : null;
  if (Object.keys(organisationFacts).length > 0 && !organisation)
    throw new AppError('rules.no_organisation');

  await ctx.db.transaction(async (tx) => {
    if (facts.person !== undefined) {
      const row = await repo.lockPersonFactProfile(tx, person.id);
      const before = asObject(row.facts);
      const after = mergeFacts(before, asObject(facts.person));
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await repo.updatePersonFactProfile(tx, person.id, after, ctx.actor.accountId);
        await recordAudit(tx, ctx, {
          action: 'fact_profile.updated',
          subjectType: 'person',
          subjectId: person.id,
          before: { person: before },
          after: { person: after },
        });
      }
    }
    if (organisation && Object.keys(organisationFacts).length > 0) {
      const row = await repo.lockOrganisationFactProfile(tx, organisation.id);
      const before = asObject(row.facts);
      const after = mergeFacts(before, organisationFacts);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await repo.updateOrganisationFactProfile(tx, organisation.id, after, ctx.actor.accountId);
        await recordAudit(tx, ctx, {
          action: 'fact_profile.updated',
          subjectType: 'organisation',
          subjectId: organisation.id,
          before,
          after,
        });
      }
    }
  });
  // Policy finds the company (issue #15): re-match this company's matching profile, if any.
  await matchAfterFactProfileSaved(ctx, {
    personId: facts.person !== undefined ? person.id : null,
    organisationId: organisation?.id ?? null,
  });
  return getFactProfile(ctx, principal, {
    organisationId: organisation?.id ?? options.organisationId,
  });
}
