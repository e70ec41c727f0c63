/**
 * The spaces module over HTTP on a real database (issue #14 items 1–3 and 7): the register, the
 * ladder, admission, allocation and leases, and each bad input refused with a 4xx problem,
 * a field pointer, and nothing written.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import {
  addUnit,
  admittedApplication,
  communityBody,
  countRows,
  createOrganisationAs,
  openCommunity,
  startSpacesWorld,
  type SpacesWorld,
} from './test-support';

let world: SpacesWorld;

beforeAll(async () => {
  world = await startSpacesWorld();
}, 120_000);
afterAll(async () => world?.server.close());

const lease = (unitId: string, startsOn: string, endsOn: string, extra = {}) => ({
  unitId,
  startsOn,
  endsOn,
  monthlyRentFen: 100_000,
  monthlySubsidyFen: 50_000,
  ...extra,
});

/** Sends a request that must be refused, and checks nothing was written. */
async function expectRefusedWithNothingWritten(
  send: () => Promise<{ status: number; body: any; text: string }>,
  expected: { status: number; code?: string; pointer?: string },
) {
  const before = await countRows(world.server);
  const response = await send();
  expect(response.status, response.text).toBe(expected.status);
  expect(response.body.type ?? response.body.code ?? '').toBeTruthy();
  if (expected.code) expect(response.text).toContain(expected.code);
  if (expected.pointer)
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toContain(
      expected.pointer,
    );
  expect(await countRows(world.server)).toEqual(before);
  return response;
}

describe('districts and the register (item 1)', () => {
  it('lists the ten districts with names in three scripts, publicly', async () => {
    const response = await world.server.client().get('/api/v1/spaces/districts');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(10);
    expect(response.body.find((district: { code: string }) => district.code === 'luohu')).toEqual({
      code: 'luohu',
      names: { 'zh-Hans': '罗湖区', 'zh-Hant': '羅湖區', en: 'Luohu District' },
    });
  });

  it('registers a community, shows it publicly and audits a status change', async () => {
    const created = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(world.operatorOrganisationId, { status: 'planned', districtCode: 'guangming' }),
    );
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      district: { code: 'guangming', names: { en: 'Guangming District' } },
      operator: { organisationId: world.operatorOrganisationId },
      grossAreaM2: 12_000,
      status: 'planned',
      demo: false,
      ladder: null,
    });
    const changed = await world.admin.patch(`/api/v1/spaces/communities/${created.body.id}`, {
      status: 'opening',
      plannedOpeningOn: '2027-03-01',
    });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.status).toBe('opening');
    const audit = await world.server.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.subjectId, created.body.id),
          eq(auditLog.action, 'space_community.status_changed'),
        ),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ status: 'planned' });
    const listed = await world.server.client().get('/api/v1/spaces/communities');
    expect(listed.body.map((community: { id: string }) => community.id)).toContain(created.body.id);
  });

  it('A.S1: refuses a community under 10,000 m² without a reason (422 at belowAreaReason), takes it with one', async () => {
    await expectRefusedWithNothingWritten(
      () =>
        world.admin.post(
          '/api/v1/spaces/communities',
          communityBody(world.operatorOrganisationId, { grossAreaM2: 9_999.99 }),
        ),
      { status: 422, code: 'space.below_area_needs_reason', pointer: '/body/belowAreaReason' },
    );
    const withReason = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(world.operatorOrganisationId, {
        grossAreaM2: 6_000,
        belowAreaReason: '区级试点，二期扩建中',
      }),
    );
    expect(withReason.status, withReason.text).toBe(201);
    expect(withReason.body.belowAreaReason).toBe('区级试点，二期扩建中');
  });

  it.each([0, -1])('refuses a gross area of %s m² (400 at grossAreaM2)', async (area) => {
    await expectRefusedWithNothingWritten(
      () =>
        world.admin.post(
          '/api/v1/spaces/communities',
          communityBody(world.operatorOrganisationId, { grossAreaM2: area }),
        ),
      { status: 400, pointer: '/body/grossAreaM2' },
    );
  });

  it('refuses an unknown district and an unregistered operator', async () => {
    await expectRefusedWithNothingWritten(
      () =>
        world.admin.post(
          '/api/v1/spaces/communities',
          communityBody(world.operatorOrganisationId, { districtCode: 'shantou' }),
        ),
      { status: 400, pointer: '/body/districtCode' },
    );
    await expectRefusedWithNothingWritten(
      () =>
        world.admin.post(
          '/api/v1/spaces/communities',
          communityBody('00000000-0000-4000-8000-000000000000'),
        ),
      { status: 422, code: 'space.operator_unknown', pointer: '/body/operatorOrganisationId' },
    );
  });

  it('only administrators register communities', async () => {
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          '/api/v1/spaces/communities',
          communityBody(world.operatorOrganisationId),
        ),
      { status: 403 },
    );
  });
});

describe('units and the ladder (item 2)', () => {
  it('refuses a unit of non-positive area (400 at areaM2)', async () => {
    const communityId = await openCommunity(world);
    for (const areaM2 of [0, -6])
      await expectRefusedWithNothingWritten(
        () =>
          world.operator.post(`/api/v1/spaces/communities/${communityId}/units`, {
            kind: 'desk',
            label: `D-${areaM2}`,
            areaM2,
            seats: 1,
          }),
        { status: 400, pointer: '/body/areaM2' },
      );
  });

  it("refuses an operator who does not work for the community's operator", async () => {
    const communityId = await openCommunity(world);
    const stranger = await world.server.signedInClient(['community_operator']);
    await createOrganisationAs(stranger, '别家运营公司');
    await expectRefusedWithNothingWritten(
      () =>
        stranger.post(`/api/v1/spaces/communities/${communityId}/units`, {
          kind: 'desk',
          label: 'X-1',
          areaM2: 6,
          seats: 1,
        }),
      { status: 403, code: 'space.not_community_operator' },
    );
    await expectRefusedWithNothingWritten(
      () =>
        stranger.put(`/api/v1/spaces/communities/${communityId}/ladder`, {
          deskMaxTeamSize: 1,
          officeMaxTeamSize: 5,
          source: 'not mine',
        }),
      { status: 403 },
    );
  });

  it('shows dated rents with their source, the one in force today', async () => {
    const communityId = await openCommunity(world);
    const unitId = await addUnit(world, communityId, { kind: 'office', label: 'O-1', areaM2: 30 });
    for (const [effectiveFrom, monthlyRentFen] of [
      ['2020-01-01', 300_000],
      ['2021-01-01', 320_000],
      ['2999-01-01', 999_000],
    ] as const) {
      const recorded = await world.operator.post(`/api/v1/spaces/units/${unitId}/rents`, {
        kind: 'market_reference',
        monthlyRentFen,
        effectiveFrom,
        source: 'test survey',
      });
      expect(recorded.status, recorded.text).toBe(201);
    }
    const units = await world.server
      .client()
      .get(`/api/v1/spaces/communities/${communityId}/units`);
    expect(units.body[0]).toMatchObject({
      marketReferenceRent: { monthlyRentFen: 320_000, effectiveFrom: '2021-01-01' },
      lowCostRent: null,
      occupied: false,
    });
  });

  it('refuses a ladder whose desk limit is not below its office limit', async () => {
    const communityId = await openCommunity(world);
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.put(`/api/v1/spaces/communities/${communityId}/ladder`, {
          deskMaxTeamSize: 5,
          officeMaxTeamSize: 5,
          source: 'test',
        }),
      { status: 422, code: 'space.ladder_not_ordered', pointer: '/body/officeMaxTeamSize' },
    );
  });
});

describe('admission, allocation and leases (items 3 and 7)', () => {
  it('a founder applies, the operator admits and allocates a desk, the founder sees the lease', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
    const allocated = await world.operator.post(
      `/api/v1/spaces/applications/${applicationId}/lease`,
      lease(deskId, '2027-01-01', '2027-12-31'),
    );
    expect(allocated.status, allocated.text).toBe(201);
    expect(allocated.body).toMatchObject({
      unitKind: 'desk',
      organisationId: world.companyId,
      status: 'active',
      clauses: ['A.S2'],
    });
    const mine = await world.founder.get('/api/v1/spaces/leases/mine');
    expect(mine.body.map((row: { id: string }) => row.id)).toContain(allocated.body.id);
    const applications = await world.founder.get('/api/v1/spaces/applications/mine');
    expect(applications.body.find((row: { id: string }) => row.id === applicationId)).toMatchObject(
      { status: 'allocated', rung: 'desk' },
    );
    const inbox = await world.founder.get('/api/v1/notifications');
    const kinds = inbox.body.items
      .filter((item: { subjectId: string }) =>
        [applicationId, allocated.body.id].includes(item.subjectId),
      )
      .map((item: { kind: string }) => item.kind)
      .sort();
    expect(kinds).toEqual(['space.application_admitted', 'space.lease_allocated']);
  });

  it('refuses a lease overlapping another lease of the unit (409), takes one after a move-out', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const first = await admittedApplication(world, communityId, { teamSize: 1 });
    const second = await admittedApplication(world, communityId, { teamSize: 2 });
    const made = await world.operator.post(
      `/api/v1/spaces/applications/${first}/lease`,
      lease(deskId, '2027-01-01', '2027-06-30'),
    );
    expect(made.status, made.text).toBe(201);
    for (const [startsOn, endsOn] of [
      ['2027-06-30', '2027-12-31'], // shares the last day
      ['2026-12-01', '2027-01-01'], // shares the first day
      ['2027-02-01', '2027-03-01'], // inside
    ])
      await expectRefusedWithNothingWritten(
        () =>
          world.operator.post(
            `/api/v1/spaces/applications/${second}/lease`,
            lease(deskId, startsOn!, endsOn!),
          ),
        { status: 409, code: 'space.lease_overlaps', pointer: '/body/startsOn' },
      );
    const movedOut = await world.operator.post(`/api/v1/spaces/leases/${made.body.id}/move-out`, {
      movedOutOn: '2027-03-31',
    });
    expect(movedOut.status, movedOut.text).toBe(200);
    expect(movedOut.body).toMatchObject({ status: 'ended', movedOutOn: '2027-03-31' });
    const afterMoveOut = await world.operator.post(
      `/api/v1/spaces/applications/${second}/lease`,
      lease(deskId, '2027-04-01', '2027-12-31'),
    );
    expect(afterMoveOut.status, afterMoveOut.text).toBe(201);
  });

  it('refuses a lease running past the community closing date (422 at endsOn)', async () => {
    const communityId = await openCommunity(world, { closesOn: '2027-06-30' });
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(deskId, '2027-01-01', '2027-07-01'),
        ),
      { status: 422, code: 'space.lease_past_closing', pointer: '/body/endsOn' },
    );
    const untilClosing = await world.operator.post(
      `/api/v1/spaces/applications/${applicationId}/lease`,
      lease(deskId, '2027-01-01', '2027-06-30'),
    );
    expect(untilClosing.status, untilClosing.text).toBe(201);
    // …and the closing date cannot then be moved before the lease's end.
    await expectRefusedWithNothingWritten(
      () =>
        world.admin.patch(`/api/v1/spaces/communities/${communityId}`, { closesOn: '2027-05-31' }),
      { status: 422, code: 'space.lease_past_closing', pointer: '/body/closesOn' },
    );
  });

  it('A.S3: refuses more than 50 m² on the other-industrial route, takes 50 m²', async () => {
    const communityId = await openCommunity(world);
    const big = await addUnit(world, communityId, { kind: 'office', label: 'O-51', areaM2: 50.5 });
    const fifty = await addUnit(world, communityId, { kind: 'office', label: 'O-50', areaM2: 50 });
    const applicationId = await admittedApplication(world, communityId, {
      route: 'other-industrial',
      teamSize: 4,
    });
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(big, '2027-01-01', '2027-12-31'),
        ),
      { status: 422, code: 'space.over_other_industrial_cap', pointer: '/body/unitId' },
    );
    const ok = await world.operator.post(
      `/api/v1/spaces/applications/${applicationId}/lease`,
      lease(fifty, '2027-01-01', '2027-12-31'),
    );
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.clauses).toEqual(['A.S3']);
  });

  it('A.S2: refuses a unit of another rung, and any allocation while the ladder is unpublished', async () => {
    const communityId = await openCommunity(world);
    const floor = await addUnit(world, communityId, { kind: 'floor', label: 'F-3', areaM2: 900 });
    const applicationId = await admittedApplication(world, communityId, { teamSize: 2 });
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(floor, '2027-01-01', '2027-12-31'),
        ),
      { status: 422, code: 'space.unit_wrong_rung', pointer: '/body/unitId' },
    );
    const unpublished = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(world.operatorOrganisationId),
    );
    const desk = await addUnit(world, unpublished.body.id, { kind: 'desk', label: 'D', areaM2: 6 });
    const waiting = await admittedApplication(world, unpublished.body.id, { teamSize: 1 });
    const listed = await world.founder.get('/api/v1/spaces/applications/mine');
    expect(listed.body.find((row: { id: string }) => row.id === waiting).rung).toBe('unpublished');
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${waiting}/lease`,
          lease(desk, '2027-01-01', '2027-12-31'),
        ),
      { status: 422, code: 'space.ladder_unpublished', pointer: '/body/unitId' },
    );
  });

  it('refuses a lease ending before it starts, or a subsidy above the rent', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(deskId, '2027-02-01', '2027-01-31'),
        ),
      { status: 422, pointer: '/body/endsOn' },
    );
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(deskId, '2027-01-01', '2027-12-31', { monthlySubsidyFen: 100_001 }),
        ),
      { status: 422, code: 'space.subsidy_exceeds_rent', pointer: '/body/monthlySubsidyFen' },
    );
  });

  it('gives admitted companies their waiting-list place while no unit of their rung is free', async () => {
    const communityId = await openCommunity(world);
    const firstId = await admittedApplication(world, communityId, { teamSize: 5 });
    const secondId = await admittedApplication(world, communityId, { teamSize: 6 });
    const deskWaiting = await admittedApplication(world, communityId, { teamSize: 1 });
    const places = async () => {
      const response = await world.operator.get(
        `/api/v1/spaces/communities/${communityId}/applications`,
      );
      expect(response.status, response.text).toBe(200);
      return Object.fromEntries(
        response.body.map((row: { id: string; rung: string; waitingPosition: number | null }) => [
          row.id,
          [row.rung, row.waitingPosition],
        ]),
      );
    };
    expect(await places()).toEqual({
      [firstId]: ['office', 1],
      [secondId]: ['office', 2],
      [deskWaiting]: ['desk', 1],
    });
    const officeId = await addUnit(world, communityId, {
      kind: 'office',
      label: 'O-1',
      areaM2: 40,
    });
    expect((await places())[firstId]).toEqual(['office', null]);
    const allocated = await world.operator.post(
      `/api/v1/spaces/applications/${firstId}/lease`,
      lease(officeId, '2020-01-01', '2999-12-31'),
    );
    expect(allocated.status, allocated.text).toBe(201);
    expect((await places())[secondId]).toEqual(['office', 1]);
    const mine = await world.founder.get('/api/v1/spaces/applications/mine');
    expect(mine.body.find((row: { id: string }) => row.id === secondId).waitingPosition).toBe(1);
  });

  it('declines with a reason, once; a founder applies only for their own company', async () => {
    const communityId = await openCommunity(world);
    const applied = await world.founder.post(
      `/api/v1/spaces/communities/${communityId}/applications`,
      { organisationId: world.companyId, route: 'opc-community', teamSize: 3, aiFounderCount: 1 },
    );
    expect(applied.status, applied.text).toBe(201);
    const declined = await world.operator.post(
      `/api/v1/spaces/applications/${applied.body.id}/decline`,
      { reason: '团队方向与社区定位不符' },
    );
    expect(declined.status, declined.text).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      decisionReason: '团队方向与社区定位不符',
    });
    await expectRefusedWithNothingWritten(
      () => world.operator.post(`/api/v1/spaces/applications/${applied.body.id}/admit`, {}),
      { status: 409, code: 'space.application_already_decided' },
    );
    const other = await world.server.signedInClient(['founder']);
    await expectRefusedWithNothingWritten(
      () =>
        other.post(`/api/v1/spaces/communities/${communityId}/applications`, {
          organisationId: world.companyId,
          route: 'opc-community',
          teamSize: 1,
          aiFounderCount: 1,
        }),
      { status: 403, code: 'space.not_company_member', pointer: '/body/organisationId' },
    );
  });
});

describe('a community with no operator on record', () => {
  it('takes no applications: nobody could decide them (the A.S0 placeholders)', async () => {
    const created = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(world.operatorOrganisationId, { operatorOrganisationId: null }),
    );
    expect(created.status, created.text).toBe(201);
    const refused = await expectRefusedWithNothingWritten(
      () =>
        world.founder.post(`/api/v1/spaces/communities/${created.body.id}/applications`, {
          organisationId: world.companyId,
          route: 'opc-community',
          teamSize: 1,
          aiFounderCount: 1,
        }),
      { status: 409, code: 'space.community_not_accepting' },
    );
    expect(refused.body.detail).toContain('运营机构');
  });
});

describe('renewals', () => {
  it('renews a lease to a later end; refuses one into the next lease or past closing', async () => {
    const communityId = await openCommunity(world, { closesOn: '2029-12-31' });
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const first = await admittedApplication(world, communityId, { teamSize: 1 });
    const second = await admittedApplication(world, communityId, { teamSize: 1 });
    const current = await world.operator.post(
      `/api/v1/spaces/applications/${first}/lease`,
      lease(deskId, '2027-01-01', '2027-12-31'),
    );
    expect(current.status, current.text).toBe(201);
    const next = await world.operator.post(
      `/api/v1/spaces/applications/${second}/lease`,
      lease(deskId, '2028-07-01', '2028-12-31'),
    );
    expect(next.status, next.text).toBe(201);
    const renew = (endsOn: string) =>
      world.operator.post(`/api/v1/spaces/leases/${current.body.id}/renew`, { endsOn });
    const renewed = await renew('2028-06-30');
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body.endsOn).toBe('2028-06-30');
    await expectRefusedWithNothingWritten(() => renew('2028-07-01'), {
      status: 409,
      code: 'space.lease_overlaps',
      pointer: '/body/endsOn',
    });
    await expectRefusedWithNothingWritten(() => renew('2028-01-01'), {
      status: 422,
      code: 'space.lease_dates_invalid',
      pointer: '/body/endsOn',
    });
    const nextMovedOut = await world.operator.post(
      `/api/v1/spaces/leases/${next.body.id}/move-out`,
      {
        movedOutOn: '2028-07-01',
      },
    );
    expect(nextMovedOut.status, nextMovedOut.text).toBe(200);
    await expectRefusedWithNothingWritten(() => renew('2030-01-01'), {
      status: 422,
      code: 'space.lease_past_closing',
      pointer: '/body/endsOn',
    });
  });
});

describe('offers and unit upkeep', () => {
  it("offers the free units of the application's rung; none of another rung, occupied or out of use", async () => {
    const communityId = await openCommunity(world);
    const deskA = await addUnit(world, communityId, { kind: 'desk', label: 'D-A', areaM2: 6 });
    const deskB = await addUnit(world, communityId, { kind: 'desk', label: 'D-B', areaM2: 6 });
    const deskC = await addUnit(world, communityId, { kind: 'desk', label: 'D-C', areaM2: 6 });
    await addUnit(world, communityId, { kind: 'office', label: 'O-A', areaM2: 30 });
    const outOfUse = await world.operator.patch(`/api/v1/spaces/units/${deskC}`, {
      available: false,
    });
    expect(outOfUse.status, outOfUse.text).toBe(200);
    const holder = await admittedApplication(world, communityId, { teamSize: 1 });
    const held = await world.operator.post(
      `/api/v1/spaces/applications/${holder}/lease`,
      lease(deskA, '2020-01-01', '2999-12-31'),
    );
    expect(held.status, held.text).toBe(201);
    const applicationId = await admittedApplication(world, communityId, { teamSize: 2 });
    const offer = await world.operator.get(`/api/v1/spaces/applications/${applicationId}/offer`);
    expect(offer.status, offer.text).toBe(200);
    expect(offer.body.rung).toBe('desk');
    expect(offer.body.units.map((unit: { id: string }) => unit.id)).toEqual([deskB]);
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(
          `/api/v1/spaces/applications/${applicationId}/lease`,
          lease(deskC, '2027-01-01', '2027-12-31'),
        ),
      { status: 409, code: 'space.unit_unavailable' },
    );
    const founderOffer = await world.founder.get(
      `/api/v1/spaces/applications/${applicationId}/offer`,
    );
    expect(founderOffer.status).toBe(403);
  });

  it('refuses a unit label the community already uses', async () => {
    const communityId = await openCommunity(world);
    await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
    const second = await addUnit(world, communityId, { kind: 'desk', label: 'D-2', areaM2: 6 });
    await expectRefusedWithNothingWritten(
      () =>
        world.operator.post(`/api/v1/spaces/communities/${communityId}/units`, {
          kind: 'desk',
          label: 'D-1',
          areaM2: 6,
          seats: 1,
        }),
      { status: 409, code: 'space.unit_label_taken' },
    );
    await expectRefusedWithNothingWritten(
      () => world.operator.patch(`/api/v1/spaces/units/${second}`, { label: 'D-1' }),
      { status: 409, code: 'space.unit_label_taken' },
    );
  });
});

describe("the operator's own communities (item 6)", () => {
  it('lists the communities of my operator organisation; all of them for an administrator', async () => {
    const mine = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(world.operatorOrganisationId, { status: 'planned' }),
    );
    const otherOperator = await world.server.signedInClient(['community_operator']);
    const otherOrganisationId = await createOrganisationAs(otherOperator, '另一家社区运营公司');
    const theirs = await world.admin.post(
      '/api/v1/spaces/communities',
      communityBody(otherOrganisationId, { status: 'planned' }),
    );
    expect(theirs.status, theirs.text).toBe(201);

    const operated = await world.operator.get('/api/v1/spaces/communities/operated');
    expect(operated.status, operated.text).toBe(200);
    const ids = operated.body.map((community: { id: string }) => community.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    expect(
      operated.body.every(
        (community: { operator: { organisationId: string } | null }) =>
          community.operator?.organisationId === world.operatorOrganisationId,
      ),
    ).toBe(true);

    const all = await world.admin.get('/api/v1/spaces/communities/operated');
    expect(all.body.map((community: { id: string }) => community.id)).toEqual(
      expect.arrayContaining([mine.body.id, theirs.body.id]),
    );

    const founder = await world.founder.get('/api/v1/spaces/communities/operated');
    expect(founder.status).toBe(403);
    const anonymous = await world.server.client().get('/api/v1/spaces/communities/operated');
    expect(anonymous.status).toBe(401);
  });
});
