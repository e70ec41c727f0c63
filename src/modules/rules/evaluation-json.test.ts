import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeSituations } from '../../../bench/situations';
import { openDatabase, type Database } from '../../db/client';
import { systemContext } from '../../shared/service-context';
import { getCatalogue } from './catalogue';
import { evaluationResponse } from './schema';
import { evaluateParsedFacts, evaluateParsedFactsToJson } from './service';

/** The route's JSON fast path writes exactly what JSON.stringify of the presented result gives. */

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  await database.migrate();
});
afterAll(async () => database?.close());

it('serialises every evaluation exactly as JSON.stringify would, in every language, traced or not', async () => {
  const situations = makeSituations(600, getCatalogue().catalogue, 7);
  for (const [index, situation] of situations.entries()) {
    const language = (['zh-Hans', 'zh-Hant', 'en'] as const)[index % 3]!;
    const ctx = { ...systemContext(database.db, 'test'), language };
    const input = { facts: situation.facts, date: situation.date, trace: index % 4 !== 0 };
    const expected = JSON.stringify(await evaluateParsedFacts(ctx, input));
    const json = await evaluateParsedFactsToJson(ctx, input);
    expect(json).toBe(expected);
    // …and it is what the published response schema says.
    if (index % 50 === 0) expect(evaluationResponse.safeParse(JSON.parse(json)).success).toBe(true);
  }
});
