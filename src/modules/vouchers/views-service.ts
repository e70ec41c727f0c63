import type { VoucherContractStatus } from '../../db/schema/vouchers';
import { voucherKindValues } from '../../db/schema/vouchers';
import { AppError } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { accountCodes } from './accounts';
import { voucherParameters } from './grants-service';
import { presentContract, presentGrant, presentTransfer } from './present';
import { requireProviderStaff } from './providers-service';
import * as repo from './repo';

export interface ContractPage {
  cursor?: string | undefined;
  limit: number;
  status?: VoucherContractStatus | undefined;
}

/**
 * A company's vouchers for its members (issue #13 item 7): per kind the cap, what was granted,
 * what is available, held, captured and expired; its grants, its contracts (those awaiting its
 * confirmation first) and the latest movements.
 */
export async function describeCompanyVouchers(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
) {
  const company = await repo.findOrganisationById(ctx.db, organisationId);
  const personId = await repo.findPersonIdOfAccount(ctx.db, principal.accountId);
  if (!company || !personId || !(await repo.isMemberOf(ctx.db, personId, organisationId)))
    throw new AppError('voucher.not_company_member');
  const today = chinaDateOf(ctx.now());
  const [grants, entitlements, heldAccounts, contractRows] = await Promise.all([
    repo.listGrantsWithBalance(ctx.db, organisationId),
    repo.listEntitlements(ctx.db, organisationId),
    repo.findAccountsByCode(
      ctx.db,
      voucherKindValues.map((kind) => accountCodes.held(organisationId, kind)),
    ),
    repo.listContracts(ctx.db, { organisationId }, 200, undefined),
  ]);
  const contracts = contractRows.slice(0, 200).map((row) => row.contract);
  const providers = new Map<string, string>();
  for (const providerId of new Set(contracts.map((row) => row.providerId))) {
    const found = await repo.findProvider(ctx.db, providerId);
    providers.set(providerId, found?.organisation.name ?? '');
  }
  const presented = grants.map(({ grant, balanceFen }) => presentGrant(grant, balanceFen, today));
  const kinds = await Promise.all(
    voucherKindValues.map(async (kind) => {
      const ofKind = presented.filter((grant) => grant.kind === kind);
      const parameters = await voucherParameters(ctx, kind);
      const capturedFen = contracts
        .filter((row) => row.kind === kind)
        .reduce((sum, row) => sum + row.capturedFen - row.refundedFen, 0);
      return {
        kind,
        capFen: entitlements.find((row) => row.kind === kind)?.capFen ?? parameters.capFen ?? null,
        grantedFen: ofKind.reduce((sum, grant) => sum + grant.amountFen, 0),
        availableFen: ofKind
          .filter((grant) => !grant.expired)
          .reduce((sum, grant) => sum + grant.availableFen, 0),
        expiredFen: ofKind
          .filter((grant) => grant.expired)
          .reduce((sum, grant) => sum + grant.availableFen, 0),
        heldFen:
          heldAccounts.find((account) => account.code === accountCodes.held(organisationId, kind))
            ?.balanceFen ?? 0,
        capturedFen,
        rateBp: parameters.rateBp,
        startupRateBp: parameters.startupRateBp,
      };
    }),
  );
  const history = await repo.listTransfersOf(
    ctx.db,
    { grantIds: grants.map(({ grant }) => grant.id) },
    100,
  );
  const awaiting = contracts.filter((row) => row.status === 'awaiting_company');
  const others = contracts.filter((row) => row.status !== 'awaiting_company');
  return {
    organisationId,
    companyName: company.name,
    kinds,
    grants: presented,
    contracts: [...awaiting, ...others].map((row) =>
      presentContract(row, {
        providerName: providers.get(row.providerId) ?? '',
        companyName: company.name,
        companyCreditCode: company.creditCode,
      }),
    ),
    history: history
      .filter((row) => row.type !== 'issue' || row.grantId !== null)
      .map(presentTransfer),
  };
}

/** A page of a provider's contracts, newest first, for its staff. */
export async function listProviderContracts(
  ctx: ServiceContext,
  principal: Principal,
  providerId: string,
  page: ContractPage,
) {
  const { provider, organisation } = await requireProviderStaff(ctx.db, principal, providerId);
  const list = `voucher-contracts:${provider.id}:${page.status ?? ''}`;
  const after = decodeCursor(list, page.cursor, [keyValueShapes.timestamp, keyValueShapes.uuid]);
  const rows = await repo.listContracts(
    ctx.db,
    { providerId: provider.id, ...(page.status ? { statuses: [page.status] } : {}) },
    page.limit,
    after,
  );
  const { rows: pageRows, nextCursor } = pageOf(rows, page.limit, list, repo.contractKeyOf);
  const companies = new Map(
    (
      await repo.findOrganisationsByIds(
        ctx.db,
        pageRows.map((row) => row.contract.organisationId),
      )
    ).map((row) => [row.id, row]),
  );
  return {
    items: pageRows.map(({ contract }) =>
      presentContract(contract, {
        providerName: organisation.name,
        companyName: companies.get(contract.organisationId)?.name ?? '',
        companyCreditCode: companies.get(contract.organisationId)?.creditCode ?? '',
      }),
    ),
    nextCursor,
  };
}

/** One of a provider's contracts, with its movements. */
export async function describeProviderContract(
  ctx: ServiceContext,
  principal: Principal,
  providerId: string,
  contractId: string,
) {
  const { provider, organisation } = await requireProviderStaff(ctx.db, principal, providerId);
  const contract = await repo.findContract(ctx.db, contractId);
  if (!contract || contract.providerId !== provider.id)
    throw new AppError('voucher.contract_not_found');
  const company = await repo.findOrganisationById(ctx.db, contract.organisationId);
  const movements = await repo.listTransfersOf(ctx.db, { contractIds: [contract.id] }, 100);
  return {
    ...presentContract(contract, {
      providerName: organisation.name,
      companyName: company?.name ?? '',
      companyCreditCode: company?.creditCode ?? '',
    }),
    movements: movements.map(presentTransfer),
  };
}
