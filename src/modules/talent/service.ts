import { randomInt } from 'node:crypto';
import type { Executor } from '../../db/client';
import {
  talentAchievementKindValues,
  type TalentAchievementDetails,
  type TalentAchievementKind,
} from '../../db/schema/talent';
import { AppError } from '../../errors/app-error';
import { addDays, addMonths, chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import {
  ensurePersonOf,
  findAccountById,
  findPersonByAccount,
  type Principal,
} from '../accounts/service';
import { recordAudit } from '../audit/service';
import { queueNotification } from '../notifications/service';
import { listOrganisationsOfPerson } from '../organisations/service';
import * as repo from './repo';
import { achievementKindLabels, rubricNote, talentRubric } from './rubric';
import type {
  AchievementInput,
  DecisionInput,
  ReviewInput,
  SubmissionInput,
  ValidityInput,
} from './schema';

/**
 * Open talent recognition (issue #17 item 3; A.P1). A person submits achievements with evidence;
 * panel members (reviewers) record a judgement per published criterion with reasons; a panel
 * member records the decision with its grounds. A recognition carries a validity (an
 * administrator's dated period; none set → no end) and a certificate code anyone can check.
 *
 * Fairness: no one reviews or decides their own submission or a colleague's (a person sharing an
 * organisation with them) — 403 `talent.conflict_of_interest`; no recognition rests on nothing —
 * every achievement carries evidence (400 at the field) and a recognition names the achievements
 * it rests on (422 `talent.no_evidence`).
 */

type Caller = Pick<Principal, 'accountId' | 'roles' | 'displayName' | 'email'>;

// ---------------------------------------------------------------------------------------------
// Presenting

function detailsOf(input: AchievementInput): TalentAchievementDetails {
  switch (input.kind) {
    case 'open-source':
      return {
        repositoryUrls: input.repositoryUrls,
        role: input.role,
        mergedWork: input.mergedWork,
      };
    case 'application':
      return {
        description: input.description,
        users: input.users,
        annualRevenueFen: input.annualRevenueFen,
      };
    case 'competition':
      return { rank: input.rank, year: input.year };
  }
}

function presentAchievement(row: repo.AchievementRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    details: row.details,
    evidenceLinks: row.evidenceLinks,
  };
}

export function presentRecognition(row: repo.RecognitionRow) {
  return {
    id: row.id,
    fullName: row.fullName,
    kinds: row.kinds,
    groundAchievementIds: row.groundAchievementIds,
    grounds: row.grounds,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    certificateCode: row.certificateCode,
    decidedAt: row.decidedAt.toISOString(),
  };
}

function presentValidity(row: repo.ValidityRow) {
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    months: row.months,
    sourceText: row.sourceText,
    setAt: row.setAt.toISOString(),
  };
}

function isPanel(caller: Pick<Principal, 'roles'>) {
  return caller.roles.includes('reviewer');
}

// ---------------------------------------------------------------------------------------------
// Conflicts of interest

/**
 * Is the panel member the applicant, or a colleague (sharing an organisation with them)? Read
 * from the organisations module's memberships.
 */
async function hasConflict(
  db: Executor,
  reviewerAccountId: string,
  submission: { accountId: string; personId: string },
): Promise<boolean> {
  if (reviewerAccountId === submission.accountId) return true;
  const reviewer = await findPersonByAccount(db, reviewerAccountId);
  if (!reviewer) return false;
  if (reviewer.id === submission.personId) return true;
  const [mine, theirs] = await Promise.all([
    listOrganisationsOfPerson(db, reviewer.id),
    listOrganisationsOfPerson(db, submission.personId),
  ]);
  const theirIds = new Set(theirs.map((row) => row.organisation.id));
  return mine.some((row) => theirIds.has(row.organisation.id));
}

async function conflictsFor(
  db: Executor,
  caller: Pick<Principal, 'accountId' | 'roles'>,
  submissions: { id: string; accountId: string; personId: string }[],
) {
  const conflicts = new Set<string>();
  if (!isPanel(caller)) return conflicts;
  for (const submission of submissions)
    if (await hasConflict(db, caller.accountId, submission)) conflicts.add(submission.id);
  return conflicts;
}

// ---------------------------------------------------------------------------------------------
// The rubric

/** The published rubric (public): criteria, the judgements a panel member may record, kinds. */
export function getRubric() {
  return {
    clause: 'A.P1' as const,
    criteria: talentRubric.map((criterion) => ({ ...criterion })),
    judgements: ['meets', 'does-not-meet', 'cannot-tell'] as (
      'meets' | 'does-not-meet' | 'cannot-tell'
    )[],
    note: rubricNote,
    kinds: talentAchievementKindValues.map((kind) => ({
      kind,
      label: achievementKindLabels[kind],
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Submitting

/**
 * A person submits their achievements (at least one, each with at least one evidence link).
 * One open submission at a time (409); a person holding a valid recognition may not ask again
 * (409, A.P1 — the catalogue's `not-yet-recognized`). Audited.
 */
export async function submitAchievements(
  ctx: ServiceContext,
  caller: Caller,
  input: SubmissionInput,
) {
  const today = chinaDateOf(ctx.now());
  const id = await ctx.db.transaction(async (tx) => {
    const person = await ensurePersonOf(tx, ctx, caller);
    if ((await repo.listValidRecognitionsOfAccount(tx, caller.accountId, today)).length > 0)
      throw new AppError('talent.already_recognised');
    if (await repo.findOpenSubmissionOfPerson(tx, person.id))
      throw new AppError('talent.submission_open');
    const submission = await repo.insertSubmission(tx, {
      accountId: caller.accountId,
      personId: person.id,
      statement: input.statement,
      status: 'submitted',
      submittedAt: ctx.now(),
    });
    await repo.insertAchievements(
      tx,
      input.achievements.map((achievement, position) => ({
        submissionId: submission.id,
        position,
        kind: achievement.kind,
        title: achievement.title,
        details: detailsOf(achievement),
        evidenceLinks: achievement.evidenceLinks,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'talent_submission.submitted',
      subjectType: 'talent_submission',
      subjectId: submission.id,
      after: {
        kinds: input.achievements.map((achievement) => achievement.kind),
        evidenceLinks: input.achievements.reduce(
          (sum, achievement) => sum + achievement.evidenceLinks.length,
          0,
        ),
      },
    });
    return submission.id;
  });
  return getSubmission(ctx, caller, id);
}

/**
 * One submission: its applicant, or a panel member (who also sees the panel's reviews and whether
 * they have a conflict). Anyone else: 404 — it does not say whether it exists.
 */
export async function getSubmission(
  ctx: ServiceContext,
  caller: Pick<Principal, 'accountId' | 'roles'>,
  submissionId: string,
) {
  const found = await repo.findSubmission(ctx.db, submissionId);
  const own = found?.submission.accountId === caller.accountId;
  if (!found || (!own && !isPanel(caller))) throw new AppError('talent.submission_not_found');
  const { submission } = found;
  const [achievements, reviews, recognition, conflicts] = await Promise.all([
    repo.listAchievements(ctx.db, [submission.id]),
    isPanel(caller) ? repo.listReviews(ctx.db, [submission.id]) : Promise.resolve([]),
    repo.findRecognitionOfSubmission(ctx.db, submission.id),
    conflictsFor(ctx.db, caller, [submission]),
  ]);
  return {
    id: submission.id,
    accountId: submission.accountId,
    fullName: found.fullName,
    statement: submission.statement,
    status: submission.status,
    submittedAt: submission.submittedAt.toISOString(),
    decidedAt: submission.decidedAt?.toISOString() ?? null,
    decisionReason: submission.decisionReason,
    achievements: achievements.map(presentAchievement),
    reviews: reviews.map(({ review, reviewerName }) => ({
      id: review.id,
      reviewerAccountId: review.reviewerAccountId,
      reviewerName,
      judgements: review.judgements,
      recommendation: review.recommendation,
      reason: review.reason,
      reviewedAt: review.reviewedAt.toISOString(),
    })),
    recognition: recognition ? presentRecognition(recognition) : null,
    conflictOfInterest: conflicts.has(submission.id),
  };
}

async function summarise(
  ctx: ServiceContext,
  caller: Pick<Principal, 'accountId' | 'roles'>,
  rows: Awaited<ReturnType<typeof repo.listSubmissions>>,
) {
  const ids = rows.map((row) => row.submission.id);
  const [achievements, reviews, conflicts] = await Promise.all([
    repo.listAchievements(ctx.db, ids),
    repo.listReviews(ctx.db, ids),
    conflictsFor(
      ctx.db,
      caller,
      rows.map((row) => row.submission),
    ),
  ]);
  return rows.map(({ submission, fullName }) => ({
    id: submission.id,
    fullName,
    status: submission.status,
    kinds: [
      ...new Set(
        achievements
          .filter((achievement) => achievement.submissionId === submission.id)
          .map((achievement) => achievement.kind),
      ),
    ],
    reviewCount: reviews.filter(({ review }) => review.submissionId === submission.id).length,
    submittedAt: submission.submittedAt.toISOString(),
    conflictOfInterest: conflicts.has(submission.id),
  }));
}

/** The signed-in person's submissions, newest first. */
export async function listMySubmissions(ctx: ServiceContext, caller: Caller) {
  return summarise(
    ctx,
    caller,
    await repo.listSubmissions(ctx.db, { accountId: caller.accountId }),
  );
}

/** The panel's queue (newest first; the latest 200), each flagged where the caller is conflicted. */
export async function listPanelQueue(
  ctx: ServiceContext,
  caller: Caller,
  status: 'submitted' | 'recognised' | 'refused' | undefined,
) {
  return summarise(ctx, caller, await repo.listSubmissions(ctx.db, { status }));
}

// ---------------------------------------------------------------------------------------------
// Reviewing and deciding

async function requireOpenUnconflicted(
  tx: Executor,
  caller: Pick<Principal, 'accountId'>,
  submissionId: string,
) {
  const submission = await repo.lockSubmission(tx, submissionId);
  if (!submission) throw new AppError('talent.submission_not_found');
  if (await hasConflict(tx, caller.accountId, submission))
    throw new AppError('talent.conflict_of_interest', {
      detail: {
        'zh-Hans': '您是申请人本人，或与申请人同属一个单位，须回避。',
        'zh-Hant': '您是申請人本人，或與申請人同屬一個單位，須迴避。',
        en: 'You are the applicant, or share an organisation with them: you must step aside.',
      },
    });
  if (submission.status !== 'submitted') throw new AppError('talent.invalid_transition');
  return submission;
}

/**
 * A panel member records a judgement with a reason for every published criterion (exactly the
 * rubric's criteria: 400 at `/body/judgements` otherwise), a recommendation and its reason. One
 * review per member (409). Audited with the judgements.
 */
export async function reviewSubmission(
  ctx: ServiceContext,
  caller: Caller,
  submissionId: string,
  input: ReviewInput,
) {
  const given = input.judgements.map((judgement) => judgement.criterion).sort();
  const expected = talentRubric.map((criterion) => criterion.id).sort();
  if (given.length !== expected.length || given.some((id, index) => id !== expected[index]))
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/judgements',
          code: 'talent.rubric_mismatch',
          detail: {
            'zh-Hans': `须对每项公布的评审标准各作一次判断：${expected.join('、')}`,
            'zh-Hant': `須對每項公布的評審標準各作一次判斷：${expected.join('、')}`,
            en: `Give one judgement for each published criterion: ${expected.join(', ')}`,
          },
        },
      ],
    });
  await ctx.db.transaction(async (tx) => {
    await requireOpenUnconflicted(tx, caller, submissionId);
    const review = await repo.insertReview(tx, {
      submissionId,
      reviewerAccountId: caller.accountId,
      judgements: input.judgements,
      recommendation: input.recommendation,
      reason: input.reason,
      reviewedAt: ctx.now(),
    });
    if (!review) throw new AppError('talent.already_reviewed');
    await recordAudit(tx, ctx, {
      action: 'talent_submission.reviewed',
      subjectType: 'talent_submission',
      subjectId: submissionId,
      after: {
        judgements: input.judgements,
        recommendation: input.recommendation,
        reason: input.reason,
      },
    });
  });
  return getSubmission(ctx, caller, submissionId);
}

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A certificate code: 12 characters without look-alikes (0/O, 1/I/L), in three groups. */
export function newCertificateCode(): string {
  const characters = Array.from(
    { length: 12 },
    () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]!,
  ).join('');
  return `${characters.slice(0, 4)}-${characters.slice(4, 8)}-${characters.slice(8)}`;
}

/**
 * A panel member (not conflicted) decides, after at least one panel review (422), with grounds.
 * To recognise, the decision names the achievements it rests on — each of the submission's own,
 * each with evidence (422 `talent.no_evidence` otherwise). The recognition is valid from today:
 * until the administrator's validity period in force (a dated parameter the source does not
 * give), or with no end when none is set. Audited; the applicant is notified.
 */
export async function decideSubmission(
  ctx: ServiceContext,
  caller: Caller,
  submissionId: string,
  input: DecisionInput,
) {
  const now = ctx.now();
  const today = chinaDateOf(now);
  await ctx.db.transaction(async (tx) => {
    const submission = await requireOpenUnconflicted(tx, caller, submissionId);
    if ((await repo.listReviews(tx, [submissionId])).length === 0)
      throw new AppError('talent.review_required');
    const achievements = await repo.listAchievements(tx, [submissionId]);
    const found = await repo.findSubmission(tx, submissionId);
    if (input.outcome === 'refuse') {
      await repo.updateSubmission(tx, submissionId, {
        status: 'refused',
        decidedBy: caller.accountId,
        decidedAt: now,
        decisionReason: input.grounds,
      });
      await recordAudit(tx, ctx, {
        action: 'talent_submission.refused',
        subjectType: 'talent_submission',
        subjectId: submissionId,
        before: { status: 'submitted' },
        after: { status: 'refused', grounds: input.grounds },
      });
    } else {
      const grounds = achievements.filter(
        (achievement) =>
          input.groundAchievementIds.includes(achievement.id) &&
          achievement.evidenceLinks.length > 0,
      );
      if (grounds.length === 0 || grounds.length !== new Set(input.groundAchievementIds).size)
        throw new AppError('talent.no_evidence', {
          fieldErrors: [
            {
              pointer: '/body/groundAchievementIds',
              code: 'talent.no_evidence',
              detail: {
                'zh-Hans': '请选择本申请中有证明材料的成果作为认定依据',
                'zh-Hant': '請選擇本申請中有證明材料的成果作為認定依據',
                en: "Name the submission's achievements, with evidence, that the recognition rests on",
              },
            },
          ],
        });
      const validity = await repo.findValidityInForce(tx, today);
      const kinds = [...new Set(grounds.map((achievement) => achievement.kind))].sort(
        (a, b) => talentAchievementKindValues.indexOf(a) - talentAchievementKindValues.indexOf(b),
      ) as TalentAchievementKind[];
      const recognition = await repo.insertRecognition(tx, {
        submissionId,
        accountId: submission.accountId,
        personId: submission.personId,
        fullName: found!.fullName,
        kinds,
        groundAchievementIds: grounds.map((achievement) => achievement.id),
        grounds: input.grounds,
        validFrom: today,
        validUntil: validity ? addDays(addMonths(today, validity.months), -1) : null,
        validityId: validity?.id ?? null,
        certificateCode: newCertificateCode(),
        decidedBy: caller.accountId,
        decidedAt: now,
      });
      await repo.updateSubmission(tx, submissionId, {
        status: 'recognised',
        decidedBy: caller.accountId,
        decidedAt: now,
        decisionReason: input.grounds,
      });
      await recordAudit(tx, ctx, {
        action: 'talent_submission.recognised',
        subjectType: 'talent_submission',
        subjectId: submissionId,
        before: { status: 'submitted' },
        after: {
          status: 'recognised',
          recognitionId: recognition.id,
          grounds: input.grounds,
          groundAchievementIds: recognition.groundAchievementIds,
          kinds,
          validFrom: recognition.validFrom,
          validUntil: recognition.validUntil,
          validityId: recognition.validityId,
          certificateCode: recognition.certificateCode,
        },
      });
    }
    const applicant = await findAccountById(tx, submission.accountId);
    if (applicant)
      await queueNotification(tx, ctx, {
        recipientAccountId: applicant.id,
        recipientEmail: applicant.email,
        recipientLanguage: applicant.preferredLanguage,
        kind: 'talent.decided',
        subjectType: 'talent_submission',
        subjectId: submissionId,
        title:
          input.outcome === 'recognise'
            ? {
                'zh-Hans': '您已获人工智能杰出创新创业人才认定',
                'zh-Hant': '您已獲人工智能傑出創新創業人才認定',
                en: 'You are recognised as an outstanding AI innovator',
              }
            : {
                'zh-Hans': '您的人才认定申请未获通过',
                'zh-Hant': '您的人才認定申請未獲通過',
                en: 'Your talent recognition was not granted',
              },
        body: {
          'zh-Hans': `评审理由：${input.grounds}`,
          'zh-Hant': `評審理由：${input.grounds}`,
          en: `Grounds: ${input.grounds}`,
        },
        link: `/talent/submissions/${submissionId}`,
      });
  });
  return getSubmission(ctx, caller, submissionId);
}

// ---------------------------------------------------------------------------------------------
// Certificates, distribution, validity

/** Public: what a certificate code attests (name, kinds, validity) — no evidence, no grounds. */
export async function verifyCertificate(ctx: ServiceContext, code: string) {
  const row = await repo.findRecognitionByCode(ctx.db, code);
  if (!row) throw new AppError('talent.certificate_not_found');
  const today = chinaDateOf(ctx.now());
  return {
    code: row.certificateCode,
    fullName: row.fullName,
    kinds: row.kinds,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    status:
      row.validUntil !== null && row.validUntil < today ? ('expired' as const) : ('valid' as const),
    clause: 'A.P1' as const,
    decidedAt: row.decidedAt.toISOString(),
  };
}

/**
 * Officers: people holding a valid recognition today, and how many rest (at least partly) on
 * each kind of achievement — a person recognised on two kinds counts under both.
 */
export async function getDistribution(ctx: ServiceContext) {
  const today = chinaDateOf(ctx.now());
  const rows = await repo.listValidRecognitions(ctx.db, today);
  const people = new Set(rows.map((row) => row.personId));
  return {
    onDate: today,
    recognisedPeople: people.size,
    byKind: talentAchievementKindValues.map((kind) => ({
      kind,
      label: achievementKindLabels[kind],
      people: new Set(rows.filter((row) => row.kinds.includes(kind)).map((row) => row.personId))
        .size,
    })),
  };
}

export async function getValidity(ctx: ServiceContext) {
  const [inForce, history] = await Promise.all([
    repo.findValidityInForce(ctx.db, chinaDateOf(ctx.now())),
    repo.listValidityPeriods(ctx.db),
  ]);
  return {
    inForce: inForce ? presentValidity(inForce) : null,
    history: history.map(presentValidity),
  };
}

/**
 * An administrator sets the validity period of recognitions decided from a date on, with its
 * source (A.P1 gives none). One per date (409). Recognitions already decided keep theirs. Audited.
 */
export async function setValidity(ctx: ServiceContext, input: ValidityInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertValidityPeriod(tx, {
      effectiveFrom: input.effectiveFrom,
      months: input.months,
      sourceText: input.sourceText,
      setBy: ctx.actor.accountId,
      setAt: ctx.now(),
    });
    if (!row) throw new AppError('talent.validity_date_taken');
    await recordAudit(tx, ctx, {
      action: 'talent_validity_period.set',
      subjectType: 'talent_validity_period',
      subjectId: row.id,
      after: { effectiveFrom: row.effectiveFrom, months: row.months, sourceText: row.sourceText },
    });
    return presentValidity(row);
  });
}
