/**
 * Model-based property tests of the voucher ledger (issue #13; A.P9, A.V1): random sequences of
 * grants (issued as an approval issues them, some beyond the per-company cap), contracts,
 * confirmations, holds, captures (full, partial, above the hold), voids, refunds (partial, full,
 * too much), month-end settlements and retries with the same Idempotency-Key — each run against
 * the services AND a small in-memory model. After every step: the ledger balances, no contract
 * captures more than it held or refunds more than it captured, no company holds more than the
 * cap, a contract number is used once per provider, and every balance and status the system
 * shows is the model's.
 *
 * NOTE: one PGlite database for the whole file, with fresh organisations, providers and staff
 * for each run: migrating a fresh database costs about a second, which would leave room for a
 * handful of runs in the time budget; with fresh organisations every run starts from a clean
 * model (its own companies, entitlements, providers, receivables and idempotency scopes), and
 * the ledger's global invariants (checkLedger) still cover everything earlier runs left.
 */
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import type { VoucherContractStatus, VoucherKind } from '../../db/schema/vouchers';
import { voucherContracts, voucherKindValues } from '../../db/schema/vouchers';
import { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/app-error';
import { chinaMonthOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { createTestDatabase } from '../../../test/support/test-database';
import { accountCodes } from './accounts';
import { allVoucherParameters, type VoucherParameters } from './grants-service';
import type { IdempotentAnswer } from './idempotency';
import * as redemption from './redemption-service';
import * as repo from './repo';
import { issueStatements, periodEnd } from './statements-service';
import { insertApplication } from '../applications/repo';
import {
  approvedVoucherApplication,
  countTransfers,
  createClock,
  createTestAccount,
  createTestOrganisation,
  expectLedgerBalanced,
  findBrokenInvariants,
  fundPools,
  issueTestGrant,
  noBrokenInvariants,
  registerTestProvider,
  testContext,
  type TestClock,
} from './test-support';

/** VOUCHER_PROPERTY_RUNS=200 for a longer search (the default keeps the file under a minute). */
const NUM_RUNS = Number(process.env.VOUCHER_PROPERTY_RUNS ?? 20);
const MAX_COMMANDS = 60;
const RUN_START = new Date('2026-02-10T02:00:00Z'); // 10:00 in Shenzhen
const CONTRACT_DATE = '2026-02-01';
const COMPANIES = 2; // plus one related on record to provider 0
const PROVIDER_KINDS: VoucherKind[][] = [
  ['compute', 'model'],
  ['compute', 'corpus'],
];
const CONTRACT_AMOUNTS = [1, 1_999, 10_000, 3_000_000, 400_000_000, 2_500_000_000];

let database: Database;
let parameters: Record<VoucherKind, VoucherParameters>;
/** The people of every run: a founder of its companies and one staff member per provider. */
let founder: Awaited<ReturnType<typeof createTestAccount>>;
let staff: Awaited<ReturnType<typeof createTestAccount>>[];

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = testContext(database.db, createClock(RUN_START));
  await fundPools(ctx, [2026], 1_000_000_000_000);
  parameters = await allVoucherParameters(ctx);
  founder = await createTestAccount(database.db, ['founder']);
  staff = [];
  for (const _kinds of PROVIDER_KINDS)
    staff.push(await createTestAccount(database.db, ['provider']));
}, 120_000);
afterAll(async () => database?.close());

// ---------------------------------------------------------------------------------------------
// The model

interface ModelGrant {
  id: string;
  company: number;
  kind: VoucherKind;
  amountFen: number;
  balanceFen: number;
  startup: boolean;
}

interface ModelLeg {
  grant: ModelGrant;
  heldFen: number;
  capturedFen: number;
  refundedFen: number;
}

interface ModelContract {
  id: string;
  provider: number;
  company: number;
  kind: VoucherKind;
  contractNumber: string;
  contractAmountFen: number;
  status: VoucherContractStatus;
  heldFen: number;
  capturedFen: number;
  refundedFen: number;
  legs: ModelLeg[];
  settled: boolean;
}

type CallOperation =
  | { type: 'register'; input: redemption.ContractInput }
  | { type: 'hold'; contractId: string }
  | { type: 'capture'; contractId: string; input: redemption.CaptureInput }
  | { type: 'void'; contractId: string }
  | { type: 'refund'; contractId: string; input: { amountFen: number; reason: string } };

interface ModelCall {
  provider: number;
  key: string;
  operation: CallOperation;
  answer: IdempotentAnswer<unknown>;
}

interface Model {
  grants: ModelGrant[]; // in the order issued (the clock ticks between steps)
  contracts: ModelContract[];
  calls: ModelCall[];
  settlements: number;
}

interface Real {
  ctx: ServiceContext;
  clock: TestClock;
  companies: { id: string; creditCode: string; member: Principal }[];
  providers: { id: string; organisationId: string; staff: Principal; kinds: VoucherKind[] }[];
  applicant: { accountId: string; personId: string };
}

const grantedOf = (model: Model, company: number, kind: VoucherKind) =>
  model.grants
    .filter((grant) => grant.company === company && grant.kind === kind)
    .reduce((sum, grant) => sum + grant.amountFen, 0);

type Outcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/** Runs a service call; a refusal is an outcome, anything else (a database error) a failure. */
async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

function expectRefused(outcome: Outcome<unknown>, code: ErrorCode) {
  expect(outcome.ok ? 'succeeded' : outcome.code).toBe(code);
}

function executeCall(real: Real, provider: number, key: string, operation: CallOperation) {
  const { ctx } = real;
  const staff = real.providers[provider]!.staff;
  const call = { providerId: real.providers[provider]!.id, idempotencyKey: key };
  switch (operation.type) {
    case 'register':
      return redemption.registerContract(ctx, staff, call, operation.input);
    case 'hold':
      return redemption.holdContract(ctx, staff, call, operation.contractId);
    case 'capture':
      return redemption.captureContract(ctx, staff, call, operation.contractId, operation.input);
    case 'void':
      return redemption.voidContract(ctx, staff, call, operation.contractId);
    case 'refund':
      return redemption.refundContract(ctx, staff, call, operation.contractId, operation.input);
  }
}

/** Runs a provider call with a fresh key; remembers it (and its answer) when it succeeds. */
async function providerCall(model: Model, real: Real, provider: number, operation: CallOperation) {
  const key = randomUUID();
  const outcome = await attempt(() => executeCall(real, provider, key, operation));
  if (outcome.ok) {
    expect(outcome.value.replayed).toBe(false);
    model.calls.push({ provider, key, operation, answer: outcome.value });
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// The invariants and the comparison with the model, after every step

async function checkAgainstModel(model: Model, real: Real) {
  const db = real.ctx.db;
  await expectLedgerBalanced(db);
  expect(await findBrokenInvariants(db)).toEqual(noBrokenInvariants);

  for (const [index, company] of real.companies.entries()) {
    const grants = await repo.listGrantsWithBalance(db, company.id);
    const expected = model.grants.filter((grant) => grant.company === index);
    expect(
      Object.fromEntries(grants.map(({ grant, balanceFen }) => [grant.id, balanceFen])),
    ).toEqual(Object.fromEntries(expected.map((grant) => [grant.id, grant.balanceFen])));
    const entitlements = await repo.listEntitlements(db, company.id);
    for (const kind of voucherKindValues) {
      const granted = grantedOf(model, index, kind);
      const row = entitlements.find((entitlement) => entitlement.kind === kind);
      expect(row?.grantedFen ?? 0).toBe(granted);
      expect(granted).toBeLessThanOrEqual(parameters[kind].capFen!);
    }
  }

  const heldCodes = real.companies.flatMap((company) =>
    voucherKindValues.map((kind) => accountCodes.held(company.id, kind)),
  );
  const receivableCodes = real.providers.flatMap((provider) =>
    voucherKindValues.map((kind) => accountCodes.receivable(provider.id, kind)),
  );
  const accounts = new Map(
    (await repo.findAccountsByCode(db, [...heldCodes, ...receivableCodes])).map((account) => [
      account.code,
      account.balanceFen,
    ]),
  );
  const sum = (contracts: ModelContract[], of: (contract: ModelContract) => number) =>
    contracts.reduce((total, contract) => total + of(contract), 0);
  for (const [index, company] of real.companies.entries())
    for (const kind of voucherKindValues) {
      const held = model.contracts.filter(
        (contract) =>
          contract.company === index && contract.kind === kind && contract.status === 'held',
      );
      expect(accounts.get(accountCodes.held(company.id, kind)) ?? 0).toBe(
        sum(held, (contract) => contract.heldFen),
      );
    }
  for (const [index, provider] of real.providers.entries())
    for (const kind of voucherKindValues) {
      const unsettled = model.contracts.filter(
        (contract) => contract.provider === index && contract.kind === kind && !contract.settled,
      );
      expect(accounts.get(accountCodes.receivable(provider.id, kind)) ?? 0).toBe(
        sum(unsettled, (contract) => contract.capturedFen - contract.refundedFen),
      );
    }

  const rows = new Map(
    (
      await db
        .select()
        .from(voucherContracts)
        .where(
          inArray(
            voucherContracts.id,
            model.contracts.map((contract) => contract.id).concat(randomUUID()),
          ),
        )
    ).map((row) => [row.id, row]),
  );
  for (const expected of model.contracts) {
    const row = rows.get(expected.id)!;
    expect({
      status: row.status,
      heldFen: row.heldFen,
      capturedFen: row.capturedFen,
      refundedFen: row.refundedFen,
    }).toEqual({
      status: expected.status,
      heldFen: expected.heldFen,
      capturedFen: expected.capturedFen,
      refundedFen: expected.refundedFen,
    });
    expect(row.capturedFen).toBeLessThanOrEqual(row.heldFen);
    expect(row.refundedFen).toBeLessThanOrEqual(row.capturedFen);
  }
}

// ---------------------------------------------------------------------------------------------
// The commands

abstract class VoucherCommand implements fc.AsyncCommand<Model, Real> {
  check(_model: Readonly<Model>): boolean {
    return true;
  }
  async run(model: Model, real: Real) {
    real.clock.advance(60_000); // each step a minute later: grants are drawn in issue order
    await this.step(model, real);
    await checkAgainstModel(model, real);
  }
  abstract step(model: Model, real: Real): Promise<void>;
  abstract toString(): string;
}

abstract class ContractCommand extends VoucherCommand {
  constructor(readonly pick: number) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.contracts.length > 0;
  }
  /** Statuses the command applies to: three picks in four prefer such a contract, if any. */
  abstract readonly applies: VoucherContractStatus[];
  /** Set by {@link Advance}: the contract it moves on. */
  fixed: ModelContract | undefined;
  contractOf(model: Model) {
    if (this.fixed) return this.fixed;
    const preferred = model.contracts.filter((contract) => this.applies.includes(contract.status));
    const among = this.pick % 4 !== 0 && preferred.length > 0 ? preferred : model.contracts;
    return among[Math.floor(this.pick / 4) % among.length]!;
  }
}

class IssueGrant extends VoucherCommand {
  constructor(
    public company: number,
    public kind: VoucherKind,
    readonly share: number,
    readonly startup: boolean,
    readonly targeted: boolean,
  ) {
    super();
  }
  /**
   * A targeted grant goes to the company and kind of a confirmed contract with nothing left to
   * hold (if any), so that sequences reach holds; an untargeted one is as generated.
   */
  resolve(model: Model) {
    const waiting = model.contracts.filter(
      (contract) =>
        contract.status === 'confirmed' &&
        !model.grants.some(
          (grant) =>
            grant.company === contract.company &&
            grant.kind === contract.kind &&
            grant.balanceFen > 0,
        ),
    );
    if (!this.targeted || waiting.length === 0) return;
    const contract = waiting[this.share % waiting.length]!;
    this.company = contract.company;
    this.kind = contract.kind;
  }
  /**
   * Small amounts (a hold then draws on several grants) up to the whole cap, and beyond it.
   */
  amountOf() {
    const cap = parameters[this.kind].capFen!;
    return [1, 10_000, 250_000, cap / 4, cap / 2, cap - 1, cap, cap + 1][this.share]!;
  }
  async step(model: Model, real: Real) {
    this.resolve(model);
    const amountFen = this.amountOf();
    const organisationId = real.companies[this.company]!.id;
    const application = await insertApplication(
      real.ctx.db,
      approvedVoucherApplication({
        organisationId,
        kind: this.kind,
        amountFen,
        applicant: real.applicant,
      }),
    );
    const outcome = await attempt(() =>
      issueTestGrant(real.ctx, {
        organisationId,
        kind: this.kind,
        amountFen,
        startup: this.startup,
        applicationId: application.id,
      }),
    );
    if (grantedOf(model, this.company, this.kind) + amountFen > parameters[this.kind].capFen!)
      return expectRefused(outcome, 'voucher.cap_exceeded');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || !outcome.value) return;
    model.grants.push({
      id: outcome.value.id,
      company: this.company,
      kind: this.kind,
      amountFen,
      balanceFen: amountFen,
      startup: this.startup,
    });
  }
  toString() {
    return `issue(company ${this.company}, ${this.kind}, ${this.amountOf()}, startup ${this.startup}, targeted ${this.targeted})`;
  }
}

class RegisterContract extends VoucherCommand {
  constructor(
    public provider: number,
    public company: number,
    public kind: VoucherKind,
    readonly number: number,
    readonly amount: number,
    readonly declaredRelated: boolean,
    readonly targeted: boolean,
  ) {
    super();
  }
  /**
   * A targeted registration is for a company and kind with a balance (if any), with a provider
   * offering the kind: so that sequences reach holds; an untargeted one is as generated.
   */
  resolve(model: Model) {
    const funded = model.grants.filter((grant) => grant.balanceFen > 0);
    if (!this.targeted || funded.length === 0) return;
    const grant = funded[this.number % funded.length]!;
    this.company = grant.company;
    this.kind = grant.kind;
    if (!PROVIDER_KINDS[this.provider]!.includes(grant.kind))
      this.provider = PROVIDER_KINDS.findIndex((kinds) => kinds.includes(grant.kind));
  }
  async step(model: Model, real: Real) {
    this.resolve(model);
    const contractNumber = `C-${this.number}`;
    const company = real.companies[this.company]!;
    const input: redemption.ContractInput = {
      contractNumber,
      creditCode: company.creditCode,
      kind: this.kind,
      contractAmountFen: CONTRACT_AMOUNTS[this.amount]!,
      contractDate: CONTRACT_DATE,
      relatedParty: this.declaredRelated,
    };
    const outcome = await providerCall(model, real, this.provider, { type: 'register', input });
    if (!PROVIDER_KINDS[this.provider]!.includes(this.kind))
      return expectRefused(outcome, 'voucher.kind_not_offered');
    // Company COMPANIES shares a person with provider 0 (a related party on record).
    if (this.declaredRelated || (this.company === COMPANIES && this.provider === 0))
      return expectRefused(outcome, 'voucher.related_party');
    if (
      model.contracts.some(
        (contract) =>
          contract.provider === this.provider && contract.contractNumber === contractNumber,
      )
    )
      return expectRefused(outcome, 'voucher.contract_duplicate');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.status).toBe(201);
    model.contracts.push({
      id: outcome.value.body.id,
      provider: this.provider,
      company: this.company,
      kind: this.kind,
      contractNumber,
      contractAmountFen: input.contractAmountFen,
      status: 'awaiting_company',
      heldFen: 0,
      capturedFen: 0,
      refundedFen: 0,
      legs: [],
      settled: false,
    });
  }
  toString() {
    return `register(provider ${this.provider}, company ${this.company}, ${this.kind}, C-${this.number}, ${CONTRACT_AMOUNTS[this.amount]}, related ${this.declaredRelated}, targeted ${this.targeted})`;
  }
}

class ConfirmOrDecline extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['awaiting_company'];
  constructor(
    pick: number,
    readonly decline: boolean,
  ) {
    super(pick);
  }
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const member = real.companies[contract.company]!.member;
    const outcome = await attempt(() =>
      this.decline
        ? redemption.declineContract(real.ctx, member, contract.id, { reason: 'not ours' })
        : redemption.confirmContract(real.ctx, member, contract.id),
    );
    if (contract.status !== 'awaiting_company')
      return expectRefused(outcome, 'voucher.invalid_transition');
    expect(outcome.ok).toBe(true);
    contract.status = this.decline ? 'declined' : 'confirmed';
  }
  toString() {
    return `${this.decline ? 'decline' : 'confirm'}(#${this.pick})`;
  }
}

class Hold extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['confirmed'];
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const outcome = await providerCall(model, real, contract.provider, {
      type: 'hold',
      contractId: contract.id,
    });
    if (contract.status === 'awaiting_company' || contract.status === 'declined')
      return expectRefused(outcome, 'voucher.not_confirmed');
    if (contract.status !== 'confirmed')
      return expectRefused(outcome, 'voucher.invalid_transition');
    const grants = model.grants.filter(
      (grant) => grant.company === contract.company && grant.kind === contract.kind,
    );
    const usable = grants.filter((grant) => grant.balanceFen > 0);
    if (usable.length === 0) return expectRefused(outcome, 'voucher.no_balance');
    const latest = grants[grants.length - 1]!;
    const kindParameters = parameters[contract.kind];
    const rateBp = latest.startup ? kindParameters.startupRateBp! : kindParameters.rateBp!;
    const subsidy = Math.floor((contract.contractAmountFen * rateBp) / 10_000);
    const available = usable.reduce((total, grant) => total + grant.balanceFen, 0);
    const amount = Math.min(subsidy, available);
    if (amount <= 0) return expectRefused(outcome, 'voucher.no_balance');
    expect(outcome.ok).toBe(true);
    let remaining = amount;
    for (const grant of usable) {
      if (remaining === 0) break;
      const take = Math.min(remaining, grant.balanceFen);
      grant.balanceFen -= take;
      contract.legs.push({ grant, heldFen: take, capturedFen: 0, refundedFen: 0 });
      remaining -= take;
    }
    contract.status = 'held';
    contract.heldFen = amount;
  }
  toString() {
    return `hold(#${this.pick})`;
  }
}

class Capture extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['held'];
  constructor(
    pick: number,
    readonly mode: 'full' | 'partial' | 'above',
    readonly fraction: number,
  ) {
    super(pick);
  }
  amountOf(contract: ModelContract) {
    if (this.mode === 'full') return undefined;
    if (this.mode === 'above') return contract.heldFen + 1;
    return Math.max(1, Math.floor(contract.heldFen * this.fraction));
  }
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const amountFen = this.amountOf(contract);
    const outcome = await providerCall(model, real, contract.provider, {
      type: 'capture',
      contractId: contract.id,
      input: { amountFen, invoiceNumber: `INV-${randomUUID().slice(0, 6)}`, deliveryProof: 'ok' },
    });
    if (contract.status !== 'held') return expectRefused(outcome, 'voucher.invalid_transition');
    const amount = amountFen ?? contract.heldFen;
    if (amount > contract.heldFen) return expectRefused(outcome, 'voucher.capture_exceeds_hold');
    expect(outcome.ok).toBe(true);
    let remaining = amount;
    for (const leg of contract.legs) {
      const captured = Math.min(remaining, leg.heldFen);
      remaining -= captured;
      leg.capturedFen = captured;
      leg.grant.balanceFen += leg.heldFen - captured;
    }
    contract.status = 'captured';
    contract.capturedFen = amount;
  }
  toString() {
    return `capture(#${this.pick}, ${this.mode}${this.mode === 'partial' ? ` ${this.fraction}` : ''})`;
  }
}

class Void extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['held'];
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const outcome = await providerCall(model, real, contract.provider, {
      type: 'void',
      contractId: contract.id,
    });
    if (contract.status !== 'held') return expectRefused(outcome, 'voucher.invalid_transition');
    expect(outcome.ok).toBe(true);
    for (const leg of contract.legs) leg.grant.balanceFen += leg.heldFen;
    contract.status = 'voided';
  }
  toString() {
    return `void(#${this.pick})`;
  }
}

class Refund extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['captured'];
  constructor(
    pick: number,
    readonly mode: 'part' | 'full' | 'too_much',
  ) {
    super(pick);
  }
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const refundable = contract.capturedFen - contract.refundedFen;
    const amountFen =
      this.mode === 'full'
        ? Math.max(1, refundable)
        : this.mode === 'too_much'
          ? refundable + 1
          : Math.max(1, Math.floor(refundable / 2));
    const outcome = await providerCall(model, real, contract.provider, {
      type: 'refund',
      contractId: contract.id,
      input: { amountFen, reason: 'returned' },
    });
    if (contract.status !== 'captured') return expectRefused(outcome, 'voucher.invalid_transition');
    if (amountFen > refundable) return expectRefused(outcome, 'voucher.refund_exceeds_capture');
    if (contract.settled) return expectRefused(outcome, 'voucher.already_settled');
    expect(outcome.ok).toBe(true);
    let remaining = amountFen;
    for (const leg of [...contract.legs].reverse()) {
      if (remaining === 0) break;
      const back = Math.min(remaining, leg.capturedFen - leg.refundedFen);
      if (back <= 0) continue;
      leg.refundedFen += back;
      leg.grant.balanceFen += back;
      remaining -= back;
    }
    contract.refundedFen += amountFen;
  }
  toString() {
    return `refund(#${this.pick}, ${this.mode})`;
  }
}

/**
 * Moves a contract one step along the happy path (confirm, hold, capture in full or in part,
 * refund in part): random sequences then reach the steps that move money often enough.
 */
class Advance extends ContractCommand {
  readonly applies: VoucherContractStatus[] = ['awaiting_company', 'confirmed', 'held', 'captured'];
  async step(model: Model, real: Real) {
    const contract = this.contractOf(model);
    const next: Partial<Record<VoucherContractStatus, ContractCommand>> = {
      awaiting_company: new ConfirmOrDecline(this.pick, false),
      confirmed: new Hold(this.pick),
      held: new Capture(this.pick, this.pick % 3 === 0 ? 'partial' : 'full', 0.5),
      captured: new Refund(this.pick, 'part'),
    };
    const command = next[contract.status];
    if (!command) return;
    command.fixed = contract;
    await command.step(model, real);
  }
  toString() {
    return `advance(#${this.pick})`;
  }
}

/** Month end: the clock moves into the next month and each provider's statement is issued. */
class Settle extends VoucherCommand {
  override check(model: Readonly<Model>) {
    return model.settlements < 6; // stays within 2026 (this year's pools)
  }
  async step(model: Model, real: Real) {
    const period = chinaMonthOf(real.clock.now());
    real.clock.set(new Date(periodEnd(period).getTime() + 3_600_000));
    model.settlements += 1;
    for (const [index, provider] of real.providers.entries()) {
      const outcome = await attempt(() =>
        issueStatements(real.ctx, { period, providerId: provider.id }),
      );
      const unsettled = model.contracts.filter(
        (contract) => contract.provider === index && !contract.settled && contract.capturedFen > 0,
      );
      if (unsettled.length === 0) {
        expectRefused(outcome, 'voucher.nothing_to_settle');
        continue;
      }
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      const captured = unsettled.reduce((total, contract) => total + contract.capturedFen, 0);
      const refunded = unsettled.reduce((total, contract) => total + contract.refundedFen, 0);
      expect(outcome.value).toHaveLength(1);
      expect(outcome.value[0]).toMatchObject({
        capturedFen: captured,
        refundedFen: refunded,
        netFen: captured - refunded,
      });
      for (const contract of unsettled) contract.settled = true;
    }
  }
  toString() {
    return 'settle';
  }
}

/**
 * A provider retries an earlier successful call with its key: the same request gets the first
 * answer and changes nothing; another request under that key is refused (422).
 */
class Retry extends VoucherCommand {
  constructor(
    readonly pick: number,
    readonly sameRequest: boolean,
  ) {
    super();
  }
  override check(model: Readonly<Model>) {
    return model.calls.length > 0;
  }
  async step(model: Model, real: Real) {
    const call = model.calls[this.pick % model.calls.length]!;
    const transfersBefore = await countTransfers(real.ctx.db);
    const operation = this.sameRequest ? call.operation : changed(call.operation);
    const outcome = await attempt(() => executeCall(real, call.provider, call.key, operation));
    expect(await countTransfers(real.ctx.db)).toBe(transfersBefore);
    if (!this.sameRequest) return expectRefused(outcome, 'idempotency.key_reused');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.replayed).toBe(true);
    expect(outcome.value.status).toBe(call.answer.status);
    expect(outcome.value.body).toEqual(call.answer.body);
  }
  toString() {
    return `retry(call #${this.pick}, ${this.sameRequest ? 'same request' : 'another request'})`;
  }
}

/** The same call with a different request (body, or another operation on the contract). */
function changed(operation: CallOperation): CallOperation {
  switch (operation.type) {
    case 'register':
      return {
        ...operation,
        input: { ...operation.input, contractAmountFen: operation.input.contractAmountFen + 1 },
      };
    case 'capture':
      return { ...operation, input: { ...operation.input, invoiceNumber: 'INV-OTHER' } };
    case 'refund':
      return { ...operation, input: { ...operation.input, reason: 'another reason' } };
    case 'hold':
      return { type: 'void', contractId: operation.contractId };
    case 'void':
      return { type: 'hold', contractId: operation.contractId };
  }
}

// Mostly compute (both providers offer it), so contracts often meet a company's grants.
const kindArbitrary = fc.constantFrom<VoucherKind>(
  'compute',
  'compute',
  'compute',
  'model',
  'corpus',
);
const pickArbitrary = fc.nat({ max: 50 });

const issueArbitrary = fc
  .tuple(
    fc.nat({ max: COMPANIES - 1 }),
    kindArbitrary,
    fc.nat({ max: 7 }),
    fc.boolean(), // a start-up
    fc.boolean(), // targeted at a confirmed contract with nothing to hold
  )
  .map(
    ([company, kind, share, startup, targeted]) =>
      new IssueGrant(company, kind, share, startup, targeted),
  );
const registerArbitrary = fc
  .tuple(
    fc.nat({ max: 1 }),
    fc.nat({ max: COMPANIES }), // COMPANIES itself: the related party on record
    kindArbitrary,
    fc.nat({ max: 4 }),
    fc.nat({ max: CONTRACT_AMOUNTS.length - 1 }),
    fc.nat({ max: 3 }).map((n) => n === 0), // declared a related party
    fc.boolean(), // targeted at a company with a balance
  )
  .map((args) => new RegisterContract(...args));
const confirmArbitrary = fc
  .tuple(
    pickArbitrary,
    fc.nat({ max: 3 }).map((n) => n === 0),
  )
  .map(([pick, decline]) => new ConfirmOrDecline(pick, decline));
const holdArbitrary = pickArbitrary.map((pick) => new Hold(pick));
const captureArbitrary = fc
  .tuple(
    pickArbitrary,
    fc.constantFrom('full' as const, 'partial' as const, 'above' as const),
    fc.double({ min: 0.05, max: 0.95, noNaN: true }),
  )
  .map(([pick, mode, fraction]) => new Capture(pick, mode, fraction));

/** Weighted towards the steps that move money, so sequences reach holds, captures and refunds. */
const advanceArbitrary = pickArbitrary.map((pick) => new Advance(pick));

const commandArbitraries = [
  advanceArbitrary,
  advanceArbitrary,
  advanceArbitrary,
  advanceArbitrary,
  advanceArbitrary,
  advanceArbitrary,
  issueArbitrary,
  issueArbitrary,
  registerArbitrary,
  registerArbitrary,
  confirmArbitrary,
  confirmArbitrary,
  holdArbitrary,
  holdArbitrary,
  captureArbitrary,
  captureArbitrary,
  pickArbitrary.map((pick) => new Void(pick)),
  fc
    .tuple(pickArbitrary, fc.constantFrom('part' as const, 'full' as const, 'too_much' as const))
    .map(([pick, mode]) => new Refund(pick, mode)),
  fc
    .tuple(pickArbitrary, fc.constantFrom('part' as const, 'full' as const, 'too_much' as const))
    .map(([pick, mode]) => new Refund(pick, mode)),
  fc.constant(null).map(() => new Settle()),
  fc.tuple(pickArbitrary, fc.boolean()).map(([pick, sameRequest]) => new Retry(pick, sameRequest)),
  fc.tuple(pickArbitrary, fc.boolean()).map(([pick, sameRequest]) => new Retry(pick, sameRequest)),
];

/**
 * Fresh organisations for a run: the companies (registered by the founder, its member), two
 * providers (each registered by its staff member) and a company registered by provider 0's staff
 * member too — a person in both organisations, a related party on record (A.V1).
 */
async function setUpRun(): Promise<Real> {
  const clock = createClock(RUN_START);
  const ctx = testContext(database.db, clock);
  const companies = [];
  for (let index = 0; index < COMPANIES; index += 1) {
    const organisation = await createTestOrganisation(ctx, founder.principal);
    companies.push({ ...organisation, member: founder.principal });
  }
  const related = await createTestOrganisation(ctx, staff[0]!.principal);
  companies.push({ ...related, member: staff[0]!.principal });
  const providers = [];
  for (const [index, kinds] of PROVIDER_KINDS.entries()) {
    const member = staff[index]!;
    const organisation = await createTestOrganisation(ctx, member.principal, '测试服务商');
    const provider = await registerTestProvider(ctx, organisation, kinds);
    providers.push({
      id: provider.id,
      organisationId: organisation.id,
      staff: member.principal,
      kinds,
    });
  }
  return {
    ctx,
    clock,
    companies,
    providers,
    applicant: { accountId: founder.accountId, personId: founder.personId },
  };
}

describe('the voucher ledger against a model', () => {
  it('keeps its invariants and agrees with the model through random command sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: 'max' }),
        async (commands) => {
          const real = await setUpRun();
          const model: Model = { grants: [], contracts: [], calls: [], settlements: 0 };
          await fc.asyncModelRun(() => ({ model, real }), commands);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // Passing takes well under a minute; a failure then shrinks to a short counterexample.
  }, 600_000);

  it('replays a known sequence: a partial refund of a hold drawn on two grants', async () => {
    // Grants of 10,000 and 250,000 fen; a 3,000,000 fen contract holds all 260,000 of them;
    // captured in full, half refunded: it goes back to the grant drawn last (250,000) first.
    const commands = [
      new IssueGrant(0, 'compute', 1, false, false),
      new IssueGrant(0, 'compute', 2, false, false),
      new RegisterContract(0, 0, 'compute', 0, 3, false, false),
      ...[1, 1, 1, 1].map((pick) => new Advance(pick)), // confirm, hold, capture, refund
    ];
    const real = await setUpRun();
    const model: Model = { grants: [], contracts: [], calls: [], settlements: 0 };
    await fc.asyncModelRun(() => ({ model, real }), commands);
    expect(model.contracts[0]).toMatchObject({
      status: 'captured',
      heldFen: 260_000,
      capturedFen: 260_000,
      refundedFen: 130_000,
    });
    expect(model.grants.map((grant) => grant.balanceFen)).toEqual([0, 130_000]);
  });
});
