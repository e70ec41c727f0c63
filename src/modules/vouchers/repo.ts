import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../db/client';
import { memberships, organisations, people } from '../../db/schema/people';
import {
  voucherAccounts,
  voucherContracts,
  voucherEntitlements,
  voucherGrants,
  voucherHoldLegs,
  voucherProviders,
  voucherStatementEntries,
  voucherStatements,
  voucherTransfers,
  type VoucherAccountType,
  type VoucherContractStatus,
  type VoucherKind,
  type VoucherTransferType,
} from '../../db/schema/vouchers';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';

export type VoucherAccountRow = typeof voucherAccounts.$inferSelect;
export type VoucherTransferRow = typeof voucherTransfers.$inferSelect;
export type VoucherProviderRow = typeof voucherProviders.$inferSelect;
export type VoucherGrantRow = typeof voucherGrants.$inferSelect;
export type VoucherContractRow = typeof voucherContracts.$inferSelect;
export type VoucherHoldLegRow = typeof voucherHoldLegs.$inferSelect;
export type VoucherStatementRow = typeof voucherStatements.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The ledger

/**
 * The id of the account with this code, opened (balance 0) if it does not exist yet. Codes name
 * what an account is for, so two transactions opening the same account agree on it.
 */
export async function openAccount(
  db: Executor,
  account: { code: string; type: VoucherAccountType; kind: VoucherKind; createdAt: Date },
): Promise<string> {
  // voucher_open_account (migration 0012): the same function the hold and capture use.
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select voucher_open_account(${account.code}, ${account.type}, ${account.kind}::voucher_kind, ${account.createdAt.toISOString()}::timestamptz) as id`,
  );
  return row!.id;
}

export async function findAccountByCode(db: Executor, code: string) {
  const [row] = await db.select().from(voucherAccounts).where(eq(voucherAccounts.code, code));
  return row;
}

/** Locks an account's row and returns it (its balance is then this transaction's to change). */
export async function lockAccount(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(voucherAccounts)
    .where(eq(voucherAccounts.id, id))
    .for('update');
  return row!;
}

export async function findAccountsByCode(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(voucherAccounts).where(inArray(voucherAccounts.code, codes));
}

export interface TransferInput {
  type: VoucherTransferType;
  kind: VoucherKind;
  debitAccountId: string;
  creditAccountId: string;
  amountFen: number;
  grantId?: string | null;
  contractId?: string | null;
  statementId?: string | null;
  createdAt: Date;
}

/**
 * Posts one balanced transfer: the debit account goes down and the credit account up by the same
 * amount, and the entry is appended — by `voucher_post_transfer` (migration 0012), the one way
 * every command posts, in the database's hold and capture as here. The database refuses a balance
 * below zero (`voucher_accounts_not_negative`), whatever the code above checked.
 */
export async function postTransfer(db: Executor, transfer: TransferInput) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select voucher_post_transfer(${transfer.type}, ${transfer.kind}::voucher_kind, ${transfer.debitAccountId}::uuid, ${transfer.creditAccountId}::uuid, ${transfer.amountFen}::bigint, ${transfer.grantId ?? null}::uuid, ${transfer.contractId ?? null}::uuid, ${transfer.statementId ?? null}::uuid, ${transfer.createdAt.toISOString()}::timestamptz) as id`,
  );
  return { id: row!.id };
}

/** The ledger's totals, for the invariant check: every account's balance against its entries. */
export async function checkLedger(db: Executor) {
  const [totals] = await db
    .select({
      accounts: sql<number>`count(*)::int`,
      balanceSum: sql<string>`coalesce(sum(${voucherAccounts.balanceFen}), 0)::text`,
      negative: sql<number>`count(*) filter (where ${voucherAccounts.balanceFen} < 0 and not ${voucherAccounts.allowNegative})::int`,
    })
    .from(voucherAccounts);
  // Each account's entries summed on each side, compared with its balance in code.
  const credits = await db
    .select({
      id: voucherTransfers.creditAccountId,
      total: sql<string>`sum(${voucherTransfers.amountFen})::text`,
    })
    .from(voucherTransfers)
    .groupBy(voucherTransfers.creditAccountId);
  const debits = await db
    .select({
      id: voucherTransfers.debitAccountId,
      total: sql<string>`sum(${voucherTransfers.amountFen})::text`,
    })
    .from(voucherTransfers)
    .groupBy(voucherTransfers.debitAccountId);
  const entries = new Map<string, number>();
  for (const row of credits) entries.set(row.id, (entries.get(row.id) ?? 0) + Number(row.total));
  for (const row of debits) entries.set(row.id, (entries.get(row.id) ?? 0) - Number(row.total));
  const balances = await db
    .select({
      id: voucherAccounts.id,
      code: voucherAccounts.code,
      balanceFen: voucherAccounts.balanceFen,
    })
    .from(voucherAccounts);
  const mismatched = balances
    .filter((row) => row.balanceFen !== (entries.get(row.id) ?? 0))
    .map((row) => ({
      code: row.code,
      balanceFen: row.balanceFen,
      entriesFen: entries.get(row.id) ?? 0,
    }));
  const [transfers] = await db.select({ count: sql<number>`count(*)::int` }).from(voucherTransfers);
  return {
    accounts: totals!.accounts,
    transfers: transfers!.count,
    balanceSumFen: Number(totals!.balanceSum),
    negativeAccounts: totals!.negative,
    mismatchedAccounts: mismatched.slice(0, 20),
  };
}

/** Transfers of the given types summed by kind and month (China time) of a year. */
export async function sumTransfersByMonth(db: Executor, year: number) {
  const month = sql<string>`to_char(${voucherTransfers.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  return db
    .select({
      kind: voucherTransfers.kind,
      type: voucherTransfers.type,
      month,
      amountFen: sql<string>`sum(${voucherTransfers.amountFen})::text`,
    })
    .from(voucherTransfers)
    .where(
      sql`extract(year from ${voucherTransfers.createdAt} at time zone 'Asia/Shanghai') = ${year}`,
    )
    .groupBy(voucherTransfers.kind, voucherTransfers.type, month)
    .orderBy(month);
}

/** The accounts of some types, with their balances (pools, receivables, …). */
export async function listAccountsOfType(db: Executor, types: VoucherAccountType[]) {
  return db
    .select()
    .from(voucherAccounts)
    .where(inArray(voucherAccounts.type, types))
    .orderBy(asc(voucherAccounts.code));
}

/** A company's or a contract's movements, newest first. */
export async function listTransfersOf(
  db: Executor,
  filter: { grantIds?: string[]; contractIds?: string[] },
  limit: number,
) {
  const conditions = [
    filter.grantIds && filter.grantIds.length > 0
      ? inArray(voucherTransfers.grantId, filter.grantIds)
      : undefined,
    filter.contractIds && filter.contractIds.length > 0
      ? inArray(voucherTransfers.contractId, filter.contractIds)
      : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(voucherTransfers)
    .where(conditions.length === 1 ? conditions[0] : sql`(${conditions[0]} or ${conditions[1]})`)
    .orderBy(desc(voucherTransfers.createdAt), desc(voucherTransfers.id))
    .limit(limit);
}

// ---------------------------------------------------------------------------------------------
// Providers

export async function insertProvider(db: Executor, values: typeof voucherProviders.$inferInsert) {
  const [row] = await db.insert(voucherProviders).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateProvider(
  db: Executor,
  id: string,
  changes: Partial<typeof voucherProviders.$inferInsert>,
) {
  const [row] = await db
    .update(voucherProviders)
    .set(changes)
    .where(eq(voucherProviders.id, id))
    .returning();
  return row;
}

export async function findProvider(db: Executor, id: string) {
  const [row] = await db
    .select({ provider: voucherProviders, organisation: organisations })
    .from(voucherProviders)
    .innerJoin(organisations, eq(organisations.id, voucherProviders.organisationId))
    .where(eq(voucherProviders.id, id));
  return row;
}

/**
 * A provider, its organisation and whether the account works for it (a member of the
 * organisation) — one query, as every provider call starts with it.
 */
export async function findProviderForAccount(db: Executor, id: string, accountId: string) {
  const [row] = await db
    .select({
      provider: voucherProviders,
      organisation: organisations,
      staff: sql<boolean>`exists (select 1 from ${memberships} join ${people} on ${people.id} = ${memberships.personId} where ${memberships.organisationId} = ${voucherProviders.organisationId} and ${people.accountId} = ${accountId})`,
    })
    .from(voucherProviders)
    .innerJoin(organisations, eq(organisations.id, voucherProviders.organisationId))
    .where(eq(voucherProviders.id, id));
  return row;
}

export async function listProviders(db: Executor) {
  return db
    .select({ provider: voucherProviders, organisation: organisations })
    .from(voucherProviders)
    .innerJoin(organisations, eq(organisations.id, voucherProviders.organisationId))
    .orderBy(asc(organisations.name), asc(voucherProviders.id));
}

/** The providers whose organisation the person belongs to. */
export async function listProvidersOfPerson(db: Executor, personId: string) {
  return db
    .select({ provider: voucherProviders, organisation: organisations })
    .from(voucherProviders)
    .innerJoin(organisations, eq(organisations.id, voucherProviders.organisationId))
    .innerJoin(memberships, eq(memberships.organisationId, voucherProviders.organisationId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(organisations.name));
}

/** How many people belong to both organisations (A.V1: a related party on record). */
export async function countSharedPeople(
  db: Executor,
  organisationA: string,
  organisationB: string,
) {
  const other = alias(memberships, 'other_memberships');
  const [row] = await db
    .select({ shared: sql<number>`count(*)::int` })
    .from(memberships)
    .innerJoin(other, eq(other.personId, memberships.personId))
    .where(
      and(eq(memberships.organisationId, organisationA), eq(other.organisationId, organisationB)),
    );
  return row?.shared ?? 0;
}

/** The person of an account (null for an account without a profile yet). */
export async function findPersonIdOfAccount(db: Executor, accountId: string) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.accountId, accountId));
  return row?.id ?? null;
}

export async function isMemberOf(db: Executor, personId: string, organisationId: string) {
  const [row] = await db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)));
  return row !== undefined;
}

export async function findOrganisationByCreditCode(db: Executor, creditCode: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.creditCode, creditCode));
  return row;
}

export async function findOrganisationsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
}

export async function findOrganisationById(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

// ---------------------------------------------------------------------------------------------
// Grants and the per-company cap

/**
 * Adds a grant to the company's total of the kind; the check `granted_fen <= cap_fen` refuses
 * one beyond the cap (the caller maps the error). Locks the row for the rest of the transaction.
 */
export async function addToEntitlement(
  db: Executor,
  values: {
    organisationId: string;
    kind: VoucherKind;
    capFen: number;
    amountFen: number;
    at: Date;
  },
) {
  const [row] = await db
    .insert(voucherEntitlements)
    .values({
      organisationId: values.organisationId,
      kind: values.kind,
      capFen: values.capFen,
      grantedFen: values.amountFen,
      updatedAt: values.at,
    })
    .onConflictDoUpdate({
      target: [voucherEntitlements.organisationId, voucherEntitlements.kind],
      set: {
        grantedFen: sql`${voucherEntitlements.grantedFen} + ${values.amountFen}`,
        capFen: values.capFen,
        updatedAt: values.at,
      },
    })
    .returning();
  return row!;
}

/** Takes a revoked grant back out of the company's total of its kind. */
export async function subtractFromEntitlement(
  db: Executor,
  values: { organisationId: string; kind: VoucherKind; amountFen: number; at: Date },
) {
  await db
    .update(voucherEntitlements)
    .set({
      grantedFen: sql`${voucherEntitlements.grantedFen} - ${values.amountFen}`,
      updatedAt: values.at,
    })
    .where(
      and(
        eq(voucherEntitlements.organisationId, values.organisationId),
        eq(voucherEntitlements.kind, values.kind),
      ),
    );
}

/**
 * Locks the company's entitlement of a kind: every command that moves the company's vouchers of
 * that kind takes it first, so they run one after another and always lock accounts in the same
 * order (no deadlock between a hold and a capture of the same company).
 */
export async function lockEntitlement(db: Executor, organisationId: string, kind: VoucherKind) {
  const [row] = await db
    .select()
    .from(voucherEntitlements)
    .where(
      and(
        eq(voucherEntitlements.organisationId, organisationId),
        eq(voucherEntitlements.kind, kind),
      ),
    )
    .for('update');
  return row;
}

export async function listEntitlements(db: Executor, organisationId: string) {
  return db
    .select()
    .from(voucherEntitlements)
    .where(eq(voucherEntitlements.organisationId, organisationId));
}

export async function insertGrant(db: Executor, values: typeof voucherGrants.$inferInsert) {
  const [row] = await db.insert(voucherGrants).values(values).onConflictDoNothing().returning();
  return row;
}

/** A company's grants of a kind with their balances, the earliest expiry first. */
export async function listGrantsWithBalance(
  db: Executor,
  organisationId: string,
  kind?: VoucherKind,
) {
  return db
    .select({ grant: voucherGrants, balanceFen: voucherAccounts.balanceFen })
    .from(voucherGrants)
    .innerJoin(voucherAccounts, eq(voucherAccounts.id, voucherGrants.accountId))
    .where(
      and(
        eq(voucherGrants.organisationId, organisationId),
        kind ? eq(voucherGrants.kind, kind) : undefined,
      ),
    )
    .orderBy(
      sql`${voucherGrants.validUntil} asc nulls last`,
      asc(voucherGrants.issuedAt),
      asc(voucherGrants.id),
    );
}

/** Grants past their validity that still hold money (what the expiry sweep returns to a pool). */
export async function listExpiredGrantsWithBalance(db: Executor, today: string) {
  return db
    .select({ grant: voucherGrants, balanceFen: voucherAccounts.balanceFen })
    .from(voucherGrants)
    .innerJoin(voucherAccounts, eq(voucherAccounts.id, voucherGrants.accountId))
    .where(and(lt(voucherGrants.validUntil, today), sql`${voucherAccounts.balanceFen} > 0`))
    .limit(1000);
}

export async function markGrantExpired(db: Executor, id: string, at: Date) {
  await db
    .update(voucherGrants)
    .set({ expiredAt: at })
    .where(and(eq(voucherGrants.id, id), isNull(voucherGrants.expiredAt)));
}

export async function findGrantOfApplication(db: Executor, applicationId: string) {
  const [row] = await db
    .select()
    .from(voucherGrants)
    .where(eq(voucherGrants.applicationId, applicationId));
  return row;
}

export async function findGrantsById(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(voucherGrants).where(inArray(voucherGrants.id, ids));
}

// ---------------------------------------------------------------------------------------------
// Contracts and holds

export async function insertContract(db: Executor, values: typeof voucherContracts.$inferInsert) {
  const [row] = await db.insert(voucherContracts).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findContract(db: Executor, id: string) {
  const [row] = await db.select().from(voucherContracts).where(eq(voucherContracts.id, id));
  return row;
}

export async function lockContract(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(voucherContracts)
    .where(eq(voucherContracts.id, id))
    .for('update');
  return row;
}

export async function updateContract(
  db: Executor,
  id: string,
  changes: Partial<typeof voucherContracts.$inferInsert>,
) {
  const [row] = await db
    .update(voucherContracts)
    .set(changes)
    .where(eq(voucherContracts.id, id))
    .returning();
  return row!;
}

export const contractKey: readonly KeyColumn[] = [
  { column: voucherContracts.registeredAt, direction: 'desc' },
  { column: voucherContracts.id, direction: 'desc' },
];

export function contractKeyOf(row: {
  contract: VoucherContractRow;
  registeredAtKey: string;
}): KeyValue[] {
  return [row.registeredAtKey, row.contract.id];
}

/** A page of contracts (of a provider or of a company), newest first. */
export async function listContracts(
  db: Executor,
  filter: {
    providerId?: string;
    organisationId?: string;
    statuses?: VoucherContractStatus[];
  },
  limit: number,
  after: KeyValue[] | undefined,
) {
  return db
    .select({ contract: voucherContracts, registeredAtKey: keyText(voucherContracts.registeredAt) })
    .from(voucherContracts)
    .where(
      and(
        filter.providerId ? eq(voucherContracts.providerId, filter.providerId) : undefined,
        filter.organisationId
          ? eq(voucherContracts.organisationId, filter.organisationId)
          : undefined,
        filter.statuses ? inArray(voucherContracts.status, filter.statuses) : undefined,
        after ? afterKey(contractKey, after) : undefined,
      ),
    )
    .orderBy(...orderByKey(contractKey))
    .limit(limit + 1);
}

/** The legs of a hold in the order they were drawn. */
export async function listHoldLegs(db: Executor, contractId: string) {
  return db
    .select({ leg: voucherHoldLegs, grant: voucherGrants })
    .from(voucherHoldLegs)
    .innerJoin(voucherGrants, eq(voucherGrants.id, voucherHoldLegs.grantId))
    .where(eq(voucherHoldLegs.contractId, contractId))
    .orderBy(
      sql`${voucherGrants.validUntil} asc nulls last`,
      asc(voucherGrants.issuedAt),
      asc(voucherGrants.id),
    );
}

export async function updateHoldLeg(
  db: Executor,
  contractId: string,
  grantId: string,
  changes: { capturedFen?: number; refundedFen?: number },
) {
  await db
    .update(voucherHoldLegs)
    .set(changes)
    .where(and(eq(voucherHoldLegs.contractId, contractId), eq(voucherHoldLegs.grantId, grantId)));
}

// ---------------------------------------------------------------------------------------------
// Statements

/**
 * A provider's captures and refunds not yet on any statement, made before `before`: what the
 * next statement settles.
 */
export async function listUnsettledTransfers(db: Executor, providerId: string, before: Date) {
  return db
    .select({ transfer: voucherTransfers })
    .from(voucherTransfers)
    .innerJoin(voucherContracts, eq(voucherContracts.id, voucherTransfers.contractId))
    .leftJoin(voucherStatementEntries, eq(voucherStatementEntries.transferId, voucherTransfers.id))
    .where(
      and(
        eq(voucherContracts.providerId, providerId),
        inArray(voucherTransfers.type, ['capture', 'refund']),
        lt(voucherTransfers.createdAt, before),
        isNull(voucherStatementEntries.transferId),
      ),
    )
    .orderBy(asc(voucherTransfers.createdAt), asc(voucherTransfers.id));
}

/** The settle transfers of a statement (one per kind it covers). */
export async function listSettleTransfers(db: Executor, statementId: string) {
  return db
    .select()
    .from(voucherTransfers)
    .where(and(eq(voucherTransfers.statementId, statementId), eq(voucherTransfers.type, 'settle')));
}

/** Is any capture of the contract already on a statement? (A refund then comes too late.) */
export async function isContractSettled(db: Executor, contractId: string) {
  const [row] = await db
    .select({ id: voucherStatementEntries.transferId })
    .from(voucherStatementEntries)
    .innerJoin(voucherTransfers, eq(voucherTransfers.id, voucherStatementEntries.transferId))
    .where(eq(voucherTransfers.contractId, contractId))
    .limit(1);
  return row !== undefined;
}

export async function insertStatement(db: Executor, values: typeof voucherStatements.$inferInsert) {
  const [row] = await db.insert(voucherStatements).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertStatementEntries(
  db: Executor,
  statementId: string,
  transferIds: string[],
) {
  if (transferIds.length === 0) return;
  await db
    .insert(voucherStatementEntries)
    .values(transferIds.map((transferId) => ({ transferId, statementId })));
}

export async function findStatement(db: Executor, id: string) {
  const [row] = await db.select().from(voucherStatements).where(eq(voucherStatements.id, id));
  return row;
}

export async function lockStatements(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(voucherStatements)
    .where(inArray(voucherStatements.id, ids))
    .orderBy(asc(voucherStatements.id))
    .for('update');
}

export async function updateStatement(
  db: Executor,
  id: string,
  changes: Partial<typeof voucherStatements.$inferInsert>,
) {
  const [row] = await db
    .update(voucherStatements)
    .set(changes)
    .where(eq(voucherStatements.id, id))
    .returning();
  return row!;
}

export async function listStatements(
  db: Executor,
  filter: { providerId?: string; statuses?: VoucherStatementRow['status'][] },
) {
  return db
    .select({
      statement: voucherStatements,
      provider: voucherProviders,
      organisation: organisations,
    })
    .from(voucherStatements)
    .innerJoin(voucherProviders, eq(voucherProviders.id, voucherStatements.providerId))
    .innerJoin(organisations, eq(organisations.id, voucherProviders.organisationId))
    .where(
      and(
        filter.providerId ? eq(voucherStatements.providerId, filter.providerId) : undefined,
        filter.statuses ? inArray(voucherStatements.status, filter.statuses) : undefined,
      ),
    )
    .orderBy(desc(voucherStatements.createdAt), desc(voucherStatements.id))
    .limit(500);
}

/** The statement's movements with their contracts, for its lines and its export. */
export async function listStatementLines(db: Executor, statementId: string) {
  return db
    .select({ transfer: voucherTransfers, contract: voucherContracts, organisation: organisations })
    .from(voucherStatementEntries)
    .innerJoin(voucherTransfers, eq(voucherTransfers.id, voucherStatementEntries.transferId))
    .innerJoin(voucherContracts, eq(voucherContracts.id, voucherTransfers.contractId))
    .innerJoin(organisations, eq(organisations.id, voucherContracts.organisationId))
    .where(eq(voucherStatementEntries.statementId, statementId))
    .orderBy(asc(voucherTransfers.createdAt), asc(voucherTransfers.id));
}
