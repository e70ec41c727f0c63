/**
 * Test support for the scenarios module's route tests: a real server on a fresh database, a
 * department officer (agency), a founder with a company, and the bodies of a scenario and a
 * challenge — made through the API, as people would.
 */
import { expect } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { newCreditCode } from '../spaces/test-support';

export type SignedIn = TestClient & { accountId: string; email: string };

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export function pdfForm(fields: Record<string, string> = {}, name = 'evidence.pdf') {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), name);
  return form;
}

export async function organisationOf(
  client: TestClient,
  name: string,
  kind: 'company' | 'research_institution' = 'company',
) {
  const response = await client.post('/api/v1/organisations', {
    creditCode: newCreditCode(),
    name,
    kind,
  });
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

const three = (text: string) => ({ 'zh-Hans': text, 'zh-Hant': text, en: text });

/** A scenario body closing on `proposalsCloseOn`; override what a test is about. */
export function scenarioBody(overrides: Record<string, unknown> = {}) {
  return {
    title: {
      'zh-Hans': '街道事件智能分拨',
      'zh-Hant': '街道事件智能分撥',
      en: 'Routing street incidents',
    },
    problem: three('Incidents reported by residents are routed by hand.'),
    dataAndAccess: three('Anonymised incident records 2024–2026; a test environment.'),
    department: {
      'zh-Hans': '测试区政务服务数据管理局',
      'zh-Hant': '測試區政務服務數據管理局',
      en: 'Test District Data Bureau',
    },
    domain: 'city-governance',
    timelineStartsOn: '2026-01-01',
    timelineEndsOn: '2099-12-31',
    proposalsCloseOn: '2099-12-31',
    contact: 'scenarios@test.gov.cn',
    demonstrationCriteria: [
      { id: 'results', label: three('Measured results in use') },
      { id: 'replicable', label: three('Can be replicated in other districts') },
    ],
    ...overrides,
  };
}

export function challengeBody(overrides: Record<string, unknown> = {}) {
  return {
    title: three('Low-power edge inference chip'),
    goals: three('An inference accelerator at 10 TOPS/W.'),
    department: three('Test Science and Technology Bureau'),
    budgetCeilingFen: 3_000_000_000,
    phases: [
      { name: three('揭榜'), endsOn: '2099-06-30' },
      { name: three('攻关'), endsOn: '2099-12-31' },
    ],
    submissionDeadlineOn: '2099-06-30',
    criteria: [
      { id: 'technical', label: three('Technical approach'), maxScore: 60 },
      { id: 'team', label: three('Team and partners'), maxScore: 40 },
    ],
    ...overrides,
  };
}

export interface ScenariosWorld {
  server: TestServer;
  agency: SignedIn;
  founder: SignedIn;
  companyId: string;
}

export async function startScenariosWorld(): Promise<ScenariosWorld> {
  const server = await startTestServer();
  const agency = await server.signedInClient(['agency']);
  const founder = await server.signedInClient(['founder']);
  const companyId = await organisationOf(founder, '测试智能科技有限公司');
  return { server, agency, founder, companyId };
}
