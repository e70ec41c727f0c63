/**
 * Test support for the Hetao white list (issue #16 item 1) — also for other modules' tests that
 * need a white-listed importer (declarations, ledger): the real HTTP flow, as people would do it.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestClient, TestServer } from '../../../test/support/test-server';
import { creditCodeCheckCharacter } from '../../shared/uscc';

const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** An organisation registered through the API by `client`, who becomes its founder member. */
export async function createOrganisationForTest(
  client: TestClient,
  name = `测试研究院 ${randomBytes(3).toString('hex')}`,
): Promise<string> {
  const body = [...randomBytes(9)].map((byte) => CREDIT_CODE_CHARSET[byte % 31]).join('');
  const first17 = `52440300${body}`;
  const response = await client.post('/api/v1/organisations', {
    creditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
    name,
    kind: 'private_non_enterprise_unit',
  });
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

/** The body of a white-list application; override what a test is about. */
export function whiteListApplicationBody(
  organisationId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    organisationId,
    entityType: 'public_institution',
    registeredInSupervisedArea: true,
    supervisedAreaAddress: '深圳市福田区河套深港科技创新合作区深圳园区测试楼 1 号',
    researchActivities: '细胞生物学基础研究，使用流式细胞仪和细胞培养耗材。',
    contacts: [{ name: '测试联系人', role: '科研管理', phone: '0755-00000000' }],
    ...overrides,
  };
}

/** The validity a test listing gets unless it says otherwise: from the notice's first day (B.D1). */
export const TEST_LISTING = { validFrom: '2026-02-10', validUntil: null } as const;

/**
 * Puts `organisationId` on the white list: `importer` (a founder of it) applies, a new white-list
 * officer lists it from 2026-02-10 with no end date (or the validity given).
 */
export async function listImporterForTest(
  server: TestServer,
  importer: TestClient,
  organisationId: string,
  validity: { validFrom: string; validUntil: string | null } = TEST_LISTING,
): Promise<{ entryId: string }> {
  const applied = await importer.post(
    '/api/v1/hetao/white-list/applications',
    whiteListApplicationBody(organisationId),
  );
  expect(applied.status, applied.text).toBe(201);
  const officer = await server.signedInClient(['whitelist_officer']);
  const listed = await officer.post(
    `/api/v1/hetao/white-list/applications/${applied.body.id as string}/list`,
    validity,
  );
  expect(listed.status, listed.text).toBe(200);
  return { entryId: listed.body.entry.id as string };
}
