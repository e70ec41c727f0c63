import { AppError } from '../../errors/app-error';
import type { Executor } from '../../db/client';
import type { MembershipRole } from '../../db/schema/people';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import { isAllowed } from '../../shared/permissions';
import type { ServiceContext } from '../../shared/service-context';
import {
  ensurePersonOf,
  findAccountByEmail,
  findPersonByAccount,
  type Principal,
} from '../accounts/service';
import { recordAudit } from '../audit/service';
import { queueNotification } from '../notifications/service';
import { invitationMessage } from './messages';
import * as repo from './repo';
import type { OrganisationRow } from './repo';
import type { CreateOrganisationBody } from './schema';

function presentOrganisation(
  row: Pick<
    OrganisationRow,
    'id' | 'creditCode' | 'name' | 'kind' | 'registeredAddress' | 'createdAt'
  >,
  myRole: MembershipRole | null,
) {
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

/** Registers an organisation; the caller becomes its founder. */
export async function createOrganisation(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateOrganisationBody,
) {
  return ctx.db.transaction(async (tx) => {
    const person = await ensurePersonOf(tx, ctx, principal);
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

/**
 * The staff directory by name, a page at a time: by `cursor`, or (deprecated) by `offset` when
 * no cursor is given.
 */
export async function searchAllOrganisations(
  ctx: ServiceContext,
  query: { q?: string | undefined; limit: number; offset: number; cursor?: string | undefined },
) {
  const list = 'organisations';
  const after = decodeCursor(list, query.cursor, [keyValueShapes.text, keyValueShapes.uuid]);
  const { rows, total } = await repo.searchOrganisations(ctx.db, {
    q: query.q,
    limit: query.limit,
    ...(after ? { after } : { offset: query.offset }),
  });
  const page = pageOf(rows, query.limit, list, (row) => [row.name, row.id]);
  return {
    items: page.rows.map((row) => presentOrganisation(row, null)),
    total,
    nextCursor: page.nextCursor,
  };
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
  const isStaff = isAllowed('organisations.read-all', principal.roles);
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

/** Members, and the invitations not yet answered (shown as such: they are not members). */
async function membersAndInvitations(db: Executor, organisationId: string) {
  const [members, invitations] = await Promise.all([
    repo.listMembers(db, organisationId),
    repo.listInvitationViews(db, { organisationId, pendingOnly: true }),
  ]);
  return { members: presentMembers(members), invitations: invitations.map(presentInvitation) };
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
    ...(await membersAndInvitations(ctx.db, organisationId)),
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
    ...(await membersAndInvitations(ctx.db, organisationId)),
  };
}

/**
 * Invites the holder of an e-mail address to become a member (or founder). Nothing changes
 * until they accept: membership recuses reviewers from the organisation's applications, so it
 * must never be made by one side alone (issue #11). The answer is the same whether or not the
 * address has an account (STYLE.md habit 8); an address without one sees the invitation once an
 * account is registered with it. Inviting the same address again replaces the pending role.
 */
export async function inviteMember(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  input: { email: string; role: MembershipRole },
) {
  await loadManageable(ctx, principal, organisationId);
  const email = input.email.toLowerCase();
  const invitationId = await ctx.db.transaction(async (tx) => {
    // Serialises invitations and answers for this organisation (one pending per address).
    const organisation = await repo.lockOrganisation(tx, organisationId);
    if (!organisation) throw new AppError('organisation.not_found');
    const account = await findAccountByEmail(tx, email);
    const person = account ? await findPersonByAccount(tx, account.id) : undefined;
    // The inviter sees every member's address in the member list: saying so reveals nothing.
    if (person && (await repo.findMembership(tx, organisationId, person.id)))
      throw new AppError('organisation.already_member');
    const pending = await repo.findPendingInvitation(tx, organisationId, email);
    const invitation = pending
      ? await repo.updateInvitation(tx, pending.id, {
          role: input.role,
          invitedBy: principal.accountId,
        })
      : await repo.insertInvitation(tx, {
          organisationId,
          email,
          role: input.role,
          invitedBy: principal.accountId,
          createdAt: ctx.now(),
        });
    await recordAudit(tx, ctx, {
      action: 'membership.invited',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: pending ? { invitationId: pending.id, email, role: pending.role } : null,
      after: { invitationId: invitation.id, email, role: input.role },
    });
    if (account) {
      const message = invitationMessage({
        organisationName: organisation.name,
        inviterName: principal.displayName,
        role: input.role,
      });
      await queueNotification(tx, ctx, {
        recipientAccountId: account.id,
        recipientEmail: account.email,
        recipientLanguage: account.preferredLanguage,
        kind: 'organisation.invitation',
        subjectType: 'organisation',
        subjectId: organisationId,
        title: message.title,
        body: message.body,
        link: '/organisations',
      });
    }
    return invitation.id;
  });
  return (await loadInvitationView(ctx.db, invitationId))!;
}

/** Changes the role of someone who is already a member (founders, admins). */
export async function changeMemberRole(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  personId: string,
  role: MembershipRole,
) {
  await loadManageable(ctx, principal, organisationId);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, organisationId, personId);
    if (!before) throw new AppError('person.not_found');
    if (before.role === 'founder' && role !== 'founder')
      await refuseLosingLastFounder(tx, organisationId, personId);
    await repo.upsertMembership(tx, organisationId, personId, role);
    await recordAudit(tx, ctx, {
      action: 'membership.set',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { personId, role: before.role },
      after: { personId, role },
    });
  });
  return describeOrganisation(ctx, principal, organisationId);
}

/** A founder (or an administrator) withdraws an invitation not yet answered. */
export async function withdrawInvitation(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  invitationId: string,
) {
  await loadManageable(ctx, principal, organisationId);
  await ctx.db.transaction(async (tx) => {
    const invitation = await repo.lockInvitation(tx, invitationId);
    if (!invitation || invitation.organisationId !== organisationId)
      throw new AppError('invitation.not_found');
    if (invitation.status !== 'pending') throw new AppError('invitation.not_pending');
    await repo.updateInvitation(tx, invitationId, {
      status: 'withdrawn',
      respondedBy: principal.accountId,
      respondedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'membership.invitation_withdrawn',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { invitationId, email: invitation.email, role: invitation.role },
    });
  });
  return describeOrganisation(ctx, principal, organisationId);
}

/** Pending invitations addressed to the caller's sign-in address. */
export async function listMyInvitations(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listInvitationViews(ctx.db, {
    email: principal.email.toLowerCase(),
    pendingOnly: true,
  });
  return rows.map(presentInvitation);
}

/**
 * The invitee accepts: from now on they are a member, which both sides have confirmed — the
 * founder by inviting, the invitee here. Nobody else may answer for them.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  principal: Principal,
  invitationId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const invitation = await lockInvitationAddressedTo(tx, principal, invitationId);
    const person = await ensurePersonOf(tx, ctx, principal);
    const before = await repo.findMembership(tx, invitation.organisationId, person.id);
    if (before?.role === 'founder' && invitation.role !== 'founder')
      await refuseLosingLastFounder(tx, invitation.organisationId, person.id);
    await repo.upsertMembership(tx, invitation.organisationId, person.id, invitation.role);
    await repo.updateInvitation(tx, invitationId, {
      status: 'accepted',
      respondedBy: principal.accountId,
      respondedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'membership.invitation_accepted',
      subjectType: 'organisation',
      subjectId: invitation.organisationId,
      before: before ? { personId: person.id, role: before.role } : null,
      after: { invitationId, personId: person.id, role: invitation.role },
    });
  });
  return (await loadInvitationView(ctx.db, invitationId))!;
}

/** The invitee declines; nothing else changes. */
export async function declineInvitation(
  ctx: ServiceContext,
  principal: Principal,
  invitationId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const invitation = await lockInvitationAddressedTo(tx, principal, invitationId);
    await repo.updateInvitation(tx, invitationId, {
      status: 'declined',
      respondedBy: principal.accountId,
      respondedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'membership.invitation_declined',
      subjectType: 'organisation',
      subjectId: invitation.organisationId,
      before: { invitationId, role: invitation.role },
    });
  });
  return (await loadInvitationView(ctx.db, invitationId))!;
}

/**
 * The invitation, locked, if it is addressed to the caller's sign-in address; anyone else's is
 * "not found" so ids reveal nothing. Only a pending one can be answered.
 */
async function lockInvitationAddressedTo(tx: Executor, principal: Principal, invitationId: string) {
  const invitation = await repo.lockInvitation(tx, invitationId);
  if (!invitation || invitation.email !== principal.email.toLowerCase())
    throw new AppError('invitation.not_found');
  if (invitation.status !== 'pending') throw new AppError('invitation.not_pending');
  return invitation;
}

async function loadInvitationView(db: Executor, invitationId: string) {
  const [row] = await repo.listInvitationViews(db, { id: invitationId, pendingOnly: false });
  return row ? presentInvitation(row) : undefined;
}

function presentInvitation(row: Awaited<ReturnType<typeof repo.listInvitationViews>>[number]) {
  return {
    id: row.invitation.id,
    organisationId: row.invitation.organisationId,
    organisationName: row.organisationName,
    email: row.invitation.email,
    role: row.invitation.role,
    status: row.invitation.status,
    invitedAt: row.invitation.createdAt.toISOString(),
    invitedByName: row.invitedByName,
    respondedAt: row.invitation.respondedAt?.toISOString() ?? null,
  };
}

/**
 * Removes a member: founders and administrators remove anyone (but the last founder); a member
 * may always leave, so a membership stays something both sides keep agreeing to.
 */
export async function removeMember(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  personId: string,
) {
  const { myRole } = await loadVisible(ctx, principal, organisationId);
  const leaving = (await findPersonByAccount(ctx.db, principal.accountId))?.id === personId;
  const isManager = myRole === 'founder' || principal.roles.includes('admin');
  if (!isManager && !(leaving && myRole !== null)) throw new AppError('auth.forbidden');
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
  // Someone who left may no longer see the organisation: nothing to show them.
  if (leaving) return null;
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

/** A person's membership of an organisation, if any (whether they may act for it). */
export async function findMembershipOf(db: Executor, organisationId: string, personId: string) {
  return repo.findMembership(db, organisationId, personId);
}

/** The organisations a person belongs to, with their role in each. */
export async function listOrganisationsOfPerson(db: Executor, personId: string) {
  return repo.listOrganisationsOfPerson(db, personId);
}

/** An organisation by id, for other modules (hetao anonymises what identifies it). */
export async function findOrganisation(db: Executor, organisationId: string) {
  return repo.findOrganisation(db, organisationId);
}

/** The members of an organisation with their contact details, for other modules. */
export async function listMembers(db: Executor, organisationId: string) {
  return repo.listMembers(db, organisationId);
}

/** Whether the account's person belongs to the organisation (as founder or member). */
export async function isAccountMemberOf(db: Executor, accountId: string, organisationId: string) {
  return repo.isAccountMemberOf(db, accountId, organisationId);
}

/** The organisations the account's person belongs to. */
export async function listOrganisationIdsOfAccount(db: Executor, accountId: string) {
  return repo.listOrganisationIdsOfAccount(db, accountId);
}

/** The active accounts of an organisation's members, for other modules to notify. */
export async function listMemberAccounts(db: Executor, organisationId: string) {
  return repo.listMemberAccounts(db, organisationId);
}
