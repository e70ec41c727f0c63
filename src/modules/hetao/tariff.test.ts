/**
 * The customs tariff table over HTTP on a real database (issue #16 item 3): import (CSV and
 * Excel, all or nothing, row problems with line and column), publish, the rates in force for a
 * code on a day, and `ratesFor` for the declarations.
 */
import ExcelJS from 'exceljs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { hetaoTariffRates, hetaoTariffVersions } from '../../db/schema/hetao-tariff';
import { parseTariffCsv } from './tariff-import';
import { ratesFor } from './tariff-service';

let server: TestServer;
let customs: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  customs = await server.signedInClient(['customs_officer']);
}, 120_000);
afterAll(async () => server?.close());

const HEADER = 'hs_code,description,duty_rate,vat_rate,consumption_rate';

async function importFile(
  client: TestClient,
  file: string | Uint8Array,
  fields: Record<string, string> = {},
  name = 'rates.csv',
) {
  const form = new FormData();
  const all = {
    title: '测试税率（非真实数据）',
    sourceDocument: '测试用文件，非真实税率',
    effectiveDate: '2026-01-01',
    ...fields,
  };
  for (const [key, value] of Object.entries(all)) form.append(key, value);
  form.append('file', new Blob([file as BlobPart]), name);
  return client.request('POST', '/api/v1/hetao/tariff/versions/import', { body: form });
}

async function counts() {
  const [versions] = await server.database.db.select({ n: count() }).from(hetaoTariffVersions);
  const [rates] = await server.database.db.select({ n: count() }).from(hetaoTariffRates);
  return { versions: versions!.n, rates: rates!.n };
}

describe('import format', () => {
  it('reads codes with dots, empty consumption rates, and names each bad cell by line and column', () => {
    const good = parseTariffCsv(
      `${HEADER}\n9027.8990,流式细胞仪（测试）,0.05,0.13,\n30021200,血清（测试）,0,0.13,\n`,
    );
    expect(good.problems).toEqual([]);
    expect(good.rows).toEqual([
      {
        hsCode: '90278990',
        description: '流式细胞仪（测试）',
        dutyRate: '0.05',
        vatRate: '0.13',
        consumptionRate: null,
        sourceLine: 2,
      },
      expect.objectContaining({ hsCode: '30021200', dutyRate: '0', consumptionRate: null }),
    ]);
    const bad = parseTariffCsv(
      [
        HEADER,
        '902789,short code,0.05,0.13,',
        '90278990,percent,5%,0.13,',
        '90278991,over one,1.5,0.13,',
        '90278992,consumption one,0.1,0.13,1',
        '90278993,,0.1,,',
        '90278994,duplicate,0.1,0.13,',
        '9027.8994,duplicate again,0.1,0.13,',
        '90278995,too,few',
      ].join('\n'),
    );
    expect(bad.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'hs_code'],
      [3, 'duty_rate'],
      [4, 'duty_rate'],
      [5, 'consumption_rate'],
      [6, 'vat_rate'],
      [8, 'hs_code'],
      [9, 'row'],
    ]);
    expect(parseTariffCsv('code,rate\n1,2').problems[0]).toMatchObject({
      line: 1,
      column: 'header',
    });
  });
});

describe('import, publish and the rates in force', () => {
  it('refuses a file with any bad row, importing nothing, with rowErrors', async () => {
    const before = await counts();
    const response = await importFile(
      customs,
      `${HEADER}\n90278990,ok,0.05,0.13,\n9027899,bad code,0.05,0.13,\n90278991,bad rate,0.05,13,\n`,
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('hetao.tariff_import_invalid');
    expect(response.body.rowErrors).toEqual([
      expect.objectContaining({ line: 3, column: 'hs_code' }),
      expect.objectContaining({ line: 4, column: 'vat_rate' }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a missing effective date or source, and a non-customs caller', async () => {
    const file = `${HEADER}\n90278990,ok,0.05,0.13,\n`;
    const noDate = await importFile(customs, file, { effectiveDate: '' });
    expect(noDate.status).toBe(400);
    const noSource = await importFile(customs, file, { sourceDocument: '' });
    expect(noSource.status).toBe(400);
    const founder = await server.signedInClient(['founder']);
    expect((await importFile(founder, file)).status).toBe(403);
    const officer = await server.signedInClient(['whitelist_officer']);
    expect((await importFile(officer, file)).status).toBe(403);
  });

  it('imports a draft (not in force), publishes it, answers by date with the version and source', async () => {
    const imported = await importFile(
      customs,
      `${HEADER}\n84198990,测试设备,0.07,0.13,\n22042100,测试葡萄酒,0.14,0.13,0.1\n`,
      { effectiveDate: '2026-01-01', title: '测试版本 A' },
    );
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.version).toMatchObject({ status: 'draft', rowCount: 2 });
    const versionId = imported.body.version.id;
    const anyone = server.client();
    const draftOnly = await anyone.get('/api/v1/hetao/tariff/rates?hs=84198990&on=2026-06-01');
    expect(draftOnly.status).toBe(404);
    expect(draftOnly.body.code).toBe('hetao.tariff_rates_not_found');

    const published = await customs.post(`/api/v1/hetao/tariff/versions/${versionId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect((await customs.post(`/api/v1/hetao/tariff/versions/${versionId}/publish`)).status).toBe(
      409,
    );

    const rates = await anyone.get('/api/v1/hetao/tariff/rates?hs=2204.2100&on=2026-06-01');
    expect(rates.status, rates.text).toBe(200);
    expect(rates.body).toMatchObject({
      hsCode: '22042100',
      matchedCode: '22042100',
      dutyRate: '0.14',
      vatRate: '0.13',
      consumptionRate: '0.1',
      version: { id: versionId, title: '测试版本 A', effectiveDate: '2026-01-01' },
    });
    // Before the effective date: nothing in force.
    expect((await anyone.get('/api/v1/hetao/tariff/rates?hs=84198990&on=2025-12-31')).status).toBe(
      404,
    );
    // A 10-digit code is answered by its 8-digit line.
    const tenDigit = await anyone.get('/api/v1/hetao/tariff/rates?hs=8419899010&on=2026-01-01');
    expect(tenDigit.body).toMatchObject({ hsCode: '8419899010', matchedCode: '84198990' });
    // A malformed code is a 400 naming the parameter.
    const malformed = await anyone.get('/api/v1/hetao/tariff/rates?hs=8419&on=2026-01-01');
    expect(malformed.status).toBe(400);

    // A later version changes one code from its effective date; the other code stays.
    const later = await importFile(customs, `${HEADER}\n84198990,测试设备,0.05,0.13,\n`, {
      effectiveDate: '2026-07-01',
      title: '测试版本 B',
    });
    await customs.post(`/api/v1/hetao/tariff/versions/${later.body.version.id}/publish`);
    const db = server.database.db;
    expect((await ratesFor(db, '84198990', '2026-06-30'))?.dutyRate).toBe('0.07');
    expect(await ratesFor(db, '84198990', '2026-07-01')).toMatchObject({
      dutyRate: '0.05',
      version: { title: '测试版本 B', sourceDocument: '测试用文件，非真实税率' },
    });
    expect((await ratesFor(db, '22042100', '2026-07-01'))?.version.title).toBe('测试版本 A');
    expect(await ratesFor(db, '99999999', '2026-07-01')).toBeNull();

    const versions = await customs.get('/api/v1/hetao/tariff/versions');
    expect(versions.body.length).toBeGreaterThanOrEqual(2);
    const detail = await customs.get(`/api/v1/hetao/tariff/versions/${versionId}`);
    expect(detail.body.rates).toHaveLength(2);
  });

  it('discards a draft, which is then never in force', async () => {
    const imported = await importFile(customs, `${HEADER}\n01012100,测试马,0,0.09,\n`);
    const discarded = await customs.post(
      `/api/v1/hetao/tariff/versions/${imported.body.version.id}/discard`,
    );
    expect(discarded.body.status).toBe('discarded');
    expect(
      (await customs.post(`/api/v1/hetao/tariff/versions/${imported.body.version.id}/publish`))
        .status,
    ).toBe(409);
    expect(await ratesFor(server.database.db, '01012100', '2026-06-01')).toBeNull();
  });

  it('reads an Excel workbook, restoring a code’s lost leading zero with a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('rates');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([1012900, '测试动物', 0, 0.09, null]);
    sheet.addRow(['30021200', '测试血清', '0', '0.13', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const imported = await importFile(customs, bytes, {}, 'rates.xlsx');
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.fileKind).toBe('xlsx');
    expect(imported.body.warnings).toEqual([
      expect.objectContaining({ line: 2, column: 'hs_code' }),
    ]);
    const detail = await customs.get(`/api/v1/hetao/tariff/versions/${imported.body.version.id}`);
    expect(detail.body.rates.map((rate: { hsCode: string }) => rate.hsCode)).toEqual([
      '01012900',
      '30021200',
    ]);
  });
});
