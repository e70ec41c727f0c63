/**
 * Companies, providers and grants for voucher load (`npm run bench:vouchers` and
 * test/vouchers-crash.test.ts), made directly through the repos and services so that thousands
 * of redemptions can start at once: each company has a founder (a member, for confirming), an
 * approved compute application and a compute grant issued from this year's pool
 * (issueVoucherGrant, as src/modules/applications/review/decisions.ts does on approval); each
 * provider has a staff account with the provider role (a member of its organisation) and an API
 * token. Every founder and staff account shares one password, hashed once.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/db/client';
import { insertAccount, insertPerson, insertRole } from '../src/modules/accounts/repo';
import type { Principal } from '../src/modules/accounts/service';
import { hashPassword } from '../src/modules/accounts/credentials';
import { createApiToken } from '../src/modules/accounts/tokens-service';
import { insertApplication } from '../src/modules/applications/repo';
import { insertOrganisation, upsertMembership } from '../src/modules/organisations/repo';
import {
  allVoucherParameters,
  fundVoucherPool,
  issueVoucherGrant,
} from '../src/modules/vouchers/grants-service';
import { registerProvider } from '../src/modules/vouchers/providers-service';
import { chinaYearOf } from '../src/shared/china-time';
import { systemContext, type ServiceContext } from '../src/shared/service-context';
import { creditCodeCheckCharacter } from '../src/shared/uscc';

export const LOAD_PASSWORD = 'voucher load password 2026';

export interface LoadProvider {
  id: string;
  staff: Principal;
  /** An API token of the staff account (the provider's system). */
  token: string;
}

export interface LoadCompany {
  id: string;
  creditCode: string;
  founder: Principal;
  grantFen: number;
}

export interface VoucherLoadFixture {
  providers: LoadProvider[];
  companies: LoadCompany[];
}

const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code, unique to this run tag and index. */
function creditCodeFor(tag: string, index: number): string {
  let serial = '';
  for (let rest = index, digit = 0; digit < 5; digit += 1) {
    serial = CODE_CHARSET[rest % 31]! + serial;
    rest = Math.floor(rest / 31);
  }
  const first17 = `91440300${tag}${serial}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** Four characters of the credit-code charset, so two fixtures in one database never meet. */
export function newRunTag(): string {
  return [...randomBytes(4)].map((byte) => CODE_CHARSET[byte % 31]).join('');
}

function principalOf(
  account: { id: string; email: string; displayName: string },
  role: 'provider' | 'founder',
): Principal {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: 'zh-Hans',
    roles: [role],
    via: role === 'provider' ? 'token' : 'session',
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
  };
}

async function makeMember(
  database: Database,
  passwordHash: string,
  email: string,
  role: 'provider' | 'founder',
  organisation: { creditCode: string; name: string },
) {
  const account = (await insertAccount(database.db, {
    email,
    passwordHash,
    displayName: email.split('@')[0]!,
  }))!;
  await insertRole(database.db, account.id, role, null);
  const person = (await insertPerson(database.db, {
    accountId: account.id,
    fullName: `Load ${email.split('@')[0]}`,
  }))!;
  const row = (await insertOrganisation(database.db, {
    creditCode: organisation.creditCode,
    name: organisation.name,
    kind: 'company',
    createdBy: account.id,
  }))!;
  await upsertMembership(database.db, row.id, person.id, 'founder');
  return { account, person, organisation: row, principal: principalOf(account, role) };
}

/**
 * Makes `providers` providers and `companies` companies, each company granted `grantFen` of
 * compute vouchers (this year's compute pool is funded for all of them first).
 */
export async function seedVoucherLoad(
  database: Database,
  options: { providers: number; companies: number; grantFen: number; tag?: string },
): Promise<VoucherLoadFixture> {
  const tag = options.tag ?? newRunTag();
  const ctx: ServiceContext = systemContext(database.db, 'voucher-load');
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  await fundVoucherPool(ctx, {
    kind: 'compute',
    year: chinaYearOf(ctx.now()),
    amountFen: options.grantFen * options.companies,
    reason: 'Load fixture: not a real budget',
  });

  const providers: LoadProvider[] = [];
  for (let index = 0; index < options.providers; index += 1) {
    const creditCode = creditCodeFor(tag, 20_000 + index);
    const member = await makeMember(
      database,
      passwordHash,
      `provider-${tag}-${index}@load.opchub.cn`.toLowerCase(),
      'provider',
      { creditCode, name: `Load provider ${tag} ${index}` },
    );
    const registered = await registerProvider(ctx, {
      creditCode,
      kinds: ['compute', 'model'],
      contactName: `Load contact ${index}`,
      payeeName: `Load provider ${tag} ${index}`,
      bankName: 'Load Bank',
      accountNumber: `6222 0000 ${String(index).padStart(4, '0')}`,
    });
    const staffCtx: ServiceContext = {
      ...ctx,
      actor: { accountId: member.account.id, label: member.account.email, roles: ['provider'] },
    };
    const token = await createApiToken(staffCtx, member.principal, { name: `load ${index}` });
    providers.push({ id: registered.id, staff: member.principal, token: token.secret });
  }

  const parameters = await allVoucherParameters(ctx);
  const companies: LoadCompany[] = [];
  for (let index = 0; index < options.companies; index += 1) {
    const creditCode = creditCodeFor(tag, index);
    const member = await makeMember(
      database,
      passwordHash,
      `founder-${tag}-${index}@load.opchub.cn`.toLowerCase(),
      'founder',
      { creditCode, name: `Load company ${tag} ${index}` },
    );
    const application = await insertApplication(database.db, {
      policyId: 'voucher.compute',
      applicantAccountId: member.account.id,
      applicantPersonId: member.person.id,
      organisationId: member.organisation.id,
      claimSubject: 'organisation',
      status: 'approved',
      capFen: options.grantFen,
      approvedAmountFen: options.grantFen,
      paidByPlatform: true,
      submittedAt: new Date(),
    });
    await database.db.transaction((tx) =>
      issueVoucherGrant(
        tx,
        ctx,
        {
          applicationId: application.id,
          organisationId: member.organisation.id,
          policyId: 'voucher.compute',
          amountFen: options.grantFen,
          startup: false,
          clauses: ['A.P9', 'A.V1'],
        },
        parameters,
      ),
    );
    companies.push({
      id: member.organisation.id,
      creditCode,
      founder: member.principal,
      grantFen: options.grantFen,
    });
  }
  return { providers, companies };
}

/**
 * Registers and confirms `perClient` contracts of `amountFen` for each of `clients` load clients
 * (client i: provider i mod providers, company i mod companies), in one statement, so the timed
 * load is hold + capture only (issue #13 item 11). Registration and confirmation themselves are
 * exercised by the tests (vouchers.test.ts, test/vouchers-crash.test.ts), not timed here: these
 * rows are written directly, without their command-log rows or notifications.
 */
export async function prepareConfirmedContracts(
  database: Database,
  fixture: VoucherLoadFixture,
  options: { clients: number; perClient: number; amountFen: number; tag: string },
): Promise<string[][]> {
  const clients = Array.from({ length: options.clients }, (_, client) => ({
    client,
    providerId: fixture.providers[client % fixture.providers.length]!.id,
    organisationId: fixture.companies[client % fixture.companies.length]!.id,
  }));
  const rows = await queryRows<{ client: number; id: string }>(
    database.db,
    sql`with clients as (
          select * from jsonb_to_recordset(${JSON.stringify(clients)}::jsonb)
            as c(client int, "providerId" uuid, "organisationId" uuid))
        insert into voucher_contracts (provider_id, contract_number, organisation_id, kind,
          contract_amount_fen, contract_date, description, status, provider_declares_related,
          company_declares_related, registered_at, confirmed_at, updated_at)
        select c."providerId", ${`LOAD-${options.tag}-`} || c.client || '-' || n, c."organisationId",
          'compute', ${options.amountFen}, (now() at time zone 'Asia/Shanghai')::date,
          'bench:vouchers', 'confirmed', false, false, now(), now(), now()
          from clients c cross join generate_series(1, ${options.perClient}) n
        returning split_part(contract_number, '-', 3)::int as client, id`,
  );
  const byClient: string[][] = clients.map(() => []);
  for (const row of rows) byClient[row.client]!.push(row.id);
  return byClient;
}
