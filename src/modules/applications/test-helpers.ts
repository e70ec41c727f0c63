import type { TestClient, TestServer } from '../../../test/support/test-server';

/** A minimal valid PDF (evidence uploads are sniffed, so the bytes must look like one). */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export async function uploadEvidence(
  client: TestClient,
  applicationId: string,
  documentId: string,
  bytes: Buffer = tinyPdf,
  fileName = `${documentId}.pdf`,
) {
  const form = new FormData();
  form.append('documentId', documentId);
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  return client.request('POST', `/api/v1/applications/${applicationId}/evidence`, { body: form });
}

/** Publishes a dated value for a parameter through the rules module's admin API. */
export async function publishParameter(
  admin: TestClient,
  parameterId: string,
  valueFen: number,
  effectiveFrom = '2026-01-01',
) {
  const response = await admin.post(`/api/v1/parameters/${parameterId}/values`, {
    effectiveFrom,
    status: 'published',
    value: valueFen,
    source: {
      clauses: ['A.P2'],
      document: 'TEST VALUE — entered by an automated test, not policy',
    },
    note: 'test data',
  });
  if (response.status >= 300)
    throw new Error(`publishing ${parameterId} failed: ${response.status} ${response.text}`);
  return response;
}

export interface Cast {
  founder: TestClient & { accountId: string; email: string };
  reviewer: TestClient & { accountId: string; email: string };
  reviewer2: TestClient & { accountId: string; email: string };
  finance: TestClient & { accountId: string; email: string };
  admin: TestClient & { accountId: string; email: string };
}

export async function signInCast(server: TestServer): Promise<Cast> {
  return {
    founder: await server.signedInClient(['founder']),
    reviewer: await server.signedInClient(['reviewer']),
    reviewer2: await server.signedInClient(['reviewer']),
    finance: await server.signedInClient(['finance_officer']),
    admin: await server.signedInClient(['admin']),
  };
}

export const settlementFacts = { person: { newlyArrived: true, highestDegree: 'master' } };
export const payee = {
  accountName: '林晓峰',
  bankName: '中国银行深圳分行',
  accountNumber: '6217000012345678',
};

/** Starts, fills, uploads every required document and submits a settlement-subsidy application. */
export async function applyForSettlement(client: TestClient, facts = settlementFacts) {
  const started = await client.post('/api/v1/applications', {
    policyId: 'talent.settlement-subsidy',
  });
  if (started.status >= 300) throw new Error(`start: ${started.status} ${started.text}`);
  const id: string = started.body.application.id;
  const saved = await client.patch(`/api/v1/applications/${id}`, {
    version: started.body.application.version,
    facts,
    payee,
  });
  if (saved.status !== 200) throw new Error(`save: ${saved.status} ${saved.text}`);
  for (const documentId of ['degree-certificate', 'household-registration', 'bank-account']) {
    const uploaded = await uploadEvidence(client, id, documentId);
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${uploaded.text}`);
  }
  const submitted = await client.post(`/api/v1/applications/${id}/submit`);
  return { id, submitted };
}
