import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../engine';

/** The command line: `evaluate --jsonl` answers one line per line, in order, in one process. */

const env = { ...process.env, DATABASE_URL: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'silent' };

describe('./bin/opc-hub evaluate', () => {
  it('--jsonl streams one result per input line, in order, errors in place', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 60; index += 1)
      lines.push(
        JSON.stringify({
          facts: {
            person: {
              hasCompany: index % 2 === 0,
              graduationDate: addDays('2020-01-01', index * 30),
            },
          },
          date: addDays('2026-02-01', index),
          policies: ['loan.personal-startup', 'hetao.research-import-exemption'],
          trace: false,
        }),
      );
    lines.splice(10, 0, '{"facts": {"person": {"hasCompany": "yes"}}}', 'not json');
    const child = spawn('./bin/opc-hub', ['evaluate', '--jsonl', '--lang', 'en'], { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stdin.end(`${lines.join('\n')}\n`);
    const code = await new Promise<number>((resolve) => child.on('close', resolve));
    const results = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(62);
    expect(code).toBe(1); // two lines failed; every other line was answered
    expect(results[10]).toMatchObject({ line: 11, error: { code: 'request.validation_failed' } });
    expect(results[10].error.errors[0].pointer).toBe('/facts/person/hasCompany');
    expect(results[11]).toMatchObject({ line: 12, error: { code: 'request.malformed_json' } });
    const answers = results.filter((result) => !result.error);
    answers.forEach((answer, index) => {
      expect(answer.date).toBe(addDays('2026-02-01', index));
      const hetao = answer.results[1];
      // Not in force before 2026-02-10 (B.N1): ineligible whatever else; afterwards unknown (no importer facts).
      expect(hetao.status).toBe(answer.date < '2026-02-10' ? 'ineligible' : 'unknown');
      // The loan: no company → ineligible; else unknown (start-up not told) within five years of
      // graduation, ineligible outside them.
      const graduation = addDays('2020-01-01', index * 30);
      const within = graduation >= addYears(answer.date, -5) && graduation <= answer.date;
      expect(answer.results[0].status).toBe(index % 2 === 1 || !within ? 'ineligible' : 'unknown');
    });
  }, 120_000);

  it('--facts FILE prints a readable table, or the API JSON with --json', () => {
    const directory = mkdtempSync(join(tmpdir(), 'opc-evaluate-'));
    const file = join(directory, 'facts.json');
    writeFileSync(
      file,
      JSON.stringify({
        person: { hasCompany: true },
        company: {
          plannedPurchase: { kind: 'corpus', amountFen: 10_000_000, relatedParty: false },
          benefitsReceived: [],
        },
      }),
    );
    const table = spawnSync(
      './bin/opc-hub',
      ['evaluate', '--facts', file, '--date', '2026-03-01', '--lang', 'en'],
      { env, encoding: 'utf8' },
    );
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(
      /eligible\s+voucher\.corpus\s+¥30,000\.00\s+Corpus voucher \[A\.P9 A\.V1 A\.TITLE\]/,
    );
    const counts =
      /up to ¥[\d,]+\.\d\d across (\d+) benefits \((\d+) eligible, (\d+) to be decided\)/.exec(
        table.stdout,
      );
    expect(counts).not.toBeNull();
    // One definition of "N benefits" (issue #10 item 3): eligible + to be decided, as listed.
    const [, total, eligible, open] = counts!.map(Number);
    expect(total).toBe(eligible! + open!);
    const json = spawnSync(
      './bin/opc-hub',
      ['evaluate', '--facts', file, '--date', '2026-03-01', '--json'],
      { env, encoding: 'utf8' },
    );
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(
      parsed.results.find((r: any) => r.policyId === 'voucher.corpus').benefit.maxAmountFen,
    ).toBe(3_000_000);
    expect(parsed.summary.benefitCount).toBe(total);
    expect(parsed.results.filter((r: any) => r.status !== 'ineligible').length).toBe(total);
  }, 120_000);

  it('policies lists the catalogue', () => {
    const result = spawnSync(
      './bin/opc-hub',
      ['policies', '--lang', 'en', '--date', '2026-03-01'],
      { env, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    // The date it used, a header row, then the 19 benefits.
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('Catalogue on 2026-03-01');
    expect(lines[1]).toMatch(/^policy\s+name\s+for\s+at most\s+clauses\s+rules$/);
    expect(lines[2]).toMatch(/^talent\.recognition/);
    expect(result.stdout).toMatch(
      /voucher\.compute\s+Training-compute voucher\s+company\s+≤ ¥10,000,000\.00/,
    );
  }, 120_000);
});
