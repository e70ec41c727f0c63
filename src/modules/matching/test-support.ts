import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import type { TestClient } from '../../../test/support/test-server';
import { matchingQueueOf } from './queue';
import type { Db } from '../../db/client';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code no other test uses. */
export function newCreditCode(): string {
  const body = [...randomBytes(9)].map((byte) => CHARSET[byte % 31]).join('');
  const first17 = `91440300${body}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** A CSV file's bytes from a header and rows (cells quoted where needed). */
export function csvBytes(rows: string[][]): Uint8Array {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new TextEncoder().encode(`${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`);
}

export function importForm(
  bytes: Uint8Array,
  mapping?: Record<string, string>,
  name = 'companies.csv',
) {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), name);
  return form;
}

export async function importCsv(
  client: TestClient,
  rows: string[][],
  mapping?: Record<string, string>,
) {
  return client.request('POST', '/api/v1/matching/imports', {
    body: importForm(csvBytes(rows), mapping),
  });
}

/** Waits until the in-process queue of this database has run every batch it was given. */
export async function drainMatching(db: Db) {
  await matchingQueueOf(db).drain();
}

export async function expectStatus(response: { status: number; text: string }, status: number) {
  expect(response.status, response.text).toBe(status);
}
