import { AppError } from '../../errors/app-error';
import type { Executor } from '../../db/client';
import type { MembershipRole } from '../../db/schema/people';
import type { ServiceContext } from '../../shared/service-context';
import { findAccountByEmail, findPersonByAccount, insertPerson } from '../accounts/repo';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import * as repo from './repo';
import type { OrganisationRow } from './repo';
import type { CreateOrganisationBody } from './schema';

const STAFF_ROLES = new Set([
  'reviewer',
  'finance_officer',
  'customs_officer',
  'community_operator',
  'admin',
]);

function presentOrganisation(row: OrganisationRow, myRole: MembershipRole | null) {
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    kind: row.kind,
    registeredAddress: row.registeredAddress,
    createdAt: row.createdAt.toISOString(),
    myRole,
  };
}

/**
 * The caller's person record, created on first need (accounts made before profiles existed) —
 * inside the caller's transaction, so a registration that fails leaves nothing behind.
 */
async function personOf(tx: Executor, principal: Principal) {
  const person = await findPersonByAccount(tx, principal.accountId);
  if (person) return person;
  return insertPerson(tx, {
    accountId: principal.accountId,
    fullName: principal.displayName,
    contactEmail: principal.email,
  });
}

/** Registers an organisation; the caller becomes its founder. */
export async function createOrganisation(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateOrganisationBody,
) {
  return ctx.db.transaction(async (tx) => {
    const person = await personOf(tx, principal);
    const organisation = await repo.insertOrganisation(tx, {
      creditCode: input.creditCode,
      name: input.name,
      kind: input.kind,
      registeredAddress: input.registeredAddress ?? null,
      createdBy: principal.accountId,
    });
    if (!organisation) throw new AppError('organisation.credit_code_taken');
    await repo.upsertMembership(tx, organisation.id, person.id, 'founder');
    await recordAudit(tx, ctx, {
      action: 'organisation.registered',
      subjectType: 'organisation',
      subjectId: organisation.id,
      after: { ...input, founderPersonId: person.id },
    });
    return presentOrganisation(organisation, 'founder');
  });
}

export async function listMyOrganisations(ctx: ServiceContext, principal: Principal) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  if (!person) return [];
  const rows = await repo.listOrganisationsOfPerson(ctx.db, person.id);
  return rows.map((row) => presentOrganisation(row.organisation, row.role));
}

export async function searchAllOrganisations(
  ctx: ServiceContext,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const { rows, total } = await repo.searchOrganisations(ctx.db, q, limit, offset);
  return { items: rows.map((row) => presentOrganisation(row, null)), total };
}

/**
 * Loads an organisation the caller may see: members see their own, staff see all. Anyone else
 * gets "not found", so probing ids reveals nothing.
 */
async function loadVisible(ctx: ServiceContext, principal: Principal, organisationId: string) {
  const organisation = await repo.findOrganisation(ctx.db, organisationId);
  if (!organisation) throw new AppError('organisation.not_found');
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  const membership = person
    ? await repo.findMembership(ctx.db, organisationId, person.id)
    : undefined;
  const isStaff = principal.roles.some((role) => STAFF_ROLES.has(role));
  if (!membership && !isStaff) throw new AppError('organisation.not_found');
  return { organisation, myRole: membership?.role ?? null };
}

/** Founders of the organisation and administrators may change it. */
async function loadManageable(ctx: ServiceContext, principal: Principal, organisationId: string) {
  const visible = await loadVisible(ctx, principal, organisationId);
  if (visible.myRole !== 'founder' && !principal.roles.includes('admin'))
    throw new AppError('auth.forbidden');
  return visible;
}

function presentMembers(rows: Awaited<ReturnType<typeof repo.listMembers>>) {
  return rows.map((row) => ({
    personId: row.personId,
    fullName: row.fullName,
    email: row.email ?? row.contactEmail,
    role: row.role,
    since: row.since.toISOString(),
  }));
}

export async function describeOrganisation(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
) {
  const { organisation, myRole } = await loadVisible(ctx, principal, organisationId);
  return {
    ...presentOrganisation(organisation, myRole),
    members: presentMembers(await repo.listMembers(ctx.db, organisationId)),
  };
}

export async function updateOrganisation(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  input: { name?: string | undefined; registeredAddress?: string | null | undefined },
) {
  const { organisation, myRole } = await loadManageable(ctx, principal, organisationId);
  const updated = await ctx.db.transaction(async (tx) => {
    // The audit's "before" is what this change replaced: read under the row lock, not before.
    const current = (await repo.lockOrganisation(tx, organisationId)) ?? organisation;
    const row = await repo.updateOrganisation(tx, organisationId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.registeredAddress !== undefined
        ? { registeredAddress: input.registeredAddress }
        : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { name: current.name, registeredAddress: current.registeredAddress },
      after: { name: row!.name, registeredAddress: row!.registeredAddress },
    });
    return row!;
  });
  return {
    ...presentOrganisation(updated, myRole),
    members: presentMembers(await repo.listMembers(ctx.db, organisationId)),
  };
}

/** Adds (or changes the role of) the person behind an account, found by e-mail. */
export async function addMember(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  input: { email: string; role: MembershipRole },
) {
  await loadManageable(ctx, principal, organisationId);
  const account = await findAccountByEmail(ctx.db, input.email);
  if (!account) throw new AppError('account.not_found');
  await ctx.db.transaction(async (tx) => {
    const person =
      (await findPersonByAccount(tx, account.id)) ??
      (await insertPerson(tx, {
        accountId: account.id,
        fullName: account.displayName,
        contactEmail: account.email,
      }));
    const before = await repo.findMembership(tx, organisationId, person.id);
    if (before?.role === 'founder' && input.role !== 'founder')
      await refuseLosingLastFounder(tx, organisationId, person.id);
    await repo.upsertMembership(tx, organisationId, person.id, input.role);
    await recordAudit(tx, ctx, {
      action: 'membership.set',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: before ? { personId: person.id, role: before.role } : null,
      after: { personId: person.id, role: input.role },
    });
  });
  return describeOrganisation(ctx, principal, organisationId);
}

export async function removeMember(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  personId: string,
) {
  await loadManageable(ctx, principal, organisationId);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, organisationId, personId);
    if (!before) throw new AppError('person.not_found');
    if (before.role === 'founder') await refuseLosingLastFounder(tx, organisationId, personId);
    await repo.deleteMembership(tx, organisationId, personId);
    await recordAudit(tx, ctx, {
      action: 'membership.removed',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { personId, role: before.role },
    });
  });
  return describeOrganisation(ctx, principal, organisationId);
}

async function refuseLosingLastFounder(
  tx: Parameters<typeof repo.lockFounders>[0],
  organisationId: string,
  personId: string,
) {
  const founders = await repo.lockFounders(tx, organisationId);
  if (founders.length === 1 && founders[0]!.personId === personId)
    throw new AppError('organisation.last_founder');
}
