/**
 * Test support for the spaces module's route tests: a real server on a fresh database, an
 * administrator, an operator who works for the operating organisation, a company founder, and a
 * community with a published ladder — made through the API, as people would.
 */
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { auditLog } from '../../db/schema/audit';
import {
  spaceApplications,
  spaceCommunities,
  spaceLeases,
  spaceUnits,
} from '../../db/schema/spaces';
import { creditCodeCheckCharacter } from '../../shared/uscc';

export type SignedIn = TestClient & { accountId: string; email: string };

const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid unified social credit code. */
export function newCreditCode(): string {
  const body = [...randomBytes(9)].map((byte) => CREDIT_CODE_CHARSET[byte % 31]).join('');
  const first17 = `91440300${body}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** An organisation registered through the API by `client`, who becomes its founder member. */
export async function createOrganisationAs(client: TestClient, name: string) {
  const response = await client.post('/api/v1/organisations', {
    creditCode: newCreditCode(),
    name,
    kind: 'company',
  });
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

export interface SpacesWorld {
  server: TestServer;
  admin: SignedIn;
  operator: SignedIn;
  operatorOrganisationId: string;
  founder: SignedIn;
  companyId: string;
}

export async function startSpacesWorld(): Promise<SpacesWorld> {
  const server = await startTestServer();
  const admin = await server.signedInClient(['admin']);
  const operator = await server.signedInClient(['community_operator']);
  const operatorOrganisationId = await createOrganisationAs(operator, '测试社区运营有限公司');
  const founder = await server.signedInClient(['founder']);
  const companyId = await createOrganisationAs(founder, '测试一人公司');
  return { server, admin, operator, operatorOrganisationId, founder, companyId };
}

/** The body of a community registration; override what a test is about. */
export function communityBody(
  operatorOrganisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    names: { 'zh-Hans': '测试OPC社区', 'zh-Hant': '測試OPC社區', en: 'Test OPC community' },
    districtCode: 'nanshan',
    address: '深圳市南山区测试路 1 号',
    operatorOrganisationId,
    grossAreaM2: 12_000,
    status: 'open',
    clauses: ['A.S1', 'A.S2'],
    ...overrides,
  };
}

/** A registered open community of the world's operator, with a ladder (test values: 2 / 10). */
export async function openCommunity(world: SpacesWorld, overrides: Record<string, unknown> = {}) {
  const created = await world.admin.post(
    '/api/v1/spaces/communities',
    communityBody(world.operatorOrganisationId, overrides),
  );
  expect(created.status, created.text).toBe(201);
  const id = created.body.id as string;
  const ladder = await world.operator.put(`/api/v1/spaces/communities/${id}/ladder`, {
    deskMaxTeamSize: 2,
    officeMaxTeamSize: 10,
    source: 'test ladder',
  });
  expect(ladder.status, ladder.text).toBe(200);
  return id;
}

export async function addUnit(
  world: SpacesWorld,
  communityId: string,
  unit: { kind: string; label: string; areaM2: number; seats?: number },
) {
  const response = await world.operator.post(`/api/v1/spaces/communities/${communityId}/units`, {
    seats: 1,
    ...unit,
  });
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

/** The communities where the world's company has applied (see {@link admittedApplication}). */
const appliedIn = new WeakMap<SpacesWorld, Set<string>>();

/**
 * An application admitted by the operator: of the world's company the first time in a community,
 * then (a company has one live application per community) of a new company of the same founder.
 * `organisationId` picks the company.
 */
export async function admittedApplication(
  world: SpacesWorld,
  communityId: string,
  application: {
    route?: string;
    teamSize: number;
    aiFounderCount?: number;
    organisationId?: string;
  },
) {
  const used = appliedIn.get(world) ?? new Set<string>();
  appliedIn.set(world, used);
  let organisationId = application.organisationId;
  if (!organisationId) {
    organisationId = used.has(communityId)
      ? await createOrganisationAs(
          world.founder,
          `测试一人公司 ${used.size}-${Date.now() % 100_000}`,
        )
      : world.companyId;
    used.add(communityId);
  }
  const applied = await world.founder.post(
    `/api/v1/spaces/communities/${communityId}/applications`,
    {
      organisationId,
      route: application.route ?? 'opc-community',
      teamSize: application.teamSize,
      aiFounderCount: application.aiFounderCount ?? 1,
    },
  );
  expect(applied.status, applied.text).toBe(201);
  const admitted = await world.operator.post(
    `/api/v1/spaces/applications/${applied.body.id}/admit`,
    { reason: 'test' },
  );
  expect(admitted.status, admitted.text).toBe(200);
  return applied.body.id as string;
}

/** Row counts of the spaces tables and the audit log: "nothing written" compares two of these. */
export async function countRows(server: TestServer) {
  const db = server.database.db;
  const [[communities], [units], [applications], [leases], [audit]] = await Promise.all([
    db.select({ n: count() }).from(spaceCommunities),
    db.select({ n: count() }).from(spaceUnits),
    db.select({ n: count() }).from(spaceApplications),
    db.select({ n: count() }).from(spaceLeases),
    db.select({ n: count() }).from(auditLog),
  ]);
  return {
    communities: communities!.n,
    units: units!.n,
    applications: applications!.n,
    leases: leases!.n,
    audit: audit!.n,
  };
}
