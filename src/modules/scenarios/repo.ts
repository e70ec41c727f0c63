import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountRoles, accounts } from '../../db/schema/accounts';
import { organisations } from '../../db/schema/people';
import {
  challengeConflicts,
  challengeConsortia,
  challengeConsortiumMembers,
  challengeMilestones,
  challengePanelMembers,
  challenges,
  challengeScores,
  scenarioAttachments,
  scenarioDemonstrations,
  scenarioProposals,
  scenarios,
  scenarioSubscriptions,
  type ScenarioDomain,
} from '../../db/schema/scenarios';

/**
 * Queries of the scenarios module (scenarios, proposals, demonstrations, challenges, consortia,
 * panels, milestones). Reading people, memberships and organisations in joins is allowed; writing
 * them is the organisations module's.
 */

export type ScenarioRow = typeof scenarios.$inferSelect;
export type ProposalRow = typeof scenarioProposals.$inferSelect;
export type AttachmentRow = typeof scenarioAttachments.$inferSelect;
export type DemonstrationRow = typeof scenarioDemonstrations.$inferSelect;
export type ChallengeRow = typeof challenges.$inferSelect;
export type ConsortiumRow = typeof challengeConsortia.$inferSelect;
export type MemberRow = typeof challengeConsortiumMembers.$inferSelect;
export type MilestoneRow = typeof challengeMilestones.$inferSelect;

// ---------------------------------------------------------------------------------------------
// People and organisations (read only)

export async function findAccount(db: Executor, accountId: string) {
  const [row] = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      preferredLanguage: accounts.preferredLanguage,
      status: accounts.status,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row;
}

/** The active accounts among these that hold the role. */
export async function listAccountIdsWithRole(db: Executor, accountIds: string[], role: 'reviewer') {
  if (accountIds.length === 0) return [];
  const rows = await db
    .select({ id: accounts.id })
    .from(accountRoles)
    .innerJoin(accounts, eq(accounts.id, accountRoles.accountId))
    .where(
      and(
        inArray(accountRoles.accountId, accountIds),
        eq(accountRoles.role, role),
        eq(accounts.status, 'active'),
      ),
    );
  return rows.map((row) => row.id);
}

/** Active reviewer accounts, for the agency to choose a panel from. */
export async function listReviewerAccounts(db: Executor) {
  return db
    .select({ accountId: accounts.id, email: accounts.email, displayName: accounts.displayName })
    .from(accountRoles)
    .innerJoin(accounts, eq(accounts.id, accountRoles.accountId))
    .where(and(eq(accountRoles.role, 'reviewer'), eq(accounts.status, 'active')))
    .orderBy(asc(accounts.email));
}

export async function findOrganisation(db: Executor, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row;
}

// ---------------------------------------------------------------------------------------------
// Scenarios and subscriptions

export async function insertScenario(db: Executor, values: typeof scenarios.$inferInsert) {
  const [row] = await db.insert(scenarios).values(values).returning();
  return row!;
}

export async function findScenario(db: Executor, id: string) {
  const [row] = await db.select().from(scenarios).where(eq(scenarios.id, id));
  return row;
}

export async function listScenarios(db: Executor) {
  return db.select().from(scenarios).orderBy(desc(scenarios.publishedAt), desc(scenarios.id));
}

export async function listSubscriptions(db: Executor, accountId: string) {
  return db
    .select()
    .from(scenarioSubscriptions)
    .where(eq(scenarioSubscriptions.accountId, accountId));
}

export async function replaceSubscriptions(
  db: Executor,
  accountId: string,
  domains: ScenarioDomain[],
  at: Date,
) {
  await db.delete(scenarioSubscriptions).where(eq(scenarioSubscriptions.accountId, accountId));
  if (domains.length > 0)
    await db
      .insert(scenarioSubscriptions)
      .values(domains.map((domain) => ({ accountId, domain, createdAt: at })));
}

export async function listSubscribersOf(db: Executor, domain: ScenarioDomain) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      preferredLanguage: accounts.preferredLanguage,
    })
    .from(scenarioSubscriptions)
    .innerJoin(accounts, eq(accounts.id, scenarioSubscriptions.accountId))
    .where(and(eq(scenarioSubscriptions.domain, domain), eq(accounts.status, 'active')));
}

// ---------------------------------------------------------------------------------------------
// Proposals, attachments, demonstrations

const proposalColumns = {
  proposal: scenarioProposals,
  organisationName: organisations.name,
  scenarioTitle: scenarios.title,
};

function selectProposals(db: Executor) {
  return db
    .select(proposalColumns)
    .from(scenarioProposals)
    .innerJoin(organisations, eq(organisations.id, scenarioProposals.organisationId))
    .innerJoin(scenarios, eq(scenarios.id, scenarioProposals.scenarioId));
}

export type ProposalListRow = Awaited<ReturnType<typeof findProposal>> & object;

export async function insertProposal(db: Executor, values: typeof scenarioProposals.$inferInsert) {
  const [row] = await db.insert(scenarioProposals).values(values).returning();
  return row!;
}

export async function findProposal(db: Executor, id: string) {
  const [row] = await selectProposals(db).where(eq(scenarioProposals.id, id));
  return row;
}

export async function lockProposal(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(scenarioProposals)
    .where(eq(scenarioProposals.id, id))
    .for('update');
  return row;
}

export async function findProposalOf(db: Executor, scenarioId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(scenarioProposals)
    .where(
      and(
        eq(scenarioProposals.scenarioId, scenarioId),
        eq(scenarioProposals.organisationId, organisationId),
      ),
    );
  return row;
}

export async function listProposalsOfScenario(db: Executor, scenarioId: string) {
  return selectProposals(db)
    .where(eq(scenarioProposals.scenarioId, scenarioId))
    .orderBy(asc(scenarioProposals.createdAt));
}

export async function listProposalsOfOrganisations(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return selectProposals(db)
    .where(inArray(scenarioProposals.organisationId, organisationIds))
    .orderBy(desc(scenarioProposals.createdAt));
}

export async function updateProposal(
  db: Executor,
  id: string,
  values: Partial<typeof scenarioProposals.$inferInsert>,
) {
  const [row] = await db
    .update(scenarioProposals)
    .set(values)
    .where(eq(scenarioProposals.id, id))
    .returning();
  return row!;
}

export async function insertAttachment(
  db: Executor,
  values: typeof scenarioAttachments.$inferInsert,
) {
  const [row] = await db.insert(scenarioAttachments).values(values).returning();
  return row!;
}

export async function listAttachments(db: Executor, proposalIds: string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .select()
    .from(scenarioAttachments)
    .where(inArray(scenarioAttachments.proposalId, proposalIds))
    .orderBy(asc(scenarioAttachments.uploadedAt));
}

export async function findAttachment(db: Executor, proposalId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(scenarioAttachments)
    .where(
      and(eq(scenarioAttachments.proposalId, proposalId), eq(scenarioAttachments.id, attachmentId)),
    );
  return row;
}

export async function insertDemonstration(
  db: Executor,
  values: typeof scenarioDemonstrations.$inferInsert,
) {
  const [row] = await db.insert(scenarioDemonstrations).values(values).returning();
  return row!;
}

export async function listDemonstrations(db: Executor, proposalIds: string[]) {
  if (proposalIds.length === 0) return [];
  return db
    .select()
    .from(scenarioDemonstrations)
    .where(inArray(scenarioDemonstrations.proposalId, proposalIds));
}

/** Record facts: the organisation's in-use proposals, oldest use first. */
export async function listInUseProposalsOf(db: Executor, organisationId: string) {
  return db
    .select()
    .from(scenarioProposals)
    .where(
      and(
        eq(scenarioProposals.organisationId, organisationId),
        eq(scenarioProposals.status, 'in_use'),
      ),
    )
    .orderBy(asc(scenarioProposals.inUseSince));
}

export async function listRecognisedDemonstrationsOf(db: Executor, organisationId: string) {
  return db
    .select()
    .from(scenarioDemonstrations)
    .where(
      and(
        eq(scenarioDemonstrations.organisationId, organisationId),
        eq(scenarioDemonstrations.recognised, true),
      ),
    )
    .orderBy(asc(scenarioDemonstrations.decidedAt));
}

// ---------------------------------------------------------------------------------------------
// Challenges, consortia, panels, scores, milestones

export async function insertChallenge(db: Executor, values: typeof challenges.$inferInsert) {
  const [row] = await db.insert(challenges).values(values).returning();
  return row!;
}

export async function findChallenge(db: Executor, id: string) {
  const [row] = await db.select().from(challenges).where(eq(challenges.id, id));
  return row;
}

export async function lockChallenge(db: Executor, id: string) {
  const [row] = await db.select().from(challenges).where(eq(challenges.id, id)).for('update');
  return row;
}

export async function listChallenges(db: Executor) {
  return db.select().from(challenges).orderBy(desc(challenges.publishedAt), desc(challenges.id));
}

export async function updateChallenge(
  db: Executor,
  id: string,
  values: Partial<typeof challenges.$inferInsert>,
) {
  await db.update(challenges).set(values).where(eq(challenges.id, id));
}

export async function insertConsortium(
  db: Executor,
  values: typeof challengeConsortia.$inferInsert,
) {
  const [row] = await db.insert(challengeConsortia).values(values).returning();
  return row!;
}

export async function findConsortium(db: Executor, id: string) {
  const [row] = await db.select().from(challengeConsortia).where(eq(challengeConsortia.id, id));
  return row;
}

export async function lockConsortium(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(challengeConsortia)
    .where(eq(challengeConsortia.id, id))
    .for('update');
  return row;
}

export async function findConsortiumOfLead(
  db: Executor,
  challengeId: string,
  leadOrganisationId: string,
) {
  const [row] = await db
    .select()
    .from(challengeConsortia)
    .where(
      and(
        eq(challengeConsortia.challengeId, challengeId),
        eq(challengeConsortia.leadOrganisationId, leadOrganisationId),
      ),
    );
  return row;
}

export async function listConsortiaOfChallenge(db: Executor, challengeId: string) {
  return db
    .select()
    .from(challengeConsortia)
    .where(eq(challengeConsortia.challengeId, challengeId))
    .orderBy(asc(challengeConsortia.createdAt));
}

export async function updateConsortium(
  db: Executor,
  id: string,
  values: Partial<typeof challengeConsortia.$inferInsert>,
) {
  const [row] = await db
    .update(challengeConsortia)
    .set(values)
    .where(eq(challengeConsortia.id, id))
    .returning();
  return row!;
}

/** Consortia where any of these organisations is a member (invited, accepted or declined). */
export async function listConsortiumIdsOfOrganisations(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ consortiumId: challengeConsortiumMembers.consortiumId })
    .from(challengeConsortiumMembers)
    .where(inArray(challengeConsortiumMembers.organisationId, organisationIds));
  return rows.map((row) => row.consortiumId);
}

export async function listConsortiaByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(challengeConsortia)
    .where(inArray(challengeConsortia.id, ids))
    .orderBy(desc(challengeConsortia.createdAt));
}

export async function insertMember(
  db: Executor,
  values: typeof challengeConsortiumMembers.$inferInsert,
) {
  await db.insert(challengeConsortiumMembers).values(values);
}

export async function listMembers(db: Executor, consortiumIds: string[]) {
  if (consortiumIds.length === 0) return [];
  return db
    .select({
      member: challengeConsortiumMembers,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
    })
    .from(challengeConsortiumMembers)
    .innerJoin(organisations, eq(organisations.id, challengeConsortiumMembers.organisationId))
    .where(inArray(challengeConsortiumMembers.consortiumId, consortiumIds));
}

export async function findMember(db: Executor, consortiumId: string, organisationId: string) {
  const [row] = await db
    .select()
    .from(challengeConsortiumMembers)
    .where(
      and(
        eq(challengeConsortiumMembers.consortiumId, consortiumId),
        eq(challengeConsortiumMembers.organisationId, organisationId),
      ),
    );
  return row;
}

export async function updateMember(
  db: Executor,
  consortiumId: string,
  organisationId: string,
  values: Partial<typeof challengeConsortiumMembers.$inferInsert>,
) {
  await db
    .update(challengeConsortiumMembers)
    .set(values)
    .where(
      and(
        eq(challengeConsortiumMembers.consortiumId, consortiumId),
        eq(challengeConsortiumMembers.organisationId, organisationId),
      ),
    );
}

export async function replacePanel(
  db: Executor,
  challengeId: string,
  reviewerAccountIds: string[],
  assignedBy: string | null,
  at: Date,
) {
  await db.delete(challengePanelMembers).where(eq(challengePanelMembers.challengeId, challengeId));
  if (reviewerAccountIds.length > 0)
    await db.insert(challengePanelMembers).values(
      reviewerAccountIds.map((reviewerAccountId) => ({
        challengeId,
        reviewerAccountId,
        assignedBy,
        assignedAt: at,
      })),
    );
}

export async function listPanel(db: Executor, challengeId: string) {
  return db
    .select({ accountId: accounts.id, email: accounts.email, displayName: accounts.displayName })
    .from(challengePanelMembers)
    .innerJoin(accounts, eq(accounts.id, challengePanelMembers.reviewerAccountId))
    .where(eq(challengePanelMembers.challengeId, challengeId));
}

export async function listChallengeIdsOfPanelMember(db: Executor, accountId: string) {
  const rows = await db
    .select({ challengeId: challengePanelMembers.challengeId })
    .from(challengePanelMembers)
    .where(eq(challengePanelMembers.reviewerAccountId, accountId));
  return rows.map((row) => row.challengeId);
}

export async function isPanelMember(db: Executor, challengeId: string, accountId: string) {
  const [row] = await db
    .select({ id: challengePanelMembers.reviewerAccountId })
    .from(challengePanelMembers)
    .where(
      and(
        eq(challengePanelMembers.challengeId, challengeId),
        eq(challengePanelMembers.reviewerAccountId, accountId),
      ),
    );
  return row !== undefined;
}

export async function insertConflict(db: Executor, values: typeof challengeConflicts.$inferInsert) {
  await db.insert(challengeConflicts).values(values).onConflictDoNothing();
}

export async function listConflicts(db: Executor, consortiumIds: string[]) {
  if (consortiumIds.length === 0) return [];
  return db
    .select()
    .from(challengeConflicts)
    .where(inArray(challengeConflicts.consortiumId, consortiumIds));
}

export async function upsertScore(db: Executor, values: typeof challengeScores.$inferInsert) {
  await db
    .insert(challengeScores)
    .values(values)
    .onConflictDoUpdate({
      target: [challengeScores.consortiumId, challengeScores.reviewerAccountId],
      set: { scores: values.scores, comment: values.comment, scoredAt: values.scoredAt },
    });
}

export async function listScores(db: Executor, consortiumIds: string[]) {
  if (consortiumIds.length === 0) return [];
  return db
    .select()
    .from(challengeScores)
    .where(inArray(challengeScores.consortiumId, consortiumIds));
}

export async function insertMilestones(
  db: Executor,
  values: (typeof challengeMilestones.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return db.insert(challengeMilestones).values(values).returning();
}

export async function listMilestones(db: Executor, consortiumIds: string[]) {
  if (consortiumIds.length === 0) return [];
  return db
    .select()
    .from(challengeMilestones)
    .where(inArray(challengeMilestones.consortiumId, consortiumIds))
    .orderBy(asc(challengeMilestones.sequence));
}

export async function lockMilestone(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(challengeMilestones)
    .where(eq(challengeMilestones.id, id))
    .for('update');
  return row;
}

export async function updateMilestone(
  db: Executor,
  id: string,
  values: Partial<typeof challengeMilestones.$inferInsert>,
) {
  const [row] = await db
    .update(challengeMilestones)
    .set(values)
    .where(eq(challengeMilestones.id, id))
    .returning();
  return row!;
}

/** Record facts: consortia that won, where the organisation is an accepted member. */
export async function listWinningConsortiaOf(db: Executor, organisationId: string) {
  return db
    .select({ consortium: challengeConsortia, challengeTitle: challenges.title })
    .from(challengeConsortiumMembers)
    .innerJoin(
      challengeConsortia,
      eq(challengeConsortia.id, challengeConsortiumMembers.consortiumId),
    )
    .innerJoin(challenges, eq(challenges.id, challengeConsortia.challengeId))
    .where(
      and(
        eq(challengeConsortiumMembers.organisationId, organisationId),
        eq(challengeConsortiumMembers.status, 'accepted'),
        eq(challengeConsortia.status, 'won'),
      ),
    )
    .orderBy(asc(challenges.awardedAt));
}
