/**
 * `npm run bench:approvals` — parallel approvals racing for the last of a budget (issue #4 item 9).
 *
 * On a real PostgreSQL (see bench/postgres.ts), N applications wait in review, each recommended
 * for the same amount; the budget line covers only some of them. All N approvals are fired at
 * once through the real service (`decideApplication`: application row lock → `SELECT … FOR
 * UPDATE` on the budget line → reservation, claim, transition, audit row, notification). The
 * budget must end exactly spent, never overspent.
 *
 * Baseline, in the same run and on the same server: the naive approval a developer writes first —
 * read the line without a lock, check, do the same writes, then store `reserved = what I read +
 * amount`. Its overspend is reported beside ours.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client';
import { applications } from '../src/db/schema/applications';
import { budgetLines } from '../src/db/schema/budgets';
import { insertAccount, insertPerson, insertRole } from '../src/modules/accounts/repo';
import type { Principal } from '../src/modules/accounts/service';
import { insertApplication, lockApplication } from '../src/modules/applications/repo';
import { decideApplication } from '../src/modules/applications/review/decisions';
import { listPolicySummaries } from '../src/modules/applications/service';
import { recordAudit } from '../src/modules/audit/service';
import { insertBudgetLine, insertMovement } from '../src/modules/budgets/repo';
import { budgetYearOf } from '../src/modules/budgets/service';
import { systemContext, type ServiceContext } from '../src/shared/service-context';
import { describeMachine } from './machine';
import { obtainBenchPostgres } from './postgres';

const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 96);
const COVERED = Math.floor(PARALLEL / 3);
const POOL_SIZE = 32;

function principalOf(account: { id: string; email: string; displayName: string }): Principal {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: 'zh-Hans',
    roles: ['reviewer'],
    via: 'session',
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
  };
}

async function makeAccount(database: Database, label: string, role: 'reviewer' | 'founder') {
  const account = await insertAccount(database.db, {
    email: `${label}@bench.opchub.cn`,
    // NOTE: nobody signs in during the benchmark; the hash is a placeholder that matches nothing.
    passwordHash: 'bench-account-no-login',
    displayName: label,
  });
  await insertRole(database.db, account!.id, role, null);
  return account!;
}

/** N applications in review, each recommended by `recommender` for `amountFen`. */
async function seedInReview(
  database: Database,
  policyId: string,
  capFen: number,
  amountFen: number,
  recommenderId: string,
  count: number,
  tag: string,
) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const founder = await makeAccount(database, `founder-${tag}-${index}`, 'founder');
    const person = await insertPerson(database.db, {
      accountId: founder.id,
      fullName: `Bench founder ${tag} ${index}`,
    });
    const row = await insertApplication(database.db, {
      policyId,
      applicantAccountId: founder.id,
      applicantPersonId: person!.id,
      claimSubject: 'person',
      status: 'in_review',
      capFen,
      paidByPlatform: true,
      payee: {
        accountName: `Bench ${index}`,
        bankName: 'Bench Bank',
        accountNumber: '6222000011112222',
      },
      submittedAt: new Date(),
      recommendation: {
        action: 'approve',
        amountFen,
        note: 'bench',
        byAccountId: recommenderId,
        at: new Date().toISOString(),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

/** The naive approval: no row lock; writes back what it read plus its amount. */
async function naiveApprove(
  ctx: ServiceContext,
  approverId: string,
  applicationId: string,
  budgetLineId: string,
) {
  await ctx.db.transaction(async (tx) => {
    const [line] = await tx.select().from(budgetLines).where(eq(budgetLines.id, budgetLineId));
    const application = (await lockApplication(tx, applicationId))!;
    const amountFen = application.recommendation!.amountFen!;
    const remaining = line!.totalFen - line!.reservedFen - line!.consumedFen;
    if (amountFen > remaining) throw new Error('budget exceeded');
    await tx
      .update(applications)
      .set({
        status: 'approved',
        approvedAmountFen: amountFen,
        decidedBy: approverId,
        decidedAt: new Date(),
      })
      .where(and(eq(applications.id, applicationId), eq(applications.status, 'in_review')));
    await insertMovement(tx, {
      budgetLineId,
      applicationId,
      kind: 'reserve',
      amountFen,
      actorAccountId: approverId,
      occurredAt: new Date(),
    });
    await recordAudit(tx, ctx, {
      action: 'application.approved',
      subjectType: 'application',
      subjectId: applicationId,
      after: { amountFen, naive: true },
    });
    await tx
      .update(budgetLines)
      .set({ reservedFen: line!.reservedFen + amountFen })
      .where(eq(budgetLines.id, budgetLineId));
  });
}

async function race(work: (() => Promise<unknown>)[]) {
  const started = performance.now();
  const settled = await Promise.allSettled(work.map((run) => run()));
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    approved: settled.filter((outcome) => outcome.status === 'fulfilled').length,
    refused: settled.filter((outcome) => outcome.status === 'rejected'),
  };
}

async function main() {
  console.log(`bench:approvals — ${PARALLEL} parallel approvals, budget for ${COVERED}`);
  const server = await obtainBenchPostgres();
  console.log(`PostgreSQL ${server.serverVersion} (${server.origin})`);
  const database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: POOL_SIZE });
  try {
    await database.migrate();
    const ctx = systemContext(database.db, 'bench');
    const policy = (await listPolicySummaries(ctx)).find(
      (candidate) =>
        candidate.paidByPlatform && candidate.capFen !== null && candidate.audience === 'person',
    );
    if (!policy) throw new Error('no person policy with a published money cap in the catalogue');
    const amountFen = Math.min(policy.capFen!, 5_000_000);
    const totalFen = amountFen * COVERED;
    console.log(
      `Policy ${policy.id}: cap ${policy.capFen} fen; each approval ${amountFen} fen; budget ${totalFen} fen`,
    );

    const recommender = await makeAccount(database, 'reviewer-recommends', 'reviewer');
    const approver = await makeAccount(database, 'reviewer-approves', 'reviewer');
    const approverPrincipal = principalOf(approver);
    const approverCtx: ServiceContext = {
      ...ctx,
      actor: { accountId: approver.id, label: approver.email, roles: ['reviewer'] },
    };

    // Ours ----------------------------------------------------------------------------------
    const year = budgetYearOf(new Date());
    const line = await insertBudgetLine(database.db, { policyId: policy.id, year, totalFen });
    const ours = await seedInReview(
      database,
      policy.id,
      policy.capFen!,
      amountFen,
      recommender.id,
      PARALLEL,
      'locked',
    );
    const locked = await race(
      ours.map(
        (id) => () =>
          decideApplication(approverCtx, approverPrincipal, id, { decision: 'approve' }),
      ),
    );
    const unexpected = locked.refused.filter(
      (outcome) => (outcome.reason as { code?: string }).code !== 'budget.exceeded',
    );
    if (unexpected.length > 0) throw (unexpected[0] as PromiseRejectedResult).reason;
    const [after] = await database.db
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.id, line!.id));
    const [approvedSum] = await database.db
      .select({ fen: sql<string>`coalesce(sum(${applications.approvedAmountFen}), 0)` })
      .from(applications)
      .where(and(eq(applications.status, 'approved'), eq(applications.policyId, policy.id)));
    const oursApprovedFen = Number(approvedSum!.fen);
    const overspendFen = Math.max(0, oursApprovedFen - totalFen);

    // Baseline: the naive read-check-write, on a line of its own ------------------------------
    const naiveLine = await insertBudgetLine(database.db, {
      policyId: policy.id,
      year: year + 50,
      totalFen,
    });
    const naiveIds = await seedInReview(
      database,
      policy.id,
      policy.capFen!,
      amountFen,
      recommender.id,
      PARALLEL,
      'naive',
    );
    const naive = await race(
      naiveIds.map((id) => () => naiveApprove(approverCtx, approver.id, id, naiveLine!.id)),
    );
    const naiveApprovedFen = naive.approved * amountFen;
    const naiveOverspendFen = Math.max(0, naiveApprovedFen - totalFen);

    const results = {
      name: 'approvals',
      date: new Date().toISOString(),
      machine: {
        ...describeMachine(),
        postgres: server.serverVersion,
        postgresOrigin: server.origin,
        poolSize: POOL_SIZE,
      },
      metrics: {
        parallelApprovals: PARALLEL,
        budgetCoversApprovals: COVERED,
        approvalAmountFen: amountFen,
        budgetTotalFen: totalFen,
        approved: locked.approved,
        refusedBudgetExceeded: locked.refused.length,
        approvedFen: oursApprovedFen,
        reservedFen: after!.reservedFen,
        overspendFen,
        seconds: Number(locked.seconds.toFixed(3)),
        /** Approval requests decided (approved or refused for budget) per second. */
        approvalsPerSecond: Number((PARALLEL / locked.seconds).toFixed(1)),
        committedApprovalsPerSecond: Number((locked.approved / locked.seconds).toFixed(1)),
      },
      baseline: {
        name: 'naive read-check-write (no row lock)',
        approved: naive.approved,
        approvedFen: naiveApprovedFen,
        overspendFen: naiveOverspendFen,
        seconds: Number(naive.seconds.toFixed(3)),
        approvalsPerSecond: Number((PARALLEL / naive.seconds).toFixed(1)),
      },
      /** Our throughput over the naive one's (the price of correctness; < 1 means slower). */
      ratio: Number((naive.seconds / locked.seconds).toFixed(3)),
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/approvals.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results.metrics, null, 2));
    console.log(`baseline: ${JSON.stringify(results.baseline)}`);
    const ok =
      overspendFen === 0 &&
      locked.approved === COVERED &&
      after!.reservedFen === totalFen &&
      oursApprovedFen === totalFen;
    console.log(ok ? 'PASS: budget spent exactly, never overspent' : 'FAIL');
    return ok ? 0 : 1;
  } finally {
    await database.close();
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
