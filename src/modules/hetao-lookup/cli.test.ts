// Tests of ./bin/opc-hub hetao lookup (src/cli/commands/hetao-lookup.ts), kept with the module
// so `npx vitest run src/modules/hetao-lookup` covers the CLI too.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/opc-hub', import.meta.url));

function run(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: 'memory://',
      LOG_LEVEL: 'silent',
      ...env,
    },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hetao lookup --jsonl', () => {
  it('writes one JSON result per input line, in order, from one process', () => {
    const queries = [
      'flow cytometer',
      '基質膠',
      '',
      'DMEM培养基',
      '實驗小鼠',
      'Gibco DMEM 高糖培養基 500mL 11965092',
      'iPhone 15 Pro',
    ];
    const { status, stdout, stderr } = run(
      ['hetao', 'lookup', '--jsonl', '--files'],
      `${queries.join('\n')}\n`,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lines.map((line) => line.query)).toEqual(queries);
    expect(lines.map((line) => line.verdict ?? line.error)).toEqual([
      'listed',
      'uncertain',
      'empty query',
      'listed',
      'listed',
      'listed',
      'not-listed',
    ]);
    expect(lines[1].script).toBe('zh-Hant');
    expect(lines[5].candidates[0].hsCode).toBe('382100');
  }, 120_000);
});

describe('hetao lookup "<text>"', () => {
  it('answers in the script of the query, over the database’s list version', () => {
    const { status, stdout } = run(['hetao', 'lookup', '基質膠']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^無法確定 — 「基質膠」可能歸入 3504\.00/);
    expect(stdout).toMatch(/→ \/hetao\/questions\/new\?q=%E5%9F%BA%E8%B3%AA%E8%86%A0&code=350400/);
  }, 120_000);

  it('--json prints the result object; no text is a usage error', () => {
    const json = run(['hetao', 'lookup', '--files', '--json', 'flow cytometer']);
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: 'listed', script: 'en' });
    const usage = run(['hetao', 'lookup', '--files']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage/);
  }, 120_000);
});
