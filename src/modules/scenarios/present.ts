import type { Executor } from '../../db/client';
import type * as repo from './repo';
import { listAttachments, listDemonstrations } from './repo';
import { isOnOrBeforeDeadline } from './rules';

/** Rows → API shapes. */

export function presentScenario(row: repo.ScenarioRow, now: Date) {
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    dataAndAccess: row.dataAndAccess,
    department: row.department,
    domain: row.domain,
    timelineStartsOn: row.timelineStartsOn,
    timelineEndsOn: row.timelineEndsOn,
    proposalsCloseOn: row.proposalsCloseOn,
    acceptingProposals: isOnOrBeforeDeadline(row.proposalsCloseOn, now),
    contact: row.contact,
    demonstrationCriteria: row.demonstrationCriteria,
    demo: row.demo,
    publishedAt: row.publishedAt.toISOString(),
    clauses: ['A.P6', 'A.P7'],
  };
}

export function presentAttachment(row: repo.AttachmentRow) {
  return {
    id: row.id,
    purpose: row.purpose,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

type ProposalJoin = {
  proposal: repo.ProposalRow;
  organisationName: string;
  scenarioTitle: repo.ScenarioRow['title'];
};

/** Proposals with their attachments and demonstration decision (two queries for the list). */
export async function presentProposals(db: Executor, rows: ProposalJoin[]) {
  const ids = rows.map((row) => row.proposal.id);
  const [attachments, demonstrations] = await Promise.all([
    listAttachments(db, ids),
    listDemonstrations(db, ids),
  ]);
  return rows.map(({ proposal, organisationName, scenarioTitle }) => {
    const demonstration = demonstrations.find((row) => row.proposalId === proposal.id);
    return {
      id: proposal.id,
      scenarioId: proposal.scenarioId,
      scenarioTitle,
      organisationId: proposal.organisationId,
      organisationName,
      summary: proposal.summary,
      approach: proposal.approach,
      team: proposal.team,
      status: proposal.status,
      decisionReason: proposal.decisionReason,
      decidedAt: proposal.decidedAt?.toISOString() ?? null,
      pilotStartedOn: proposal.pilotStartedOn,
      inUseSince: proposal.inUseSince,
      deploymentApplicationId: proposal.deploymentApplicationId,
      demonstrationApplicationId: proposal.demonstrationApplicationId,
      attachments: attachments
        .filter((row) => row.proposalId === proposal.id)
        .map(presentAttachment),
      demonstration: demonstration
        ? {
            recognised: demonstration.recognised,
            judgements: demonstration.judgements,
            reason: demonstration.reason,
            decidedAt: demonstration.decidedAt.toISOString(),
          }
        : null,
      demo: proposal.demo,
      createdAt: proposal.createdAt.toISOString(),
    };
  });
}

export function presentChallenge(row: repo.ChallengeRow, now: Date) {
  return {
    id: row.id,
    title: row.title,
    goals: row.goals,
    department: row.department,
    budgetCeilingFen: row.budgetCeilingFen,
    phases: row.phases,
    submissionDeadlineOn: row.submissionDeadlineOn,
    acceptingSubmissions:
      row.status === 'open' && isOnOrBeforeDeadline(row.submissionDeadlineOn, now),
    criteria: row.criteria,
    status: row.status,
    winnerConsortiumId: row.winnerConsortiumId,
    winnerReason: row.winnerReason,
    demo: row.demo,
    publishedAt: row.publishedAt.toISOString(),
    clauses: ['A.P10'],
  };
}

export function presentMilestone(row: repo.MilestoneRow) {
  return {
    id: row.id,
    sequence: row.sequence,
    title: row.title,
    dueOn: row.dueOn,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
