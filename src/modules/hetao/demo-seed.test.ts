import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { seedDemoData } from '../demo/service';
import { systemContext } from '../../shared/service-context';
import { createTestDatabase } from '../../../test/support/test-database';
import * as repo from './repo';
import { loadLookupSources } from './sources';

describe('Hetao demo data', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoData(systemContext(database.db, 'demo-seed'));
  });
  afterAll(async () => {
    await database?.close();
  });

  it('publishes the working list and two anonymised precedents (FBS → 3002.12, DMEM → 3821.00)', async () => {
    const sources = await loadLookupSources(database.db);
    expect(sources.listVersion.isWorkingList).toBe(true);
    expect(sources.precedents.map((precedent) => precedent.hsCode).sort()).toEqual([
      '300212',
      '382100',
    ]);
    const fbs = sources.precedents.find((precedent) => precedent.hsCode === '300212')!;
    expect(fbs).toMatchObject({ covered: true, listItemId: 'WL-CO-02' });
    expect(fbs.question).toContain('胎牛血清');
    expect(fbs.question).not.toContain('陈静怡');
    expect(fbs.question).not.toContain('河套深港细胞生物学研究院');
  });

  it('leaves the Matrigel question open, a supported suggestion group and a filed ruling', async () => {
    const open = await repo.listQuestions(database.db, { statuses: ['open'] });
    expect(open).toHaveLength(1);
    expect(open[0]!.question.description).toMatch(/Matrigel/);
    expect(open[0]!.askerEmail).toBe('importer@demo.opchub.cn');
    const groups = await repo.listSuggestionGroups(database.db);
    expect(groups.map((group) => group.heading)).toEqual(['3824']);
    expect(await repo.listSupports(database.db, [groups[0]!.id])).toHaveLength(1);
    const rulings = await repo.listRulings(database.db, {});
    expect(rulings.map((row) => row.ruling.status)).toEqual(['filed']);
  });
});
