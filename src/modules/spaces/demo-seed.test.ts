import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-database';
import type { Database } from '../../db/client';
import { systemContext } from '../../shared/service-context';
import { seedDemoData } from '../demo/service';
import { listCommunities, listUnits } from './communities-service';

describe('spaces demo data', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(systemContext(database.db, 'demo-seed'));
  }, 120_000);
  afterAll(async () => database?.close());

  it('holds the nine first-batch communities of A.S0, marked demo, with no invented figures', async () => {
    const communities = await listCommunities(systemContext(database.db, 'test'));
    const firstBatch = communities.filter((community) => community.firstBatch);
    expect(firstBatch).toHaveLength(9);
    for (const community of firstBatch) {
      expect(community).toMatchObject({
        demo: true,
        district: null,
        grossAreaM2: null,
        operator: null,
        clauses: ['A.S0'],
      });
      expect(community.names['zh-Hans']).toContain('演示');
      expect(community.names.en).toContain('demo');
    }
  });

  it('gives the demo operator a community of its own, its ladder unpublished', async () => {
    const ctx = systemContext(database.db, 'test');
    const [own] = (await listCommunities(ctx)).filter((community) => community.operator !== null);
    expect(own).toMatchObject({ demo: true, ladder: null, district: { code: 'nanshan' } });
    const units = await listUnits(ctx, own!.id);
    expect(units.map((unit) => unit.kind).sort()).toEqual([
      'desk',
      'desk',
      'desk',
      'desk',
      'floor',
      'office',
      'office',
    ]);
  });
});
