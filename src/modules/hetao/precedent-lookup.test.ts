import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { lookupGoods } from '../hetao-lookup/lookup/lookup';
import type { LookupResult } from '../hetao-lookup/lookup/types';
import { currentLookupIndex } from '../hetao-lookup/service';
import { registerOrganisation } from './test-support';

/**
 * The point of the consultation window (B.C1): an officer's published answer helps the next
 * person. After a precedent is published, the next lookup for similar goods cites it and ranks
 * its heading by it; after it is retracted, it no longer does.
 */
let server: TestServer;
let customs: TestClient;
let importer: TestClient;

const lookUp = async (text: string) =>
  lookupGoods(await currentLookupIndex(server.database.db), { text });
const precedentReasons = (result: LookupResult) =>
  result.candidates.flatMap((candidate) =>
    candidate.reasons
      .filter((reason) => reason.kind === 'precedent')
      .map((reason) => ({
        hsCode: candidate.hsCode,
        rank: result.candidates.indexOf(candidate),
        reason,
      })),
  );

beforeAll(async () => {
  server = await startTestServer();
  customs = await server.signedInClient(['customs_officer']);
  importer = await server.signedInClient(['founder']);
  await registerOrganisation(importer, '河套类器官示例有限公司');
});
afterAll(async () => {
  await server?.close();
});

describe('a published precedent is cited by the next lookup', () => {
  const query = 'Corning Matrigel 基质胶，类器官三维培养用';
  let questionId: string;
  let precedentId: string;
  let before: LookupResult;

  it('before: no precedent is cited', async () => {
    before = await lookUp(query);
    expect(precedentReasons(before)).toEqual([]);
  });

  it('after the officer answers and publishes, the lookup cites the precedent and ranks its heading by it', async () => {
    const asked = await importer.post('/api/v1/hetao/questions', {
      description:
        '河套类器官示例有限公司问：Corning Matrigel 基质胶（货号 356234），用于类器官三维培养，是否免税？',
      proposedCode: '3504',
    });
    questionId = asked.body.id;
    await customs.post(`/api/v1/hetao/questions/${questionId}/answer`, {
      hsCode: '3821.00',
      covered: true,
      reasoning:
        '本案货物为配制好的供细胞生长用的基质，按功能归入 3821.00，属清单耗材类培养基条目。',
      listItemId: 'WL-CO-03',
    });
    // Answered but not yet published: still not cited.
    expect(precedentReasons(await lookUp(query))).toEqual([]);

    const published = await customs.post(`/api/v1/hetao/questions/${questionId}/publish`, {});
    precedentId = published.body.precedent.id;

    const after = await lookUp(query);
    const cited = precedentReasons(after);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited[0]!.reason).toMatchObject({ precedentId, covered: true });
    expect(cited[0]!.hsCode.startsWith('3821')).toBe(true);
    // Ranked by it: its heading scores higher than before and now leads the other contested one.
    const score = (result: LookupResult, prefix: string) =>
      result.candidates.find((candidate) => candidate.hsCode.startsWith(prefix))?.score ?? 0;
    const rank = (result: LookupResult, prefix: string) =>
      result.candidates.findIndex((candidate) => candidate.hsCode.startsWith(prefix));
    expect(score(after, '3821')).toBeGreaterThan(score(before, '3821') + 0.1);
    expect(rank(after, '3821')).toBeLessThan(rank(after, '3504'));
    expect(after.candidates[rank(after, '3821')]!.listItemId).toBe('WL-CO-03');
    // The question was anonymised before the lookup ever saw it.
    const reason = cited[0]!.reason as { question: string };
    expect(reason.question).not.toContain('河套类器官示例');
  });

  it('after retraction it is no longer cited', async () => {
    await customs.post(`/api/v1/hetao/questions/${questionId}/retract`, { reason: '复核中' });
    expect(precedentReasons(await lookUp(query))).toEqual([]);
  });
});
