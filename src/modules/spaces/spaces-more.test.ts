/**
 * The spaces module's second increment over HTTP on a real database (issue #14): one live
 * application per company and community, move-up when the team grows (A.S2), renewal at new
 * terms from the dated rents, the rent-subsidy report and the Excel exports, the residents list,
 * the prefill from the rules engine, and keyset paging of the lists that grow.
 */
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { spaceLeaseTerms, spaceMoveUpRequests } from '../../db/schema/spaces';
import {
  addUnit,
  admittedApplication,
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

/** Sends a request that must be refused, and checks nothing was written. */
async function expectRefused(
  send: () => Promise<{ status: number; body: any; text: string }>,
  expected: { status: number; code: string },
) {
  const before = await countRows(world.server);
  const response = await send();
  expect(response.status, response.text).toBe(expected.status);
  expect(response.text).toContain(expected.code);
  expect(await countRows(world.server)).toEqual(before);
  return response;
}

async function recordRent(unitId: string, kind: string, fen: number, from: string) {
  const response = await world.operator.post(`/api/v1/spaces/units/${unitId}/rents`, {
    kind,
    monthlyRentFen: fen,
    effectiveFrom: from,
    source: `测试租金 ${kind} ${from}`,
  });
  expect(response.status, response.text).toBe(201);
}

/** A company of its own (a new founder), with a desk lease from 2026-01-01 in the community. */
async function residentWithDesk(communityId: string, deskId: string) {
  const founder = await world.server.signedInClient(['founder']);
  const organisationId = await createOrganisationAs(founder, '升档测试公司');
  const applied = await founder.post(`/api/v1/spaces/communities/${communityId}/applications`, {
    organisationId,
    route: 'opc-community',
    teamSize: 1,
    aiFounderCount: 1,
  });
  expect(applied.status, applied.text).toBe(201);
  await world.operator.post(`/api/v1/spaces/applications/${applied.body.id}/admit`, {});
  const lease = await world.operator.post(`/api/v1/spaces/applications/${applied.body.id}/lease`, {
    unitId: deskId,
    startsOn: '2026-01-01',
    endsOn: '2027-06-30',
    monthlyRentFen: 100_000,
    monthlySubsidyFen: 60_000,
  });
  expect(lease.status, lease.text).toBe(201);
  return { founder, organisationId, leaseId: lease.body.id as string };
}

describe('one live application per company and community (a service rule)', () => {
  it('refuses a second while one is submitted or admitted (409, no clause), takes one after a decline', async () => {
    const communityId = await openCommunity(world);
    const body = {
      organisationId: world.companyId,
      route: 'opc-community',
      teamSize: 1,
      aiFounderCount: 1,
    };
    const first = await world.founder.post(
      `/api/v1/spaces/communities/${communityId}/applications`,
      body,
    );
    expect(first.status, first.text).toBe(201);
    const refused = await expectRefused(
      () => world.founder.post(`/api/v1/spaces/communities/${communityId}/applications`, body),
      { status: 409, code: 'space.application_already_live' },
    );
    expect(refused.body.detail).toContain('并非政策条款');
    expect(refused.body.liveApplicationId).toBe(first.body.id);
    expect(refused.body.clauses).toEqual([]);
    await world.operator.post(`/api/v1/spaces/applications/${first.body.id}/admit`, {});
    await expectRefused(
      () => world.founder.post(`/api/v1/spaces/communities/${communityId}/applications`, body),
      { status: 409, code: 'space.application_already_live' },
    );
    // Another community is another matter.
    const elsewhere = await openCommunity(world);
    const there = await world.founder.post(
      `/api/v1/spaces/communities/${elsewhere}/applications`,
      body,
    );
    expect(there.status, there.text).toBe(201);
    await world.operator.post(`/api/v1/spaces/applications/${there.body.id}/decline`, {
      reason: '暂无空位',
    });
    const again = await world.founder.post(
      `/api/v1/spaces/communities/${elsewhere}/applications`,
      body,
    );
    expect(again.status, again.text).toBe(201);
  });
});

describe('move-up when the team grows (A.S2)', () => {
  it('asks, refuses what does not fit, then moves up in one transaction: audited and told', async () => {
    const communityId = await openCommunity(world); // ladder: desk ≤ 2, office ≤ 10
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'MU-D', areaM2: 6 });
    const officeId = await addUnit(world, communityId, {
      kind: 'office',
      label: 'MU-O',
      areaM2: 30,
    });
    const { founder, organisationId, leaseId } = await residentWithDesk(communityId, deskId);
    const ask = () => founder.post(`/api/v1/spaces/leases/${leaseId}/move-up-requests`);
    await expectRefused(ask, { status: 422, code: 'space.team_not_declared' });
    const declare = async (teamSize: number) => {
      const response = await founder.post(`/api/v1/spaces/residents/${organisationId}/records`, {
        teamSize,
        aiFounderCount: 1,
        aiStaffCount: 0,
      });
      expect(response.status, response.text).toBe(201);
    };
    await declare(2);
    await expectRefused(ask, { status: 422, code: 'space.move_up_not_fitting' });
    await declare(5);
    const asked = await ask();
    expect(asked.status, asked.text).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'requested',
      rung: 'office',
      teamSize: 5,
      requestedAs: 'company',
      clauses: ['A.S2'],
    });
    await expectRefused(ask, { status: 409, code: 'space.move_up_request_open' });
    const queue = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/move-up-requests`,
    );
    expect(queue.body.map((row: { id: string }) => row.id)).toEqual([asked.body.id]);
    const operatorInbox = await world.operator.get('/api/v1/notifications');
    expect(
      operatorInbox.body.items.some(
        (item: { kind: string; subjectId: string }) =>
          item.kind === 'space.move_up_requested' && item.subjectId === asked.body.id,
      ),
    ).toBe(true);

    const moveUpBody = (unitId: string) => ({
      unitId,
      startsOn: '2026-10-01',
      endsOn: '2027-09-30',
      monthlyRentFen: 400_000,
      monthlySubsidyFen: 250_000,
      requestId: asked.body.id,
    });
    await expectRefused(
      () => world.operator.post(`/api/v1/spaces/leases/${leaseId}/move-up`, moveUpBody(deskId)),
      { status: 422, code: 'space.unit_wrong_rung' },
    );
    const moved = await world.operator.post(
      `/api/v1/spaces/leases/${leaseId}/move-up`,
      moveUpBody(officeId),
    );
    expect(moved.status, moved.text).toBe(201);
    expect(moved.body.endedLease).toMatchObject({
      id: leaseId,
      status: 'ended',
      movedOutOn: '2026-09-30',
    });
    expect(moved.body.newLease).toMatchObject({
      unitId: officeId,
      unitKind: 'office',
      organisationId,
      startsOn: '2026-10-01',
      status: 'active',
      terms: [{ startsOn: '2026-10-01', reason: 'moved_up', monthlyRentFen: 400_000 }],
    });
    const [request] = await world.server.database.db
      .select()
      .from(spaceMoveUpRequests)
      .where(eq(spaceMoveUpRequests.id, asked.body.id));
    expect(request).toMatchObject({ status: 'moved', movedToLeaseId: moved.body.newLease.id });
    const audit = await world.server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'space_lease'), eq(auditLog.subjectId, leaseId)));
    expect(audit.map((row) => row.action)).toContain('space_lease.ended');
    const [movedAudit] = await world.server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.subjectId, moved.body.newLease.id));
    expect(movedAudit?.action).toBe('space_lease.moved_up');
    const inbox = await founder.get('/api/v1/notifications');
    expect(
      inbox.body.items.some((item: { kind: string }) => item.kind === 'space.lease_moved_up'),
    ).toBe(true);
    const mine = await founder.get('/api/v1/spaces/move-up-requests/mine');
    expect(mine.body[0]).toMatchObject({ status: 'moved' });
  });

  it('refuses while the rung the team needs is unpublished, and lets the operator offer and decline', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'UP-D', areaM2: 6 });
    const { organisationId, leaseId } = await residentWithDesk(communityId, deskId);
    const declared = await world.operator.post(
      `/api/v1/spaces/residents/${organisationId}/records`,
      { teamSize: 5, aiFounderCount: 1, aiStaffCount: 1 },
    );
    expect(declared.status, declared.text).toBe(201);
    const ladder = await world.operator.put(`/api/v1/spaces/communities/${communityId}/ladder`, {
      deskMaxTeamSize: 2,
      officeMaxTeamSize: null,
      source: 'office threshold withdrawn',
    });
    expect(ladder.status, ladder.text).toBe(200);
    await expectRefused(
      () => world.operator.post(`/api/v1/spaces/leases/${leaseId}/move-up-requests`),
      { status: 422, code: 'space.ladder_unpublished' },
    );
    await world.operator.put(`/api/v1/spaces/communities/${communityId}/ladder`, {
      deskMaxTeamSize: 2,
      officeMaxTeamSize: 10,
      source: 'office threshold restored',
    });
    const offered = await world.operator.post(`/api/v1/spaces/leases/${leaseId}/move-up-requests`);
    expect(offered.status, offered.text).toBe(201);
    expect(offered.body.requestedAs).toBe('operator');
    const declined = await world.operator.post(
      `/api/v1/spaces/move-up-requests/${offered.body.id}/decline`,
      { reason: '暂无空置办公室' },
    );
    expect(declined.status, declined.text).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', decisionReason: '暂无空置办公室' });
    await expectRefused(
      () =>
        world.operator.post(`/api/v1/spaces/move-up-requests/${offered.body.id}/decline`, {
          reason: 'again',
        }),
      { status: 409, code: 'space.move_up_request_closed' },
    );
  });
});

describe('renewal at new terms', () => {
  it('takes the rent and subsidy from the rents in force on the renewal start, keeping the old terms', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'RN-D', areaM2: 6 });
    await recordRent(deskId, 'market_reference', 300_000, '2020-01-01');
    await recordRent(deskId, 'low_cost', 100_000, '2020-01-01');
    await recordRent(deskId, 'market_reference', 360_000, '2027-07-01');
    const { leaseId } = await residentWithDesk(communityId, deskId);
    const same = await world.operator.post(`/api/v1/spaces/leases/${leaseId}/renew`, {
      endsOn: '2027-06-30',
    });
    expect(same.status).toBe(422); // not later than the current end
    const renewed = await world.operator.post(`/api/v1/spaces/leases/${leaseId}/renew`, {
      endsOn: '2028-06-30',
      newTerms: true,
    });
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body).toMatchObject({
      endsOn: '2028-06-30',
      monthlyRentFen: 360_000,
      monthlySubsidyFen: 260_000,
    });
    expect(renewed.body.terms).toMatchObject([
      {
        startsOn: '2026-01-01',
        monthlyRentFen: 100_000,
        monthlySubsidyFen: 60_000,
        reason: 'allocated',
      },
      {
        startsOn: '2027-07-01',
        monthlyRentFen: 360_000,
        monthlySubsidyFen: 260_000,
        reason: 'renewed_at_new_terms',
        marketReferenceRent: { monthlyRentFen: 360_000, effectiveFrom: '2027-07-01' },
        lowCostRent: { monthlyRentFen: 100_000, effectiveFrom: '2020-01-01' },
      },
    ]);
    const rows = await world.server.database.db
      .select()
      .from(spaceLeaseTerms)
      .where(eq(spaceLeaseTerms.leaseId, leaseId));
    expect(rows).toHaveLength(2);
  });

  it('refuses new terms where the unit has no rent recorded (422, nothing written)', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'NR-D', areaM2: 6 });
    const { leaseId } = await residentWithDesk(communityId, deskId);
    await expectRefused(
      () =>
        world.operator.post(`/api/v1/spaces/leases/${leaseId}/renew`, {
          endsOn: '2028-06-30',
          newTerms: true,
        }),
      { status: 422, code: 'space.rents_not_recorded' },
    );
  });
});

describe('the rent-subsidy report and the exports', () => {
  it('sums the rents in force per month with their sources, in fen; exports Excel and CSV', async () => {
    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'RS-D', areaM2: 6 });
    const bareId = await addUnit(world, communityId, { kind: 'desk', label: 'RS-E', areaM2: 6 });
    await recordRent(deskId, 'market_reference', 300_000, '2020-01-01');
    await recordRent(deskId, 'low_cost', 100_000, '2020-01-01');
    await recordRent(deskId, 'low_cost', 120_000, '2026-03-01');
    await residentWithDesk(communityId, deskId);
    await residentWithDesk(communityId, bareId);
    const report = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/reports/rent-subsidy?from=2025-12&to=2026-03`,
    );
    expect(report.status, report.text).toBe(200);
    expect(report.body.months.map((month: { month: string }) => month.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(report.body.months[0]).toMatchObject({ unitsLeased: 0, subsidyImpliedFen: 0 });
    expect(report.body.months[1]).toMatchObject({
      unitsLeased: 2,
      unitsWithoutRents: 1,
      marketReferenceFen: 300_000,
      lowCostFen: 100_000,
      subsidyImpliedFen: 200_000,
    });
    expect(report.body.months[3]).toMatchObject({
      lowCostFen: 120_000,
      subsidyImpliedFen: 180_000,
    });
    const unit = report.body.months[3].units.find(
      (row: { unitLabel: string }) => row.unitLabel === 'RS-D',
    );
    expect(unit.lowCostRent).toMatchObject({
      effectiveFrom: '2026-03-01',
      source: '测试租金 low_cost 2026-03-01',
    });
    expect(report.body.totals.subsidyImpliedFen).toBe(200_000 * 2 + 180_000);

    const excel = await fetch(
      `${world.server.baseUrl}/api/v1/spaces/communities/${communityId}/reports/rent-subsidy/export?from=2026-01&to=2026-03`,
      { headers: await cookieHeaders() },
    );
    expect(excel.status).toBe(200);
    expect(excel.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await excel.arrayBuffer());
    const summary = workbook.worksheets[0]!;
    expect(summary.getRow(2).values).toEqual([undefined, '2026-01', 2, 1, 3000, 1000, 2000]);
    const csv = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/reports/rent-subsidy/export?from=2026-01&to=2026-01&format=csv`,
    );
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('2026-01,2,1,3000,1000,2000');
    const occupancy = await fetch(
      `${world.server.baseUrl}/api/v1/spaces/communities/${communityId}/reports/occupancy/export`,
      { headers: await cookieHeaders() },
    );
    expect(occupancy.status).toBe(200);
    const occupancyBook = new ExcelJS.Workbook();
    await occupancyBook.xlsx.load(await occupancy.arrayBuffer());
    expect(occupancyBook.worksheets[0]!.rowCount).toBe(3);

    await expectRefused(
      () =>
        world.operator.get(
          `/api/v1/spaces/communities/${communityId}/reports/rent-subsidy?from=2026-05&to=2026-01`,
        ),
      { status: 400, code: '/query/from' },
    );
    const stranger = await world.server.signedInClient(['community_operator']);
    const refused = await stranger.get(
      `/api/v1/spaces/communities/${communityId}/reports/rent-subsidy`,
    );
    expect(refused.status).toBe(403);
  });
});

/** The operator's session cookies, for a raw fetch of a binary file. */
async function cookieHeaders() {
  const cookies = (world.operator as unknown as { cookies: Map<string, string> }).cookies;
  return { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
}

describe('keyset paging and the residents list', () => {
  it('pages the applications queue, the leases and the residents with Link headers', async () => {
    const communityId = await openCommunity(world);
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1)
      ids.push(await admittedApplication(world, communityId, { teamSize: 1 }));
    const first = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/applications?limit=2`,
    );
    expect(first.status, first.text).toBe(200);
    expect(first.body.map((row: { id: string }) => row.id)).toEqual(ids.slice(0, 2));
    const link = first.headers.get('link')!;
    expect(link).toMatch(/rel="next"/);
    const next = link.slice(link.indexOf('<') + 1, link.indexOf('>'));
    const second = await world.operator.get(next);
    expect(second.body.map((row: { id: string }) => row.id)).toEqual(ids.slice(2));
    expect(second.headers.get('link')).toBeNull();
    const all = await world.operator.get(`/api/v1/spaces/communities/${communityId}/applications`);
    expect(all.body).toHaveLength(3);
    const bad = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/applications?cursor=nonsense`,
    );
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('/query/cursor');

    const deskA = await addUnit(world, communityId, { kind: 'desk', label: 'PG-A', areaM2: 6 });
    const deskB = await addUnit(world, communityId, { kind: 'desk', label: 'PG-B', areaM2: 6 });
    const a = await residentWithDesk(communityId, deskA);
    await residentWithDesk(communityId, deskB);
    const leases = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/leases?limit=1`,
    );
    expect(leases.body).toHaveLength(1);
    expect(leases.body[0].organisationName).toBe('升档测试公司');
    expect(leases.headers.get('link')).toMatch(/cursor=/);
    const declared = await a.founder.post(`/api/v1/spaces/residents/${a.organisationId}/records`, {
      teamSize: 3,
      aiFounderCount: 1,
      aiStaffCount: 1,
    });
    expect(declared.status).toBe(201);
    const residents = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/residents`,
    );
    expect(residents.status, residents.text).toBe(200);
    expect(residents.body).toHaveLength(2);
    const row = residents.body.find(
      (resident: { organisationId: string }) => resident.organisationId === a.organisationId,
    );
    expect(row.record).toMatchObject({ teamSize: 3, aiTalents: 2, declaredAs: 'company' });
    const page = await world.operator.get(
      `/api/v1/spaces/communities/${communityId}/residents?limit=1`,
    );
    expect(page.body).toHaveLength(1);
    expect(page.headers.get('link')).toMatch(/rel="next"/);
  });
});

describe('prefill from the rules engine', () => {
  it("gives the engine's space results for the company, with status and clauses", async () => {
    const communityId = await openCommunity(world);
    const saved = await world.founder.patch('/api/v1/facts/profile', {
      organisationId: world.companyId,
      facts: { person: { hasCompany: true }, company: { teamSize: 4, workspace: 'opc-community' } },
    });
    expect(saved.status, saved.text).toBe(200);
    const prefill = await world.founder.get(
      `/api/v1/spaces/communities/${communityId}/application-prefill?organisationId=${world.companyId}`,
    );
    expect(prefill.status, prefill.text).toBe(200);
    expect(prefill.body.results.map((row: { policyId: string }) => row.policyId)).toEqual([
      'space.opc-community',
      'space.other-industrial',
    ]);
    const opc = prefill.body.results[0];
    expect(opc.clauses).toContain('A.S2');
    expect(['eligible', 'unknown', 'ineligible']).toContain(opc.status);
    expect(prefill.body.teamSize).toBe(4);
    expect(opc.status).toBe('eligible');
    expect(prefill.body.suggestedRoute).toBe('opc-community');
    const other = await world.server.signedInClient(['founder']);
    const refused = await other.get(
      `/api/v1/spaces/communities/${communityId}/application-prefill?organisationId=${world.companyId}`,
    );
    expect(refused.status).toBe(403);
  });
});
