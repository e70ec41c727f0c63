import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/applications';
import { auditLog } from '../../db/schema/audit';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { applyForSettlement, signInCast, uploadEvidence, type Cast } from './test-helpers';

/**
 * Deleting a draft (issue #10, item 10): a draft was never sent, so its applicant deletes it
 * rather than withdrawing it; a submitted application stays on the record. Audited.
 */
let server: TestServer;
let cast: Cast;

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
});
afterAll(async () => server?.close());

async function startDraft(client = cast.founder) {
  const started = await client.post('/api/v1/applications', {
    policyId: 'talent.settlement-subsidy',
  });
  expect(started.status, started.text).toBe(201);
  return started.body.application.id as string;
}

describe('DELETE /api/v1/applications/:id', () => {
  it('offers "delete", not "withdraw", for a draft', async () => {
    const id = await startDraft();
    const detail = await cast.founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.availableActions).toContain('delete');
    expect(detail.body.availableActions).not.toContain('withdraw');
    expect((await cast.founder.delete(`/api/v1/applications/${id}`)).status).toBe(204);
  });

  it('deletes a draft with its files, and writes the audit row', async () => {
    const id = await startDraft();
    expect((await uploadEvidence(cast.founder, id, 'degree-certificate')).status).toBe(201);
    const deleted = await cast.founder.delete(`/api/v1/applications/${id}`);
    expect(deleted.status, deleted.text).toBe(204);
    expect((await cast.founder.get(`/api/v1/applications/${id}`)).status).toBe(404);
    const mine = await cast.founder.get('/api/v1/applications');
    expect(mine.body.map((row: { id: string }) => row.id)).not.toContain(id);
    const audit = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'application.draft_deleted')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorAccountId).toBe(cast.founder.accountId);
    expect(audit[0]!.before).toMatchObject({ policyId: 'talent.settlement-subsidy' });
  });

  it("refuses someone else's draft as not found, and leaves it", async () => {
    const id = await startDraft();
    const other = await server.signedInClient(['founder']);
    expect((await other.delete(`/api/v1/applications/${id}`)).status).toBe(404);
    const [row] = await server.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, id));
    expect(row?.status).toBe('draft');
    expect((await cast.founder.delete(`/api/v1/applications/${id}`)).status).toBe(204);
  });

  it('refuses a submitted application (it can only be withdrawn)', async () => {
    // Submitted: screened, and here sent back for a missing answer — no longer a draft either way.
    const { id, submitted } = await applyForSettlement(cast.founder);
    expect(submitted.status, submitted.text).toBe(200);
    const refused = await cast.founder.delete(`/api/v1/applications/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('application.not_editable');
    expect((await cast.founder.get(`/api/v1/applications/${id}`)).status).toBe(200);
  });

  it('is for applicants only', async () => {
    const id = await startDraft(await server.signedInClient(['founder']));
    expect((await cast.reviewer.delete(`/api/v1/applications/${id}`)).status).toBe(403);
  });
});
