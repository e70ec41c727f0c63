import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { uploadEvidence } from '../applications/applying/evidence';
import { saveDraft, startApplication, mergeFacts } from '../applications/applying/service';
import type { EvidenceStorage } from '../applications/evidence-storage';
import { recordAudit } from '../audit/service';
import type { ScenarioFileStore } from './attachments';
import * as repo from './repo';
import { isAccountMemberOf } from '../organisations/service';

/**
 * From a record to the funding it unlocks, through the applications module's public functions
 * (never its tables): an in-use record starts `scenario.gov-deployment` (A.P6) with the evidence of
 * use attached as its `deployment-proof`; a recognised demonstration starts `scenario.demonstration`
 * (A.P7); a won challenge starts `consortium.challenge` (A.P10) for the lead, tied to the
 * consortium (and so to its milestones). The draft's answers carry the recorded fact; the
 * applicant completes and submits it as any other.
 */

/** Starts (or resumes) the funding application of a proposal for a member of its company. */
export async function startScenarioFunding(
  ctx: ServiceContext,
  principal: Principal,
  stores: { scenarioFiles: ScenarioFileStore; evidence: EvidenceStorage },
  proposalId: string,
  policyId: 'scenario.gov-deployment' | 'scenario.demonstration',
) {
  const found = await repo.findProposal(ctx.db, proposalId);
  if (
    !found ||
    !(await isAccountMemberOf(ctx.db, principal.accountId, found.proposal.organisationId))
  )
    throw new AppError('scenario.proposal_not_found');
  const proposal = found.proposal;
  const deployment = policyId === 'scenario.gov-deployment';
  if (deployment && proposal.status !== 'in_use')
    throw new AppError('scenario.not_in_use', { extensions: { clauses: ['A.P6'] } });
  if (!deployment) {
    const [demonstration] = await repo.listDemonstrations(ctx.db, [proposalId]);
    if (!demonstration?.recognised)
      throw new AppError('scenario.demonstration_not_recognised', {
        extensions: { clauses: ['A.P7'] },
      });
  }
  const started = await startApplication(ctx, principal, {
    policyId,
    organisationId: proposal.organisationId,
  });
  const applicationId = started.application.id;
  const known = deployment ? proposal.deploymentApplicationId : proposal.demonstrationApplicationId;
  let evidenceAttached = 0;
  if (known !== applicationId) {
    // The recorded fact, as the draft's answer (the lead wires the same record into fact profiles).
    const fact = deployment
      ? { company: { govScenarioProductInUse: true } }
      : { company: { demonstrationProject: true } };
    await saveDraft(ctx, principal, applicationId, {
      version: started.application.version,
      facts: mergeFacts(started.application.facts as Record<string, unknown>, fact, {
        person: { hasCompany: true },
      }),
    });
    if (deployment) {
      const evidence = (await repo.listAttachments(ctx.db, [proposalId])).filter(
        (file) => file.purpose === 'in-use-evidence',
      );
      for (const file of evidence) {
        await uploadEvidence(ctx, principal, stores.evidence, applicationId, {
          documentId: 'deployment-proof',
          fileName: file.fileName,
          bytes: await stores.scenarioFiles.get(file.storageKey),
        });
        evidenceAttached += 1;
      }
    }
    await ctx.db.transaction(async (tx) => {
      await repo.updateProposal(
        tx,
        proposalId,
        deployment
          ? { deploymentApplicationId: applicationId }
          : { demonstrationApplicationId: applicationId },
      );
      await recordAudit(tx, ctx, {
        action: 'scenario_proposal.funding_application_started',
        subjectType: 'scenario_proposal',
        subjectId: proposalId,
        after: { policyId, applicationId, evidenceAttached },
      });
    });
  }
  return { applicationId, policyId, resumed: known === applicationId, evidenceAttached };
}

/** The lead's founder opens `consortium.challenge` after a win, tied to the consortium. */
export async function startChallengeFunding(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  if (
    !consortium ||
    !(await isAccountMemberOf(ctx.db, principal.accountId, consortium.leadOrganisationId))
  )
    throw new AppError('challenge.consortium_not_found');
  if (consortium.status !== 'won')
    throw new AppError('challenge.not_won', { extensions: { clauses: ['A.P10'] } });
  const policyId = 'consortium.challenge';
  const started = await startApplication(ctx, principal, {
    policyId,
    organisationId: consortium.leadOrganisationId,
  });
  const applicationId = started.application.id;
  const resumed = consortium.fundingApplicationId === applicationId;
  if (!resumed) {
    await saveDraft(ctx, principal, applicationId, {
      version: started.application.version,
      facts: mergeFacts(started.application.facts as Record<string, unknown>, {
        person: { hasCompany: true },
        company: { consortiumChallengeWon: true },
      }),
    });
    await ctx.db.transaction(async (tx) => {
      await repo.updateConsortium(tx, consortiumId, { fundingApplicationId: applicationId });
      const milestones = await repo.listMilestones(tx, [consortiumId]);
      await recordAudit(tx, ctx, {
        action: 'challenge_consortium.funding_application_started',
        subjectType: 'challenge_consortium',
        subjectId: consortiumId,
        after: { policyId, applicationId, milestoneIds: milestones.map((row) => row.id) },
      });
    });
  }
  return { applicationId, policyId, resumed, evidenceAttached: 0 };
}
