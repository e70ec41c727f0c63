/**
 * Facts from records (STYLE.md, "Where a fact comes from"): a record's value wins over a
 * declaration, is listed with its source in the fact profile, and a provider may give only the
 * facts it declares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDateOf } from '../../shared/china-time';
import { listImporterForTest } from '../hetao/whitelist-test-support';
import {
  addUnit,
  admittedApplication,
  openCommunity,
  startSpacesWorld,
  type SpacesWorld,
} from '../spaces/test-support';
import {
  overlayRecordedFacts,
  recordedFactsOf,
  recordFactProviders,
  type RecordFactProvider,
} from './record-facts';

const source = {
  kind: 'test',
  id: 'r1',
  since: null,
  until: null,
  label: { 'zh-Hans': '测', 'zh-Hant': '測', en: 'test' },
};

describe('laying records over declarations', () => {
  it('a recorded fact replaces the declared value and adds missing subjects; nothing else moves', () => {
    const declared = { company: { workspace: 'none', employees: 3 }, person: { age: 30 } };
    const facts = overlayRecordedFacts(declared, [
      { fact: 'company.workspace', value: 'opc-community', source },
      { fact: 'importer.whiteListed', value: true, source },
    ]);
    expect(facts).toEqual({
      company: { workspace: 'opc-community', employees: 3 },
      person: { age: 30 },
      importer: { whiteListed: true },
    });
    expect(declared.company.workspace).toBe('none');
  });

  it('refuses a provider that gives a fact it does not declare', async () => {
    const rogue: RecordFactProvider = {
      name: 'rogue',
      facts: ['company.highGrowth'],
      provide: async () => [{ fact: 'importer.whiteListed', value: true, source }],
    };
    await expect(
      recordedFactsOf(
        {} as never,
        { accountId: 'a', personId: 'p', organisationId: 'o' },
        '2027-01-01',
        [rogue],
      ),
    ).rejects.toThrow(/importer.whiteListed/);
  });

  it('no two providers give the same fact', () => {
    const all = recordFactProviders.flatMap((provider) => provider.facts);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('a lease and a high-growth mark in the fact profile', () => {
  let world: SpacesWorld;
  beforeAll(async () => {
    world = await startSpacesWorld();
  }, 120_000);
  afterAll(async () => world?.server.close());

  it('a founder who declared "no workspace" sees the lease win, with its source', async () => {
    const declared = await world.founder.patch('/api/v1/facts/profile', {
      organisationId: world.companyId,
      facts: { company: { workspace: 'none' } },
    });
    expect(declared.status, declared.text).toBe(200);
    expect(declared.body.facts.company.workspace).toBe('none');
    expect(declared.body.recorded).toEqual([]);

    const communityId = await openCommunity(world);
    const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'R-1', areaM2: 6 });
    const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
    const today = chinaDateOf(new Date());
    const allocated = await world.operator.post(
      `/api/v1/spaces/applications/${applicationId}/lease`,
      {
        unitId: deskId,
        startsOn: today,
        endsOn: `${Number(today.slice(0, 4)) + 1}-12-31`,
        monthlyRentFen: 100_000,
        monthlySubsidyFen: 50_000,
      },
    );
    expect(allocated.status, allocated.text).toBe(201);

    const profile = await world.founder.get(
      `/api/v1/facts/profile?organisationId=${world.companyId}`,
    );
    expect(profile.status, profile.text).toBe(200);
    expect(profile.body.facts.company.workspace).toBe('opc-community');
    expect(profile.body.recorded).toEqual([
      expect.objectContaining({
        fact: 'company.workspace',
        value: 'opc-community',
        source: expect.objectContaining({
          kind: 'space-lease',
          id: allocated.body.id,
          since: today,
        }),
      }),
    ]);
  });

  it('an importer on the white list is white-listed by the record, whatever it declared', async () => {
    const declared = await world.founder.patch('/api/v1/facts/profile', {
      organisationId: world.companyId,
      facts: { importer: { whiteListed: false } },
    });
    expect(declared.status, declared.text).toBe(200);
    expect(declared.body.facts.importer.whiteListed).toBe(false);

    const { entryId } = await listImporterForTest(world.server, world.founder, world.companyId);
    const profile = await world.founder.get(
      `/api/v1/facts/profile?organisationId=${world.companyId}`,
    );
    expect(profile.body.facts.importer.whiteListed).toBe(true);
    expect(profile.body.recorded).toContainEqual(
      expect.objectContaining({
        fact: 'importer.whiteListed',
        value: true,
        source: expect.objectContaining({ kind: 'hetao-white-list', id: entryId }),
      }),
    );
  });
});
