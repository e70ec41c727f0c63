/**
 * The data behind `npm run bench:scale` (issue #19 item 8): a PostgreSQL database filled to the
 * volumes a city programme reaches after a few years, at `applications` applications (100,000 at
 * full scale; every other volume scales with it):
 *
 *   100,000 applications, 50,000 people (each with an account), 20,000 organisations,
 *   606,000 timeline events, 118,000 budget movements, 59,000 payment lines in batches,
 *   10,000 Hetao precedents, 1,000,000 audit rows.
 *
 * Where an invariant matters the project's own code writes or checks it: migrations, the Hetao
 * working list, the officers' accounts, roles and sessions (accounts repo), the audit chain
 * (each row hashed by `hashAuditRow`, the head set, then `verifyAuditChain` over the whole
 * chain, then an anchor signed by `publishAuditAnchor` so the server does not re-walk a million
 * rows at start), and the budget lines (reserved/consumed computed from the movements, then
 * checked with the budgets repo's own reconciliation). Rows with simple invariants are written
 * with bulk SQL: `INSERT … SELECT … FROM unnest($1::text[], …)`, 5,000 rows a statement.
 *
 * The audit trail's append-only trigger refuses UPDATE, DELETE and TRUNCATE only; inserts in seq
 * order are what `appendAuditEntry` does too, one at a time.
 *
 * NOTE: longer than the ~600 lines STYLE.md aims for: one seeding script, its steps in the order
 * they must run (each table after the ones it references), read top to bottom; it is bench code,
 * not part of the platform.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { AuditAnchorConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { insertAccount, insertRole, insertSession } from '../src/modules/accounts/repo';
import { generateSecret, hashToken } from '../src/modules/accounts/credentials';
import { listPolicySummaries } from '../src/modules/applications/service';
import { transitionAuditActions } from '../src/modules/applications/audit-actions';
import type { TransitionAction } from '../src/modules/applications/state-machine';
import { hashAuditRow, readAuditHead } from '../src/modules/audit/repo';
import { publishAuditAnchor, verifyAuditChain } from '../src/modules/audit/service';
import { sumMovements } from '../src/modules/budgets/repo';
import { budgetYearOf } from '../src/modules/budgets/service';
import { ensureWorkingList } from '../src/modules/hetao/working-list';
import { toCanonicalValue } from '../src/shared/canonical-json';
import { systemContext } from '../src/shared/service-context';
import type { ApplicationStatus, Role } from '../src/db/schema/index';

/** The volumes at 100,000 applications; each scales linearly with the level. */
const VOLUMES_AT_100K = {
  people: 50_000,
  organisations: 20_000,
  timelineEvents: 606_000,
  precedents: 10_000,
  auditRows: 1_000_000,
} as const;

/**
 * Statuses at 100,000 applications: most finished (paid, closed, rejected), some in review with
 * due dates, ~1,700 approved and waiting for payment, some just submitted. Paid and scheduled
 * applications each have a payment line (59,000); every approval reserved and every payment
 * consumed budget (1 + 1 movements for a paid one, 1 otherwise: 118,000 movements).
 */
const STATUSES_AT_100K: Record<string, number> = {
  paid: 57_300,
  payment_scheduled: 1_700,
  approved: 1_700,
  in_review: 3_000,
  submitted: 1_000,
  appealed: 100,
  rejected: 12_000,
  closed: 15_000,
  withdrawn: 3_000,
  draft: 5_200,
};

/** Lines per payment batch: a batch every other day or so at full scale. */
const LINES_PER_BATCH = 100;
/** Rows per bulk INSERT statement. */
const BULK_ROWS = 5_000;
const DAY_MS = 86_400_000;
/** The seeded history spans three years up to the moment of seeding. */
const HISTORY_MS = 3 * 365 * DAY_MS;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗'];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉宇浩然思远欣怡子轩梓涵',
];
const COMPANY_WORDS = [...'智算云图数联星海深蓝鹏城前海南山光明龙华创芯灵犀'];

/** Officers who sign in during the benchmark, one per officer role. */
export interface OfficerSessions {
  reviewer: string;
  finance: string;
  customs: string;
  admin: string;
}

/** What the benchmark needs to know about the seeded data to build its page URLs. */
export interface ScaleFixture {
  /** `opc_session` cookie values. */
  sessions: OfficerSessions;
  /** Applications in the default review queue (submitted, in review, appealed). */
  openQueueTotal: number;
  /** A search term for the review queue (a common surname). */
  searchTerm: string;
  /** The budget line with the most movements. */
  largestBudgetLine: { id: string; movements: number };
  counts: Record<string, number>;
  auditChain: { ok: boolean; rows: number; verifySeconds: number };
  seedSeconds: number;
}

interface PolicyInfo {
  id: string;
  paid: boolean;
  capFen: number | null;
  company: boolean;
}

type Step = TransitionAction | 'create' | 'assigned';

interface SeedApplication {
  index: number;
  id: string;
  reference: string;
  policy: PolicyInfo;
  personIndex: number;
  status: ApplicationStatus;
  path: readonly Step[];
  /** When each step of `path` happened (ms since epoch). */
  times: number[];
  amountFen: number | null;
  reviewer: string | null;
  budgetLine: number;
  paymentLine: { batch: number; lineNumber: number } | null;
}

/** A small deterministic generator (mulberry32), so every run seeds the same data. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly (readonly [T, number])[]) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1]![0];
    },
    shuffle: <T>(items: T[]) => {
      for (let index = items.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [items[index], items[other]] = [items[other]!, items[index]!];
      }
      return items;
    },
  };
}
type Random = ReturnType<typeof randomSource>;

// ---------------------------------------------------------------------------------------------
// Bulk writing

type Column = readonly [name: string, type: string];

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Buffers rows and writes them `BULK_ROWS` at a time as one `INSERT … SELECT FROM unnest(…)`:
 * one text array per column, cast to the column's type in SQL.
 */
class BulkWriter {
  private rows: unknown[][] = [];
  written = 0;
  private readonly statement: string;

  constructor(
    private readonly client: pg.ClientBase,
    table: string,
    private readonly columns: readonly Column[],
  ) {
    const names = columns.map(([name]) => name).join(', ');
    const casts = columns.map(([, type], index) => `c${index}::${type}`).join(', ');
    const arrays = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
    const aliases = columns.map((_, index) => `c${index}`).join(', ');
    this.statement = `insert into ${table} (${names}) select ${casts} from unnest(${arrays}) as u(${aliases})`;
  }

  async push(row: unknown[]) {
    this.rows.push(row);
    if (this.rows.length >= BULK_ROWS) await this.flush();
  }

  async flush() {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const parameters = this.columns.map((_, column) => rows.map((row) => asText(row[column])));
    await this.client.query(this.statement, parameters);
    this.written += rows.length;
  }
}

// ---------------------------------------------------------------------------------------------
// Applications and their history

const BEFORE_REVIEW: readonly Step[] = ['create', 'submit', 'screen', 'pass_screening'];
const PATHS: Record<string, readonly Step[]> = {
  draft: ['create'],
  submitted: ['create', 'submit'],
  withdrawn: ['create', 'submit', 'withdraw'],
  in_review: BEFORE_REVIEW,
  rejected: [...BEFORE_REVIEW, 'reject'],
  appealed: [...BEFORE_REVIEW, 'reject', 'appeal'],
  closedRejected: [...BEFORE_REVIEW, 'reject', 'close'],
  closedApproved: [...BEFORE_REVIEW, 'approve', 'close'],
  approved: [...BEFORE_REVIEW, 'approve'],
  payment_scheduled: [...BEFORE_REVIEW, 'approve', 'schedule_payment'],
  paid: [...BEFORE_REVIEW, 'approve', 'schedule_payment', 'record_paid'],
};

/** The path with an officer's assignment note after screening (hidden from the applicant). */
function withAssignment(path: readonly Step[]): readonly Step[] {
  const at = path.indexOf('pass_screening');
  return at < 0 ? path : [...path.slice(0, at + 1), 'assigned', ...path.slice(at + 1)];
}

/** Days after the previous step that each step typically happens. */
function delayOf(step: Step, random: Random): number {
  switch (step) {
    case 'create':
      return 0;
    case 'submit':
      return (0.5 + random.next() * 6) * DAY_MS;
    case 'screen':
      return 60_000;
    case 'pass_screening':
      return 120_000;
    case 'assigned':
      return (0.2 + random.next() * 2) * DAY_MS;
    case 'approve':
    case 'reject':
      return (3 + random.next() * 15) * DAY_MS;
    case 'appeal':
      return (2 + random.next() * 10) * DAY_MS;
    case 'close':
      return (15 + random.next() * 20) * DAY_MS;
    case 'withdraw':
      return (1 + random.next() * 10) * DAY_MS;
    default:
      // schedule_payment and record_paid follow the payment batch (set later).
      return (1 + random.next() * 5) * DAY_MS;
  }
}

/** What the timeline event and the audit row of one step say. */
function stepFacts(step: Step, path: readonly Step[], position: number) {
  const toStatus: Record<Step, ApplicationStatus> = {
    create: 'draft',
    submit: 'submitted',
    screen: 'screening',
    pass_screening: 'in_review',
    fail_screening: 'returned',
    assigned: 'in_review',
    approve: 'approved',
    reject: 'rejected',
    return: 'returned',
    withdraw: 'withdrawn',
    appeal: 'appealed',
    grant_appeal: 'in_review',
    dismiss_appeal: 'closed',
    revoke: 'rejected',
    schedule_payment: 'payment_scheduled',
    record_paid: 'paid',
    record_failed: 'payment_failed',
    close: 'closed',
  };
  const previous = position > 0 ? path[position - 1]! : null;
  const fromStatus = previous === null ? null : toStatus[previous];
  const actorKind: 'applicant' | 'officer' | 'system' =
    step === 'create' || step === 'submit' || step === 'withdraw' || step === 'appeal'
      ? 'applicant'
      : step === 'screen' || step === 'pass_screening' || step === 'close'
        ? 'system'
        : 'officer';
  const auditAction =
    step === 'create'
      ? 'application.created'
      : step === 'assigned'
        ? 'application.assigned'
        : transitionAuditActions[step];
  return { toStatus: toStatus[step], fromStatus, actorKind, auditAction };
}

interface Officers {
  reviewer: { id: string; email: string };
  finance: { id: string; email: string };
  customs: { id: string; email: string };
  admin: { id: string; email: string };
  otherReviewers: { id: string; email: string }[];
}

async function createOfficers(database: Awaited<ReturnType<typeof openDatabase>>) {
  const now = new Date();
  const make = async (label: string, roles: Role[]) => {
    const account = (await insertAccount(database.db, {
      email: `${label}@bench.opchub.cn`,
      // NOTE: nobody signs in with a password during the benchmark; sessions are made directly.
      passwordHash: 'bench-account-no-login',
      displayName: label,
    }))!;
    for (const role of roles) await insertRole(database.db, account.id, role, null);
    return account;
  };
  const reviewer = await make('bench-reviewer', ['reviewer']);
  const finance = await make('bench-finance', ['finance_officer']);
  const customs = await make('bench-customs', ['customs_officer']);
  const admin = await make('bench-admin', ['admin']);
  const otherReviewers = [];
  for (let index = 0; index < 9; index += 1)
    otherReviewers.push(await make(`bench-reviewer-${index + 1}`, ['reviewer']));
  // Sessions the way a sign-in makes them: only the SHA-256 of the cookie value is stored.
  const sessionOf = async (accountId: string) => {
    const token = generateSecret();
    await insertSession(database.db, {
      tokenHash: hashToken(token),
      accountId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 12 * 3_600_000),
      userAgent: 'bench:scale',
      ipAddress: '127.0.0.1',
    });
    return token;
  };
  const sessions: OfficerSessions = {
    reviewer: await sessionOf(reviewer.id),
    finance: await sessionOf(finance.id),
    customs: await sessionOf(customs.id),
    admin: await sessionOf(admin.id),
  };
  const officers: Officers = { reviewer, finance, customs, admin, otherReviewers };
  return { officers, sessions };
}

function personName(index: number) {
  const surname = SURNAMES[index % SURNAMES.length]!;
  const first = GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length]!;
  const second = GIVEN[Math.floor(index / (SURNAMES.length * GIVEN.length)) % GIVEN.length]!;
  return `${surname}${first}${second}`;
}

function organisationName(index: number) {
  const a = COMPANY_WORDS[index % COMPANY_WORDS.length]!;
  const b = COMPANY_WORDS[Math.floor(index / COMPANY_WORDS.length) % COMPANY_WORDS.length]!;
  return `深圳${a}${b}智能科技有限公司（${index + 1}）`;
}

function creditCode(index: number) {
  return `91440300${index.toString(36).toUpperCase().padStart(9, '0')}X`;
}

/**
 * Seeds a fresh, migrated database at `url` with `applications` applications and everything
 * that comes with them. `anchoring` is the audit anchor configuration the server will run with:
 * the seeded chain is anchored with it. `log` reports progress.
 */
export async function seedScale(options: {
  url: string;
  applications: number;
  anchoring: AuditAnchorConfig;
  log: (line: string) => void;
}): Promise<ScaleFixture> {
  const { url, log } = options;
  const started = performance.now();
  const scale = options.applications / 100_000;
  const count = (atFullScale: number) => Math.max(1, Math.round(atFullScale * scale));
  const random = randomSource(20_261_207);
  const now = Date.now();
  const historyStart = now - HISTORY_MS;

  const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    log('  migrating and loading the Hetao working list (project code)…');
    await database.migrate();
    await ensureWorkingList(database.db);
    const { officers, sessions } = await createOfficers(database);
    const policies: PolicyInfo[] = (await listPolicySummaries(systemContext(database.db, 'bench')))
      .filter((policy) => policy.audience !== 'importer' && policy.benefitKind !== 'allowance')
      .map((policy) => ({
        id: policy.id,
        paid: policy.paidByPlatform && policy.capFen !== null,
        capFen: policy.capFen,
        company: policy.audience === 'company',
      }));
    const paidPolicies = policies.filter((policy) => policy.paid);
    const otherPolicies = policies.filter((policy) => !policy.paid);
    // Popular programmes get more applications.
    const paidWeights = paidPolicies.map((policy, index) => [policy, 30 / (index + 1)] as const);
    const otherWeights = otherPolicies.map((policy, index) => [policy, 20 / (index + 1)] as const);

    // People, accounts, organisations, memberships -------------------------------------------
    const peopleCount = count(VOLUMES_AT_100K.people);
    const organisationCount = Math.min(peopleCount, count(VOLUMES_AT_100K.organisations));
    log(
      `  ${peopleCount.toLocaleString('en')} people with accounts, ${organisationCount.toLocaleString('en')} organisations…`,
    );
    const accountIds = Array.from({ length: peopleCount }, () => randomUUID());
    const personIds = Array.from({ length: peopleCount }, () => randomUUID());
    const organisationIds = Array.from({ length: organisationCount }, () => randomUUID());
    // Each person registered some time in the first two years of the history.
    const registeredAt = Array.from(
      { length: peopleCount },
      (_, index) => historyStart + (index / peopleCount) * (2 * 365 * DAY_MS),
    );
    const accountWriter = new BulkWriter(client, 'accounts', [
      ['id', 'uuid'],
      ['email', 'text'],
      ['password_hash', 'text'],
      ['display_name', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ]);
    const roleWriter = new BulkWriter(client, 'account_roles', [
      ['account_id', 'uuid'],
      ['role', 'role'],
    ]);
    const personWriter = new BulkWriter(client, 'people', [
      ['id', 'uuid'],
      ['account_id', 'uuid'],
      ['full_name', 'text'],
      ['phone', 'text'],
      ['contact_email', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ]);
    for (let index = 0; index < peopleCount; index += 1) {
      const at = new Date(registeredAt[index]!);
      const email = `applicant-${index}@bench.opchub.cn`;
      await accountWriter.push([
        accountIds[index],
        email,
        'bench-account-no-login',
        personName(index),
        at,
        at,
      ]);
      await roleWriter.push([accountIds[index], 'founder']);
      await personWriter.push([
        personIds[index],
        accountIds[index],
        personName(index),
        `138${String(index).padStart(8, '0')}`,
        email,
        at,
        at,
      ]);
    }
    await accountWriter.flush();
    await roleWriter.flush();
    await personWriter.flush();
    const organisationWriter = new BulkWriter(client, 'organisations', [
      ['id', 'uuid'],
      ['credit_code', 'text'],
      ['name', 'text'],
      ['kind', 'organisation_kind'],
      ['registered_address', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ]);
    const membershipWriter = new BulkWriter(client, 'memberships', [
      ['person_id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['role', 'membership_role'],
      ['created_at', 'timestamptz'],
    ]);
    // Person i < organisationCount founded organisation i; some others are members of one.
    for (let index = 0; index < organisationCount; index += 1) {
      const at = new Date(registeredAt[index]! + DAY_MS);
      await organisationWriter.push([
        organisationIds[index],
        creditCode(index),
        organisationName(index),
        index % 20 === 0 ? 'research_institution' : 'company',
        `深圳市南山区粤海街道科技园 ${index + 1} 号`,
        accountIds[index],
        at,
        at,
      ]);
      await membershipWriter.push([personIds[index], organisationIds[index], 'founder', at]);
    }
    await organisationWriter.flush();
    for (let index = organisationCount; index < peopleCount; index += 2) {
      await membershipWriter.push([
        personIds[index],
        organisationIds[index % organisationCount],
        'member',
        new Date(registeredAt[index]! + 2 * DAY_MS),
      ]);
    }
    await membershipWriter.flush();

    // Applications: statuses, policies, times ------------------------------------------------
    const applicationCount = options.applications;
    const statuses: ApplicationStatus[] = [];
    for (const [status, atFull] of Object.entries(STATUSES_AT_100K))
      for (let index = 0; index < Math.round(atFull * scale); index += 1)
        statuses.push(status as ApplicationStatus);
    while (statuses.length < applicationCount) statuses.push('closed');
    statuses.length = applicationCount;
    // The open ones (and some paid and drafts) are the newest ~12 %; the rest spread over years.
    const open = new Set<ApplicationStatus>([
      'submitted',
      'in_review',
      'appealed',
      'approved',
      'payment_scheduled',
    ]);
    const newest = random.shuffle([
      ...statuses.filter((status) => open.has(status)),
      ...Array.from({ length: Math.round(2_500 * scale) }, (): ApplicationStatus => 'draft'),
      ...Array.from({ length: Math.round(2_500 * scale) }, (): ApplicationStatus => 'paid'),
    ]);
    const restCounts = new Map<ApplicationStatus, number>();
    for (const status of statuses) restCounts.set(status, (restCounts.get(status) ?? 0) + 1);
    for (const status of newest) restCounts.set(status, restCounts.get(status)! - 1);
    const older = random.shuffle(
      [...restCounts].flatMap(([status, left]) =>
        Array.from({ length: Math.max(0, left) }, () => status),
      ),
    );
    const ordered = [...older, ...newest];

    const targetEvents = count(VOLUMES_AT_100K.timelineEvents);
    const applicationsList: SeedApplication[] = [];
    let plannedEvents = 0;
    const newestFrom = older.length;
    for (let index = 0; index < applicationCount; index += 1) {
      const status = ordered[index]!;
      const moneyPath =
        status === 'paid' || status === 'payment_scheduled' || status === 'approved';
      const policy = moneyPath
        ? random.weighted(paidWeights)
        : random.next() < 0.6
          ? random.weighted(paidWeights)
          : random.weighted(otherWeights);
      const personIndex = policy.company ? random.int(organisationCount) : random.int(peopleCount);
      const path =
        status === 'closed'
          ? policy.paid
            ? PATHS.closedRejected!
            : PATHS.closedApproved!
          : PATHS[status]!;
      plannedEvents += path.length;
      const createdAt =
        index < newestFrom
          ? historyStart + 60 * DAY_MS + (index / newestFrom) * (HISTORY_MS - 120 * DAY_MS)
          : now - (45 - ((index - newestFrom) / (applicationCount - newestFrom)) * 44) * DAY_MS;
      const amountFen =
        policy.paid && policy.capFen !== null
          ? Math.max(
              100_00,
              Math.round((policy.capFen * (0.2 + random.next() * 0.8)) / 100_00) * 100_00,
            )
          : null;
      applicationsList.push({
        index,
        id: randomUUID(),
        reference: `OPC-${String(index + 1).padStart(6, '0')}`,
        policy,
        personIndex: Math.max(personIndex, 0),
        status,
        path,
        times: [createdAt],
        amountFen,
        reviewer: null,
        budgetLine: -1,
        paymentLine: null,
      });
    }
    // Assignment notes make up the rest of the timeline volume.
    let notesLeft = Math.max(0, targetEvents - plannedEvents);
    for (const application of applicationsList) {
      if (notesLeft === 0) break;
      if (!application.path.includes('pass_screening')) continue;
      application.path = withAssignment(application.path);
      notesLeft -= 1;
    }
    // Times of the steps, and who reviews the ones in review.
    const reviewers = [officers.reviewer, ...officers.otherReviewers];
    for (const application of applicationsList) {
      let at = application.times[0]!;
      for (let position = 1; position < application.path.length; position += 1) {
        at = Math.min(now - 60_000, at + delayOf(application.path[position]!, random));
        application.times.push(at);
      }
      if (application.status === 'in_review' || application.path.includes('assigned')) {
        const roll = random.next();
        application.reviewer =
          roll < 0.34 ? null : roll < 0.67 ? officers.reviewer.id : random.pick(reviewers).id;
      }
    }

    // Payment batches: lines in order of approval, LINES_PER_BATCH a batch ------------------
    const toPay = applicationsList
      .filter((row) => row.status === 'paid' || row.status === 'payment_scheduled')
      .sort((a, b) => a.times[a.path.indexOf('approve')]! - b.times[b.path.indexOf('approve')]!);
    const batches: { id: string; reference: string; at: number; importedAt: number | null }[] = [];
    for (let start = 0; start < toPay.length; start += LINES_PER_BATCH) {
      const chunk = toPay.slice(start, start + LINES_PER_BATCH);
      const lastApproval = Math.max(...chunk.map((row) => row.times[row.path.indexOf('approve')]!));
      const at = Math.min(now - 120_000, lastApproval + DAY_MS);
      const importedAt = chunk.some((row) => row.status === 'paid')
        ? Math.min(now - 60_000, at + 3 * DAY_MS)
        : null;
      const number = batches.length;
      batches.push({
        id: randomUUID(),
        reference: `PAY-${new Date(at).toISOString().slice(0, 10).replace(/-/g, '')}-${String(number + 1).padStart(4, '0')}`,
        at,
        importedAt,
      });
      chunk.forEach((row, position) => {
        row.paymentLine = { batch: number, lineNumber: position + 1 };
        const scheduleAt = row.path.indexOf('schedule_payment');
        row.times[scheduleAt] = Math.max(row.times[scheduleAt - 1]!, at);
        const paidAt = row.path.indexOf('record_paid');
        if (paidAt >= 0) row.times[paidAt] = Math.max(row.times[scheduleAt]!, importedAt ?? at);
      });
    }

    // Budget lines: one per paid policy and year of approval --------------------------------
    const lineKeys = new Map<string, number>();
    const lines: {
      id: string;
      policyId: string;
      year: number;
      reserved: number;
      consumed: number;
      movements: number;
    }[] = [];
    for (const application of applicationsList) {
      const approveAt = application.path.indexOf('approve');
      if (approveAt < 0 || !application.policy.paid || application.amountFen === null) continue;
      const year = budgetYearOf(new Date(application.times[approveAt]!));
      const key = `${application.policy.id}:${year}`;
      let line = lineKeys.get(key);
      if (line === undefined) {
        line = lines.length;
        lineKeys.set(key, line);
        lines.push({
          id: randomUUID(),
          policyId: application.policy.id,
          year,
          reserved: 0,
          consumed: 0,
          movements: 0,
        });
      }
      application.budgetLine = line;
    }

    log(
      `  ${applicationCount.toLocaleString('en')} applications, their timelines, budget movements and payment lines…`,
    );
    const applicationWriter = new BulkWriter(client, 'applications', [
      ['id', 'uuid'],
      ['reference', 'text'],
      ['policy_id', 'text'],
      ['applicant_account_id', 'uuid'],
      ['applicant_person_id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['claim_subject', 'text'],
      ['status', 'application_status'],
      ['facts', 'jsonb'],
      ['requested_amount_fen', 'bigint'],
      ['payee', 'jsonb'],
      ['cap_fen', 'bigint'],
      ['paid_by_platform', 'boolean'],
      ['assigned_reviewer_id', 'uuid'],
      ['assigned_at', 'timestamptz'],
      ['recommendation', 'jsonb'],
      ['decided_by', 'uuid'],
      ['decided_at', 'timestamptz'],
      ['decision_reasons', 'text'],
      ['approved_amount_fen', 'bigint'],
      ['budget_line_id', 'uuid'],
      ['appeal_deadline', 'timestamptz'],
      ['appeal_count', 'integer'],
      ['submitted_at', 'timestamptz'],
      ['due_on', 'date'],
      ['paid_at', 'timestamptz'],
      ['closed_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ]);
    const eventWriter = new BulkWriter(client, 'application_events', [
      ['application_id', 'uuid'],
      ['occurred_at', 'timestamptz'],
      ['action', 'text'],
      ['from_status', 'application_status'],
      ['to_status', 'application_status'],
      ['actor_account_id', 'uuid'],
      ['actor_kind', 'text'],
      ['details', 'jsonb'],
      ['visible_to_applicant', 'boolean'],
    ]);
    const movementWriter = new BulkWriter(client, 'budget_movements', [
      ['budget_line_id', 'uuid'],
      ['application_id', 'uuid'],
      ['kind', 'text'],
      ['amount_fen', 'bigint'],
      ['actor_account_id', 'uuid'],
      ['occurred_at', 'timestamptz'],
    ]);
    const lineWriter = new BulkWriter(client, 'payment_lines', [
      ['batch_id', 'uuid'],
      ['line_number', 'integer'],
      ['application_id', 'uuid'],
      ['application_reference', 'text'],
      ['amount_fen', 'bigint'],
      ['payee_name', 'text'],
      ['bank_name', 'text'],
      ['account_number', 'text'],
      ['status', 'text'],
      ['bank_reference', 'text'],
      ['resolved_at', 'timestamptz'],
    ]);
    const batchTotals = batches.map(() => ({ totalFen: 0, lineCount: 0 }));
    const actorOf = (application: SeedApplication, step: Step) => {
      const { actorKind } = stepFacts(step, application.path, 0);
      if (actorKind === 'applicant') return accountIds[application.personIndex]!;
      if (actorKind === 'system') return null;
      if (step === 'schedule_payment' || step === 'record_paid') return officers.finance.id;
      return application.reviewer ?? officers.otherReviewers[application.index % 9]!.id;
    };
    const detailsOf = (application: SeedApplication, step: Step): Record<string, unknown> => {
      if (step === 'create') return { policyId: application.policy.id };
      if (step === 'approve') return { amountFen: application.amountFen };
      if (step === 'reject') return { reasons: '不符合申报条件（bench）' };
      if (step === 'assigned')
        return { reviewerAccountId: application.reviewer ?? officers.otherReviewers[0]!.id };
      if (step === 'schedule_payment' && application.paymentLine)
        return { batchId: batches[application.paymentLine.batch]!.id };
      return {};
    };
    // Budget lines and batches are written between the two passes: after the totals are known,
    // before the movements and payment lines that point at them.
    const writeBudgetLinesAndBatches = async () => {
      const budgetWriter = new BulkWriter(client, 'budget_lines', [
        ['id', 'uuid'],
        ['policy_id', 'text'],
        ['year', 'integer'],
        ['total_fen', 'bigint'],
        ['reserved_fen', 'bigint'],
        ['consumed_fen', 'bigint'],
        ['note', 'text'],
        ['created_by', 'uuid'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ]);
      for (const line of lines) {
        const committed = line.reserved + line.consumed;
        const at = new Date(Date.UTC(line.year, 0, 2));
        await budgetWriter.push([
          line.id,
          line.policyId,
          line.year,
          Math.ceil((committed * 1.25) / 100_000_00) * 100_000_00,
          line.reserved,
          line.consumed,
          `${line.year} 年度预算（bench）`,
          officers.admin.id,
          at,
          at,
        ]);
      }
      await budgetWriter.flush();
      const batchWriter = new BulkWriter(client, 'payment_batches', [
        ['id', 'uuid'],
        ['reference', 'text'],
        ['total_fen', 'bigint'],
        ['line_count', 'integer'],
        ['created_by', 'uuid'],
        ['created_at', 'timestamptz'],
        ['exported_at', 'timestamptz'],
        ['last_import_at', 'timestamptz'],
      ]);
      for (const [index, batch] of batches.entries()) {
        await batchWriter.push([
          batch.id,
          batch.reference,
          batchTotals[index]!.totalFen,
          batchTotals[index]!.lineCount,
          officers.finance.id,
          new Date(batch.at),
          new Date(batch.at + 3_600_000),
          batch.importedAt === null ? null : new Date(batch.importedAt),
        ]);
      }
      await batchWriter.flush();
    };
    for (const pass of ['applications', 'history'] as const) {
      if (pass === 'history') {
        await applicationWriter.flush();
        await writeBudgetLinesAndBatches();
      }
      for (const application of applicationsList) {
        const { path, times } = application;
        const at = (step: Step) => {
          const position = path.indexOf(step);
          return position < 0 ? null : new Date(times[position]!);
        };
        const submittedAt = at('submit');
        const decidedAt = at('approve') ?? at('reject');
        const approved = path.includes('approve');
        const payee = application.policy.paid
          ? {
              accountName: personName(application.personIndex),
              bankName: '中国银行深圳分行',
              accountNumber: `6217${String(application.index).padStart(12, '0')}`,
            }
          : null;
        const inReview = application.status === 'in_review';
        const dueOn =
          submittedAt &&
          (inReview || application.status === 'submitted' || application.status === 'appealed')
            ? new Date(submittedAt.getTime() + 21 * DAY_MS).toISOString().slice(0, 10)
            : null;
        const line = application.budgetLine >= 0 ? lines[application.budgetLine]! : null;
        const lastAt = new Date(times[times.length - 1]!);
        const approvedAmount = approved && application.policy.paid ? application.amountFen : null;
        if (pass === 'applications')
          await applicationWriter.push([
            application.id,
            application.reference,
            application.policy.id,
            accountIds[application.personIndex],
            personIds[application.personIndex],
            application.policy.company ? organisationIds[application.personIndex] : null,
            application.policy.company ? 'organisation' : 'person',
            application.status,
            { employees: 1 + (application.index % 9), registeredInShenzhen: true },
            application.amountFen,
            payee,
            application.policy.capFen,
            application.policy.paid,
            application.reviewer,
            application.reviewer ? (at('assigned') ?? at('pass_screening')) : null,
            inReview && application.index % 2 === 0
              ? {
                  action: 'approve',
                  amountFen: application.amountFen,
                  note: '材料齐全，建议批准（bench）',
                  byAccountId: officers.otherReviewers[application.index % 9]!.id,
                  at: lastAt.toISOString(),
                }
              : null,
            decidedAt ? actorOf(application, approved ? 'approve' : 'reject') : null,
            decidedAt,
            path.includes('reject') ? '不符合申报条件（bench）' : null,
            approvedAmount,
            approvedAmount !== null && line ? line.id : null,
            path.includes('reject') && decidedAt
              ? new Date(decidedAt.getTime() + 15 * DAY_MS)
              : null,
            path.includes('appeal') ? 1 : 0,
            submittedAt,
            dueOn,
            at('record_paid'),
            at('close'),
            new Date(times[0]!),
            lastAt,
          ]);
        if (pass === 'history')
          for (let position = 0; position < path.length; position += 1) {
            const step = path[position]!;
            const facts = stepFacts(step, path, position);
            await eventWriter.push([
              application.id,
              new Date(times[position]!),
              step,
              facts.fromStatus,
              facts.toStatus,
              actorOf(application, step),
              facts.actorKind,
              detailsOf(application, step),
              step !== 'assigned',
            ]);
          }
        if (approvedAmount !== null && line) {
          if (pass === 'applications') {
            line.reserved += approvedAmount;
            line.movements += 1;
            if (application.status === 'paid') {
              // A payment turns the reservation into consumption.
              line.reserved -= approvedAmount;
              line.consumed += approvedAmount;
              line.movements += 1;
            }
          } else
            await movementWriter.push([
              line.id,
              application.id,
              'reserve',
              approvedAmount,
              actorOf(application, 'approve'),
              at('approve'),
            ]);
          if (pass === 'history' && application.status === 'paid') {
            await movementWriter.push([
              line.id,
              application.id,
              'consume',
              approvedAmount,
              officers.finance.id,
              at('record_paid'),
            ]);
          }
        }
        if (application.paymentLine && approvedAmount !== null && payee) {
          const paid = application.status === 'paid';
          const batch = batchTotals[application.paymentLine.batch]!;
          if (pass === 'applications') {
            batch.totalFen += approvedAmount;
            batch.lineCount += 1;
          } else
            await lineWriter.push([
              batches[application.paymentLine.batch]!.id,
              application.paymentLine.lineNumber,
              application.id,
              application.reference,
              approvedAmount,
              payee.accountName,
              payee.bankName,
              payee.accountNumber,
              paid ? 'paid' : 'scheduled',
              paid ? `BK${String(application.index).padStart(10, '0')}` : null,
              paid ? at('record_paid') : null,
            ]);
        }
      }
    }
    await eventWriter.flush();
    await movementWriter.flush();
    await lineWriter.flush();
    // The reference sequence continues after the seeded references.
    await client.query(`select setval('application_reference_seq', $1)`, [applicationCount]);
    log(
      `    ${eventWriter.written.toLocaleString('en')} timeline events, ${movementWriter.written.toLocaleString('en')} budget movements, ${lineWriter.written.toLocaleString('en')} payment lines in ${batches.length} batches`,
    );

    // Hetao questions and precedents ---------------------------------------------------------
    const precedentCount = count(VOLUMES_AT_100K.precedents);
    log(
      `  ${precedentCount.toLocaleString('en')} Hetao questions answered and published as precedents…`,
    );
    const { rows: listItems } = await client.query<{
      version_id: string;
      item_id: string;
      name: string;
    }>(
      `select i.version_id, i.item_id, i.name_zh_hans as name from hetao_list_items i
         join hetao_list_versions v on v.id = i.version_id where v.status = 'published' order by i.position`,
    );
    const questionIds = Array.from({ length: precedentCount }, () => randomUUID());
    const precedentTimes = Array.from(
      { length: precedentCount },
      (_, index) =>
        historyStart + 90 * DAY_MS + (index / precedentCount) * (HISTORY_MS - 100 * DAY_MS),
    );
    const questionWriter = new BulkWriter(client, 'hetao_questions', [
      ['id', 'uuid'],
      ['asker_account_id', 'uuid'],
      ['asker_person_id', 'uuid'],
      ['organisation_id', 'uuid'],
      ['description', 'text'],
      ['proposed_code', 'text'],
      ['status', 'hetao_question_status'],
      ['due_on', 'date'],
      ['answer_code', 'text'],
      ['answer_covered', 'boolean'],
      ['answer_reasoning', 'text'],
      ['answer_list_version_id', 'uuid'],
      ['answer_list_item_id', 'text'],
      ['answered_by', 'uuid'],
      ['answered_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ]);
    const precedentWriter = new BulkWriter(client, 'hetao_precedents', [
      ['question_id', 'uuid'],
      ['question', 'text'],
      ['hs_code', 'text'],
      ['covered', 'boolean'],
      ['reasoning', 'text'],
      ['list_version_id', 'uuid'],
      ['list_item_id', 'text'],
      ['published_at', 'timestamptz'],
      ['published_by', 'uuid'],
    ]);
    const hsCodes = ['9027', '9030', '9031', '8471', '8543', '9012', '8486', '9018'];
    const precedentFacts = questionIds.map((id, index) => {
      const item = listItems.length > 0 ? listItems[index % listItems.length]! : null;
      const hsCode = `${hsCodes[index % hsCodes.length]}${String(10 + (index % 90))}${String(index % 100).padStart(2, '0')}`;
      const covered = index % 4 !== 0;
      const asked = precedentTimes[index]! - 7 * DAY_MS;
      const answered = precedentTimes[index]! - DAY_MS;
      return {
        id,
        item,
        hsCode,
        covered,
        asked,
        answered,
        organisation: index % organisationCount,
      };
    });
    for (const [index, fact] of precedentFacts.entries()) {
      const description = `进口科研用${fact.item?.name ?? '仪器'}一台，用于实验室研究，型号 BX-${fact.organisation}`;
      const reasoning = fact.covered
        ? `该货品属于清单所列${fact.item?.name ?? '科研设备'}，用途为科研，符合免税条件。`
        : '该货品用途为生产经营，不属于清单所列科研用品。';
      await questionWriter.push([
        fact.id,
        accountIds[fact.organisation],
        personIds[fact.organisation],
        organisationIds[fact.organisation],
        description,
        fact.hsCode,
        'published',
        new Date(fact.asked + 7 * DAY_MS).toISOString().slice(0, 10),
        fact.hsCode,
        fact.covered,
        reasoning,
        fact.item?.version_id ?? null,
        fact.item?.item_id ?? null,
        officers.customs.id,
        new Date(fact.answered),
        new Date(fact.asked),
        new Date(fact.answered),
      ]);
      await precedentWriter.push([
        fact.id,
        description.replace(/BX-\d+/, 'BX-***'),
        fact.hsCode,
        fact.covered,
        reasoning,
        fact.item?.version_id ?? null,
        fact.item?.item_id ?? null,
        new Date(precedentTimes[index]!),
        officers.customs.id,
      ]);
    }
    await questionWriter.flush();
    await precedentWriter.flush();

    // The audit trail ------------------------------------------------------------------------
    const auditTarget = count(VOLUMES_AT_100K.auditRows);
    const head = (await readAuditHead(database.db))!;
    const audit = new AuditPlan(auditTarget);
    for (const application of applicationsList)
      for (let position = 0; position < application.path.length; position += 1)
        audit.add(
          application.times[position]!,
          AuditKind.ApplicationStep,
          application.index,
          position,
        );
    for (let index = 0; index < peopleCount; index += 1) {
      audit.add(registeredAt[index]!, AuditKind.AccountRegistered, index, 0);
      audit.add(registeredAt[index]! + 1000, AuditKind.PersonCreated, index, 0);
    }
    for (let index = 0; index < organisationCount; index += 1)
      audit.add(registeredAt[index]! + DAY_MS, AuditKind.OrganisationRegistered, index, 0);
    for (const [index, fact] of precedentFacts.entries()) {
      audit.add(fact.asked, AuditKind.QuestionAsked, index, 0);
      audit.add(fact.answered, AuditKind.QuestionAnswered, index, 0);
      audit.add(precedentTimes[index]!, AuditKind.PrecedentPublished, index, 0);
    }
    for (const [index, batch] of batches.entries()) {
      audit.add(batch.at, AuditKind.BatchCreated, index, 0);
      if (batch.importedAt !== null) audit.add(batch.importedAt, AuditKind.BatchImported, index, 0);
    }
    for (const [index, line] of lines.entries())
      audit.add(Date.UTC(line.year, 0, 2), AuditKind.BudgetLineCreated, index, 0);
    // The rest: sign-ins and saved drafts, spread over the history.
    while (audit.size < auditTarget) {
      if (random.next() < 0.6) {
        const person = random.int(peopleCount);
        audit.add(
          registeredAt[person]! + random.next() * (now - 120_000 - registeredAt[person]!),
          AuditKind.SessionCreated,
          person,
          0,
        );
      } else {
        const application = applicationsList[random.int(applicationCount)]!;
        const until = application.times[1] ?? application.times[0]! + DAY_MS;
        audit.add(
          application.times[0]! +
            random.next() * Math.max(0, Math.min(until, now - 120_000) - application.times[0]!),
          AuditKind.DraftSaved,
          application.index,
          0,
        );
      }
    }
    log(`  ${auditTarget.toLocaleString('en')} audit rows, hash-chained in order (hashAuditRow)…`);
    const auditWriter = new BulkWriter(client, 'audit_log', [
      ['seq', 'bigint'],
      ['occurred_at', 'timestamptz'],
      ['actor_account_id', 'uuid'],
      ['actor_label', 'text'],
      ['action', 'text'],
      ['subject_type', 'text'],
      ['subject_id', 'text'],
      ['before', 'jsonb'],
      ['after', 'jsonb'],
      ['request_id', 'text'],
      ['prev_hash', 'text'],
      ['hash', 'text'],
    ]);
    const describe = (kind: AuditKind, ref: number, extra: number): AuditEntry => {
      switch (kind) {
        case AuditKind.ApplicationStep: {
          const application = applicationsList[ref]!;
          const step = application.path[extra]!;
          const facts = stepFacts(step, application.path, extra);
          const actor = actorOf(application, step);
          const details = detailsOf(application, step);
          return {
            actorAccountId: actor,
            actorLabel:
              facts.actorKind === 'applicant'
                ? `applicant-${application.personIndex}@bench.opchub.cn`
                : actorLabel(actor),
            action: facts.auditAction,
            subjectType: 'application',
            subjectId: application.id,
            before: step === 'create' || step === 'assigned' ? null : { status: facts.fromStatus },
            after:
              step === 'create'
                ? {
                    policyId: application.policy.id,
                    organisationId: application.policy.company
                      ? organisationIds[application.personIndex]!
                      : null,
                    claimSubject: application.policy.company ? 'organisation' : 'person',
                  }
                : step === 'assigned'
                  ? details
                  : { status: facts.toStatus, ...details },
          };
        }
        case AuditKind.AccountRegistered:
          return {
            actorAccountId: accountIds[ref]!,
            actorLabel: `applicant-${ref}@bench.opchub.cn`,
            action: 'account.registered',
            subjectType: 'account',
            subjectId: accountIds[ref]!,
            before: null,
            after: { email: `applicant-${ref}@bench.opchub.cn` },
          };
        case AuditKind.PersonCreated:
          return {
            actorAccountId: accountIds[ref]!,
            actorLabel: `applicant-${ref}@bench.opchub.cn`,
            action: 'person.created',
            subjectType: 'person',
            subjectId: personIds[ref]!,
            before: null,
            after: { fullName: personName(ref) },
          };
        case AuditKind.OrganisationRegistered:
          return {
            actorAccountId: accountIds[ref]!,
            actorLabel: `applicant-${ref}@bench.opchub.cn`,
            action: 'organisation.registered',
            subjectType: 'organisation',
            subjectId: organisationIds[ref]!,
            before: null,
            after: { creditCode: creditCode(ref), name: organisationName(ref) },
          };
        case AuditKind.QuestionAsked:
        case AuditKind.QuestionAnswered:
        case AuditKind.PrecedentPublished: {
          const fact = precedentFacts[ref]!;
          const asker = kind === AuditKind.QuestionAsked;
          return {
            actorAccountId: asker ? accountIds[fact.organisation]! : officers.customs.id,
            actorLabel: asker
              ? `applicant-${fact.organisation}@bench.opchub.cn`
              : officers.customs.email,
            action: asker
              ? 'hetao.question.asked'
              : kind === AuditKind.QuestionAnswered
                ? 'hetao.question.answered'
                : 'hetao.question.precedent_published',
            subjectType: 'hetao_question',
            subjectId: fact.id,
            before: null,
            after: asker
              ? { proposedCode: fact.hsCode }
              : { answerCode: fact.hsCode, covered: fact.covered },
          };
        }
        case AuditKind.BatchCreated:
        case AuditKind.BatchImported: {
          const batch = batches[ref]!;
          return {
            actorAccountId: officers.finance.id,
            actorLabel: officers.finance.email,
            action:
              kind === AuditKind.BatchCreated
                ? 'payment_batch.created'
                : 'payment_batch.result_imported',
            subjectType: 'payment_batch',
            subjectId: batch.id,
            before: null,
            after: { reference: batch.reference, ...batchTotals[ref] },
          };
        }
        case AuditKind.BudgetLineCreated: {
          const line = lines[ref]!;
          return {
            actorAccountId: officers.admin.id,
            actorLabel: officers.admin.email,
            action: 'budget_line.created',
            subjectType: 'budget_line',
            subjectId: line.id,
            before: null,
            after: { policyId: line.policyId, year: line.year },
          };
        }
        case AuditKind.SessionCreated:
          return {
            actorAccountId: accountIds[ref]!,
            actorLabel: `applicant-${ref}@bench.opchub.cn`,
            action: 'session.created',
            subjectType: 'account',
            subjectId: accountIds[ref]!,
            before: null,
            after: { ipAddress: `10.${ref % 250}.${extra % 250}.7`, knownDevice: true },
          };
        default: {
          const application = applicationsList[ref]!;
          return {
            actorAccountId: accountIds[application.personIndex]!,
            actorLabel: `applicant-${application.personIndex}@bench.opchub.cn`,
            action: 'application.draft_saved',
            subjectType: 'application',
            subjectId: application.id,
            before: null,
            after: { version: 2 },
          };
        }
      }
    };
    function actorLabel(accountId: string | null): string {
      if (accountId === null) return 'system:screening';
      if (accountId === officers.finance.id) return officers.finance.email;
      if (accountId === officers.reviewer.id) return officers.reviewer.email;
      const other = officers.otherReviewers.find((reviewer) => reviewer.id === accountId);
      return other ? other.email : 'bench-officer@bench.opchub.cn';
    }
    let seq = head.lastSeq;
    let prevHash = head.lastHash;
    const order = audit.chronological();
    for (let position = 0; position < order.length; position += 1) {
      const entry = order[position]!;
      const described = describe(
        audit.kinds[entry]! as AuditKind,
        audit.refs[entry]!,
        audit.extras[entry]!,
      );
      seq += 1;
      const row = {
        seq,
        occurredAt: new Date(Math.round(audit.times[entry]!)),
        actorAccountId: described.actorAccountId,
        actorLabel: described.actorLabel,
        action: described.action,
        subjectType: described.subjectType,
        subjectId: described.subjectId,
        // Stored exactly as hashed, as appendAuditEntry does.
        before: described.before === null ? null : toCanonicalValue(described.before),
        after: described.after === null ? null : toCanonicalValue(described.after),
        requestId: null,
        prevHash,
      };
      const hash = hashAuditRow(row);
      await auditWriter.push([
        row.seq,
        row.occurredAt,
        row.actorAccountId,
        row.actorLabel,
        row.action,
        row.subjectType,
        row.subjectId,
        row.before,
        row.after,
        null,
        row.prevHash,
        hash,
      ]);
      prevHash = hash;
      if (position % 200_000 === 199_999)
        log(`    ${(position + 1).toLocaleString('en')} audit rows written`);
    }
    await auditWriter.flush();
    await client.query('update audit_chain_head set last_seq = $1, last_hash = $2 where id = 1', [
      seq,
      prevHash,
    ]);

    log('  VACUUM ANALYZE…');
    await client.query('vacuum analyze');

    // Checks with the project's own code -----------------------------------------------------
    log(`  verifying the audit chain (verifyAuditChain over ${seq.toLocaleString('en')} rows)…`);
    const verifyStarted = performance.now();
    const verification = await verifyAuditChain(database.db);
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    if (!verification.ok)
      throw new Error(`the seeded audit chain does not verify: ${verification.reason}`);
    // Anchored the way the server's publisher does, so its start-up check starts from here.
    await publishAuditAnchor(database.db, options.anchoring, {
      since: { seq, hash: prevHash },
      force: true,
    });
    for (const line of lines) {
      const ledger = await sumMovements(database.db, line.id);
      if (ledger.reservedFen !== line.reserved || ledger.consumedFen !== line.consumed)
        throw new Error(`budget line ${line.policyId} ${line.year} does not reconcile`);
    }
    const { rows: badBatches } = await client.query(
      `select b.reference from payment_batches b left join payment_lines l on l.batch_id = b.id
        group by b.id having b.total_fen <> coalesce(sum(l.amount_fen), 0) or b.line_count <> count(l.id)`,
    );
    if (badBatches.length > 0)
      throw new Error(`${badBatches.length} payment batches do not add up`);

    const { rows: counted } = await client.query<{ name: string; rows: string }>(
      `select 'applications' as name, count(*) as rows from applications
       union all select 'people', count(*) from people
       union all select 'accounts', count(*) from accounts
       union all select 'organisations', count(*) from organisations
       union all select 'memberships', count(*) from memberships
       union all select 'application_events', count(*) from application_events
       union all select 'budget_lines', count(*) from budget_lines
       union all select 'budget_movements', count(*) from budget_movements
       union all select 'payment_batches', count(*) from payment_batches
       union all select 'payment_lines', count(*) from payment_lines
       union all select 'hetao_precedents', count(*) from hetao_precedents
       union all select 'audit_log', count(*) from audit_log
       union all select 'payable', count(*) from applications where status = 'approved' and paid_by_platform
       union all select 'open_queue', count(*) from applications where status in ('submitted', 'in_review', 'appealed')`,
    );
    const counts = Object.fromEntries(counted.map((row) => [row.name, Number(row.rows)]));
    const largest = lines.reduce((best, line) => (line.movements > best.movements ? line : best));
    return {
      sessions,
      openQueueTotal: counts.open_queue ?? 0,
      searchTerm: SURNAMES[7]!,
      largestBudgetLine: { id: largest.id, movements: largest.movements },
      counts,
      auditChain: { ok: verification.ok, rows: verification.rows, verifySeconds },
      seedSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The audit plan: what each row will record, kept compact (typed arrays) and sorted by time

const AuditKind = {
  ApplicationStep: 0,
  AccountRegistered: 1,
  PersonCreated: 2,
  OrganisationRegistered: 3,
  QuestionAsked: 4,
  QuestionAnswered: 5,
  PrecedentPublished: 6,
  BatchCreated: 7,
  BatchImported: 8,
  BudgetLineCreated: 9,
  SessionCreated: 10,
  DraftSaved: 11,
} as const;
type AuditKind = (typeof AuditKind)[keyof typeof AuditKind];

interface AuditEntry {
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

class AuditPlan {
  readonly times: Float64Array;
  readonly kinds: Uint8Array;
  readonly refs: Int32Array;
  readonly extras: Int32Array;
  size = 0;

  constructor(capacity: number) {
    // Room for the rows the data implies even when they exceed the target.
    const room = capacity * 2;
    this.times = new Float64Array(room);
    this.kinds = new Uint8Array(room);
    this.refs = new Int32Array(room);
    this.extras = new Int32Array(room);
  }

  add(time: number, kind: AuditKind, ref: number, extra: number) {
    if (this.size >= this.times.length) throw new Error('audit plan is full');
    this.times[this.size] = time;
    this.kinds[this.size] = kind;
    this.refs[this.size] = ref;
    this.extras[this.size] = extra;
    this.size += 1;
  }

  /** Entry indexes in the order the rows happened (ties in the order they were planned). */
  chronological(): Uint32Array {
    const order = new Uint32Array(this.size);
    for (let index = 0; index < this.size; index += 1) order[index] = index;
    const times = this.times;
    return order.sort((a, b) => times[a]! - times[b]! || a - b);
  }
}
