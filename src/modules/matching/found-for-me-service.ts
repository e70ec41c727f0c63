// "Found for you" (issue #15 item 6): what matching found for the companies a signed-in person
// belongs to — eligible benefits and those one fact away, with amounts, the policy's name, the
// missing fact's question and the prefilled application to open. Only the caller's companies.
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { getCatalogue } from '../rules/catalogue';
import { getMyPreferences } from './preferences-service';
import { applyPath, factQuestion } from './pushes-service';
import * as repo from './pushes-repo';

export async function foundForMe(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listFoundForAccount(ctx.db, principal.accountId);
  const { catalogue } = getCatalogue();
  const items = rows.map((row) => {
    const missingFact = row.status === 'unknown' ? (row.missingFacts[0] ?? null) : null;
    return {
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      policyId: row.policyId,
      name: catalogue.policyIndex.get(row.policyId)?.definition.name[ctx.language] ?? row.policyId,
      reason: row.status === 'eligible' ? ('eligible' as const) : ('one_fact_away' as const),
      maxAmountFen: row.maxAmountFen,
      missingFact,
      missingFactQuestion: missingFact ? factQuestion(missingFact, ctx.language) : null,
      evaluatedOn: row.evaluatedOn,
      applyPath: applyPath(row.policyId, row.organisationId),
    };
  });
  const { benefitPushes } = await getMyPreferences(ctx, principal);
  return { items, benefitPushes };
}
