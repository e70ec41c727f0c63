/**
 * Declarations and the electronic ledger over HTTP (issue #16 items 2–6): a white-listed
 * importer records a flow cytometer (supervised) and fetal bovine serum (write-off, biosafety),
 * sees the tax spared, writes off serum, moves goods through the second line with the tax due;
 * customs sees the same; every refusal is a 4xx naming its clause and field, writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { formWithFile, registerOrganisation } from './test-support';
import { listImporterForTest } from './whitelist-test-support';

let server: TestServer;
let importer: TestClient;
let customs: TestClient;
let unlisted: TestClient;
let organisationId: string;

const cytometer = {
  description: '流式细胞仪 BD FACSCanto II',
  hsCode: '9027.50.90',
  listItemId: 'WL-EQ-03',
  partUse: 'not-a-part',
  quantity: 1,
  unit: '台',
  valueFen: 120_000_000,
  dutyRate: '0',
  vatRate: '0.13',
};
const serum = {
  description: '胎牛血清 FBS 500 mL',
  hsCode: '3002.12.00',
  listItemId: 'WL-CO-02',
  quantity: 10,
  unit: '瓶',
  foreignAmount: '1247.89',
  currency: 'USD',
  exchangeRate: '7.1234',
  dutyRate: '0.03',
  vatRate: '0.13',
  biosafety: true,
  permitReference: '深检动审（2026）第0001号',
};

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 10_000 });
  importer = await server.signedInClient(['founder']);
  customs = await server.signedInClient(['customs_officer']);
  unlisted = await server.signedInClient(['founder']);
  organisationId = (await registerOrganisation(importer, '河套测试研究院')).id;
  await registerOrganisation(unlisted, '未列名研究所');
  await listImporterForTest(server, importer, organisationId);
}, 120_000);
afterAll(async () => server?.close());

const declare = (client: TestClient, number: string, lines: unknown[], extra: object = {}) =>
  client.post('/api/v1/hetao/declarations', {
    declarationNumber: number,
    declaredOn: '2026-03-02',
    lines,
    ...extra,
  });

async function countMine() {
  return (await importer.get('/api/v1/hetao/declarations/mine')).body.length as number;
}

describe('a declaration', () => {
  let declaration: any;

  it('records the lines with their regime, rates and the tax spared', async () => {
    const response = await declare(importer, '531620260000000001', [cytometer, serum]);
    expect(response.status, response.text).toBe(201);
    declaration = response.body;
    const [line1, line2] = declaration.lines;
    expect(line1).toMatchObject({
      category: 'equipment',
      regime: 'supervision-period',
      regimeSource: 'importer-choice',
      ratesSource: 'input',
      dutyFen: 0,
      vatFen: 15_600_000,
      totalFen: 15_600_000,
    });
    // USD 1,247.89 × 7.1234 = 8,889.2196… yuan → 888,922 fen; duty 3 % = 26,667.66 → 26,668;
    // VAT (888,922 + 26,668) × 13 % = 119,026.7 → 119,027.
    expect(line2).toMatchObject({
      category: 'consumables',
      regime: 'write-off',
      valueFen: 888_922,
      foreignAmount: '1247.89',
      exchangeRate: '7.1234',
      dutyFen: 26_668,
      vatFen: 119_027,
      totalFen: 145_695,
      biosafety: true,
    });
    expect(declaration.totalFen).toBe(15_600_000 + 145_695);
    expect(line1.ledgerItemId).toBeTruthy();
  });

  it('puts the cytometer under supervision for 3 years (B.N9) and the serum on write-off', async () => {
    const ledger = (await importer.get('/api/v1/hetao/ledger/mine')).body;
    const cyt = ledger.find((item: any) => item.listItemId === 'WL-EQ-03');
    expect(cyt).toMatchObject({
      status: 'in-supervision',
      supervisionYears: 3,
      supervisionEndsOn: '2029-03-02',
      quantityHeld: 1,
    });
    expect(cyt.supervisionSource.clause).toBe('B.N9');
    const fbs = ledger.find((item: any) => item.listItemId === 'WL-CO-02');
    expect(fbs).toMatchObject({ status: 'held', quantityHeld: 10, biosafety: true });
    const summary = (await importer.get('/api/v1/hetao/ledger/summary')).body;
    expect(summary.taxSparedThisYearFen).toBe(15_745_695);
    expect(summary.todo.map((entry: any) => entry.kind).sort()).toEqual([
      'biosafety-permit',
      'write-off-pending',
    ]);
  });

  it('writes off serum consumed in research, never more than held', async () => {
    const fbsId = declaration.lines[1].ledgerItemId;
    const over = await importer.post(`/api/v1/hetao/ledger/${fbsId}/write-offs`, {
      quantity: 11,
      researchUse: '细胞培养',
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('hetao.quantity_exceeds_held');
    expect(over.body.clause).toBe('B.N5');
    const done = await importer.post(`/api/v1/hetao/ledger/${fbsId}/write-offs`, {
      quantity: 4,
      researchUse: '原代细胞培养实验',
      writtenOffOn: '2026-05-01',
    });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ quantityWrittenOff: 4, quantityHeld: 6, status: 'held' });
    const cytId = declaration.lines[0].ledgerItemId;
    const refused = await importer.post(`/api/v1/hetao/ledger/${cytId}/write-offs`, {
      quantity: 1,
      researchUse: 'x',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('hetao.write_off_not_allowed');
  });

  it('moves goods through the second line with the tax due; a second move is refused', async () => {
    const cytId = declaration.lines[0].ledgerItemId;
    // Released 2026-03-02, moved 2026-09-20: 6 months and 18 days → 7 months (B.N10).
    // Taxable 120,000,000 × 29/36 = 96,666,666.67 → 96,666,667; VAT 13 % = 12,566,666.71 →
    // 12,566,667.
    const moved = await importer.post(`/api/v1/hetao/ledger/${cytId}/moves`, {
      kind: 'second-line',
      movedOn: '2026-09-20',
      reason: '调往内地实验室',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.status).toBe('moved');
    expect(moved.body.movements[0]).toMatchObject({
      monthsServed: 7,
      taxableValueFen: 96_666_667,
      dutyFen: 0,
      vatFen: 12_566_667,
      dueFen: 12_566_667,
    });
    const again = await importer.post(`/api/v1/hetao/ledger/${cytId}/moves`, {
      kind: 'second-line',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hetao.item_already_moved');
    expect(again.body.clause).toBe('B.N7');

    // Write-off goods pay the full tax on the moved share: 2 of 10 bottles of 888,922 fen =
    // 177,784.4 → 177,784; duty 3 % = 5,333.52 → 5,334; VAT (177,784 + 5,334) × 13 % = 23,805.34 → 23,805.
    const fbsId = declaration.lines[1].ledgerItemId;
    const fbsMoved = await importer.post(`/api/v1/hetao/ledger/${fbsId}/moves`, {
      kind: 'transfer',
      quantity: 2,
      recipient: '区内另一公司',
      movedOn: '2026-06-01',
    });
    expect(fbsMoved.status, fbsMoved.text).toBe(200);
    expect(fbsMoved.body).toMatchObject({ quantityHeld: 4, quantityMoved: 2, dueFen: 29_139 });

    const summary = (await importer.get('/api/v1/hetao/ledger/summary')).body;
    expect(summary.dueFen).toBe(12_566_667 + 29_139);
    expect(summary.todo.filter((entry: any) => entry.kind === 'tax-due')).toHaveLength(2);
  });

  it('shows customs the same, with Excel exports', async () => {
    const due = await customs.get('/api/v1/hetao/customs/ledger?due=true');
    expect(due.status).toBe(200);
    expect(due.body.map((item: any) => item.id).sort()).toEqual(
      declaration.lines.map((line: any) => line.ledgerItemId).sort(),
    );
    const bio = await customs.get('/api/v1/hetao/customs/ledger?biosafety=true');
    expect(bio.body).toHaveLength(1);
    const declarations = await customs.get('/api/v1/hetao/customs/declarations');
    expect(declarations.body.some((row: any) => row.id === declaration.id)).toBe(true);
    expect((await customs.get(`/api/v1/hetao/declarations/${declaration.id}`)).status).toBe(200);
    const file = await customs.request('GET', '/api/v1/hetao/customs/ledger/export?sheet=due');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect((await importer.get('/api/v1/hetao/customs/ledger')).status).toBe(403);
    expect((await unlisted.get(`/api/v1/hetao/declarations/${declaration.id}`)).status).toBe(404);
    expect(
      (await unlisted.get(`/api/v1/hetao/ledger/${declaration.lines[0].ledgerItemId}`)).status,
    ).toBe(404);
  });
});

describe('refusals (item 6): a 4xx naming the clause and the field, nothing written', () => {
  const refusedLine = async (line: object, pointer: string, code: string, clause: string) => {
    const before = await countMine();
    const response = await declare(importer, `R-${Math.random()}`, [line]);
    expect(response.status, response.text).toBe(422);
    expect(response.body.code).toBe('hetao.declaration_refused');
    expect(response.body.problems).toContainEqual({ pointer, code, clause });
    expect(response.body.errors.map((error: any) => error.pointer)).toContain(pointer);
    expect(await countMine()).toBe(before);
  };

  it('an importer not on the white list (B.N3)', async () => {
    const response = await declare(unlisted, 'U-1', [serum]);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('hetao.importer_not_listed');
    expect(response.body.clause).toBe('B.N3');
    // Listed from 2026-02-10 only: a declaration dated before is refused too.
    const early = await declare(importer, 'E-1', [serum], { declaredOn: '2026-02-09' });
    expect(early.status).toBe(403);
  });

  it('goods not on the list (B.L1), excluded (B.N2), value and rates (B.N11), permit (B.R1), regime (B.N5)', async () => {
    await refusedLine(
      { ...serum, listItemId: 'NO-SUCH' },
      '/body/lines/0/listItemId',
      'hetao.goods_not_on_list',
      'B.L1',
    );
    await refusedLine(
      { ...serum, hsCode: '8517.13.00' },
      '/body/lines/0/hsCode',
      'hetao.goods_not_on_list',
      'B.L1',
    );
    await refusedLine(
      { ...serum, description: '旧衣服', hsCode: '3002.12.00' },
      '/body/lines/0/description',
      'hetao.goods_excluded',
      'B.N2',
    );
    const { foreignAmount: _a, currency: _c, exchangeRate: _r, ...serumFen } = serum;
    await refusedLine(
      { ...serumFen, valueFen: -1 },
      '/body/lines/0/valueFen',
      'hetao.value_negative',
      'B.N11',
    );
    await refusedLine(
      { ...serum, vatRate: '1.3' },
      '/body/lines/0/vatRate',
      'hetao.rate_above_100',
      'B.N11',
    );
    const { permitReference: _p, ...noPermit } = serum;
    await refusedLine(noPermit, '/body/lines/0/permitReference', 'hetao.permit_required', 'B.R1');
    // The lookup flags serum as of animal origin even when the importer does not tick the flag.
    await refusedLine(
      { ...noPermit, biosafety: false },
      '/body/lines/0/permitReference',
      'hetao.permit_required',
      'B.R1',
    );
    const { partUse: _u, ...noPartUse } = cytometer;
    await refusedLine(noPartUse, '/body/lines/0/partUse', 'hetao.part_use_required', 'B.N5');
  });

  it('B.N6: after electing to pay for consumables, a new consumables declaration is refused', async () => {
    const elected = await importer.post('/api/v1/hetao/class-elections', {
      goodsClass: 'consumables',
      electedOn: '2026-04-01',
      reason: '选择缴税',
    });
    expect(elected.status, elected.text).toBe(201);
    expect(elected.body.barredUntil).toBe('2029-04-01');
    const refused = await declare(importer, 'W-1', [serum], { declaredOn: '2026-04-01' });
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toContainEqual({
      pointer: '/body/lines/0/listItemId',
      code: 'hetao.class_waived',
      clause: 'B.N6',
    });
    // The day before the election, the class was still open.
    const before = await declare(importer, 'W-0', [serum], { declaredOn: '2026-03-31' });
    expect(before.status, before.text).toBe(201);
  });
});

describe('import from CSV', () => {
  const header =
    'declaration_number,declared_on,released_on,description,hs_code,list_item_id,part_use,quantity,unit,value_fen,foreign_amount,currency,exchange_rate,duty_rate,vat_rate,consumption_rate,biosafety,permit_reference';
  const row = (number: string, overrides: Partial<Record<string, string>> = {}) => {
    const cells = {
      number,
      date: '2026-03-10',
      released: '',
      description: '倒置显微镜',
      hs: '9011.80.00',
      item: 'WL-EQ-01',
      partUse: 'not-a-part',
      quantity: '1',
      unit: '台',
      value: '5000000',
      ...overrides,
    };
    return `${cells.number},${cells.date},${cells.released},${cells.description},${cells.hs},${cells.item},${cells.partUse},${cells.quantity},${cells.unit},${cells.value},,,,0,0.13,,,`;
  };
  const upload = (text: string) =>
    importer.request('POST', '/api/v1/hetao/declarations/import', {
      body: formWithFile({
        bytes: new TextEncoder().encode(text),
        name: 'd.csv',
        type: 'text/csv',
      }),
    });

  it('imports all or nothing, with problems per row and column', async () => {
    const before = await countMine();
    const bad = await upload([header, row('I-1'), row('I-2', { value: '-5' })].join('\n'));
    expect(bad.status, bad.text).toBe(422);
    expect(bad.body.code).toBe('hetao.declaration_import_invalid');
    expect(bad.body.problems).toContainEqual(
      expect.objectContaining({
        row: 3,
        column: 'value_fen',
        code: 'hetao.value_negative',
        clause: 'B.N11',
      }),
    );
    expect(await countMine()).toBe(before);
    const good = await upload(
      [header, row('I-1'), row('I-1', { item: 'WL-EQ-01' }), row('I-2')].join('\n'),
    );
    expect(good.status, good.text).toBe(201);
    expect(good.body.declarations.map((d: any) => d.lineCount).sort()).toEqual([1, 2]);
    expect(await countMine()).toBe(before + 2);
  });
});
