/**
 * Two operators allocating one unit at the same moment (issue #14 item 7): exactly one lease is
 * made, every other call is a 409, and the unit has one lease. Runs on PGlite by default (its
 * one connection makes transactions take turns) and on PostgreSQL — real parallel
 * transactions — with TEST_DATABASE_URL set, e.g.
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run src/modules/spaces/concurrency.test.ts
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { spaceLeases } from '../../db/schema/spaces';
import {
  addUnit,
  admittedApplication,
  openCommunity,
  startSpacesWorld,
  type SignedIn,
  type SpacesWorld,
} from './test-support';

let world: SpacesWorld;
let secondOperator: SignedIn;

beforeAll(async () => {
  world = await startSpacesWorld();
  // A second operator of the same organisation: invited by the first, accepting.
  secondOperator = await world.server.signedInClient(['community_operator']);
  const invited = await world.operator.post(
    `/api/v1/organisations/${world.operatorOrganisationId}/members`,
    { email: secondOperator.email, role: 'member' },
  );
  expect(invited.status, invited.text).toBe(202);
  const accepted = await secondOperator.post(`/api/v1/invitations/${invited.body.id}/accept`);
  expect(accepted.status, accepted.text).toBe(200);
}, 120_000);
afterAll(async () => world?.server.close());

const body = (unitId: string) => ({
  unitId,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  monthlyRentFen: 80_000,
  monthlySubsidyFen: 40_000,
});

describe('two operators allocate one unit at once', () => {
  it('one lease, one 409', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const first = await admittedApplication(world, communityId, { teamSize: 1 });
    const second = await admittedApplication(world, communityId, { teamSize: 2 });
    const answers = await Promise.all([
      world.operator.post(`/api/v1/spaces/applications/${first}/lease`, body(deskId)),
      secondOperator.post(`/api/v1/spaces/applications/${second}/lease`, body(deskId)),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('space.lease_overlaps');
    const leases = await world.server.database.db
      .select()
      .from(spaceLeases)
      .where(eq(spaceLeases.unitId, deskId));
    expect(leases).toHaveLength(1);
    const audited = await world.server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'space_lease.allocated'));
    expect(audited.filter((row) => row.subjectId === leases[0]!.id)).toHaveLength(1);
  });

  it('eight allocations of one unit at once: one lease, seven 409s', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const applications: string[] = [];
    for (let index = 0; index < 8; index += 1)
      applications.push(await admittedApplication(world, communityId, { teamSize: 1 }));
    const answers = await Promise.all(
      applications.map((applicationId, index) =>
        (index % 2 === 0 ? world.operator : secondOperator).post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          body(deskId),
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
    const leases = await world.server.database.db
      .select()
      .from(spaceLeases)
      .where(eq(spaceLeases.unitId, deskId));
    expect(leases).toHaveLength(1);
  });
});
