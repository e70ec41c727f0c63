import ExcelJS from 'exceljs';
import { LIST_CSV_HEADER } from './list-format';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import type { TestClient } from '../../../test/support/test-server';

/**
 * Helpers for the Hetao route tests: an importer is any signed-in account that belongs to an
 * organisation, so tests register one.
 */

let organisationCounter = 0;

/** A valid GB 32100-2015 code, different on every call. */
export function nextCreditCode(): string {
  organisationCounter += 1;
  const first17 = `91440300MA5${String(100000 + organisationCounter).slice(-6)}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** Registers an organisation with the client as its founder and returns its id. */
export async function registerOrganisation(
  client: TestClient,
  name: string,
  registeredAddress = '深圳市福田区河套深港科技创新合作区深圳园区',
): Promise<{ id: string; name: string; creditCode: string }> {
  const creditCode = nextCreditCode();
  const response = await client.post('/api/v1/organisations', {
    creditCode,
    name,
    kind: 'company',
    registeredAddress,
  });
  if (response.status !== 201)
    throw new Error(`organisation not created: ${response.status} ${response.text}`);
  return { id: response.body.id, name, creditCode };
}

/** A multipart body with one file and some fields, as a browser's FormData would send it. */
export function formWithFile(
  file: { bytes: Uint8Array; name: string; type?: string },
  fields: Record<string, string> = {},
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append(
    'file',
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], {
      type: file.type ?? 'application/octet-stream',
    }),
    file.name,
  );
  return form;
}

export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

type ListRow = Partial<Record<(typeof LIST_CSV_HEADER)[number], string | number>>;

/** An Excel workbook whose first sheet holds these rows under the import format's header. */
export async function workbookBytes(
  rows: ListRow[],
  header: string[] = [...LIST_CSV_HEADER],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('清单');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(LIST_CSV_HEADER.map((field) => row[field] ?? ''));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A CSV file in the import format. */
export function csvBytes(rows: ListRow[]): Uint8Array {
  const lines = [LIST_CSV_HEADER.join(',')];
  for (const row of rows)
    lines.push(LIST_CSV_HEADER.map((field) => quote(String(row[field] ?? ''))).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
