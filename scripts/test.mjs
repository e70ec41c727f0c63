#!/usr/bin/env node
// `npm test`: every test — unit, engine, route (on PGlite, or PostgreSQL when TEST_DATABASE_URL
// is set) and the browser journeys in Debian's Chromium. Installs Chromium and the CJK fonts with
// apt-get when they are missing and we can (root); otherwise says exactly what to run.
//
//   npm test                 everything
//   npm test -- --unit-only  without the browser journeys
//   npm test -- --e2e-only   only the browser journeys
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const e2eOnly = args.includes('--e2e-only');
const passThrough = args.filter((arg) => !['--unit-only', '--e2e-only'].includes(arg));
const CHROMIUM = '/usr/bin/chromium';

function step(message) {
  console.log(`\n▶ ${message}`);
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function hasCjkFonts() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(
      execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }),
    );
  } catch {
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}

/** Makes sure Chromium and the CJK fonts are there, installing them when we can. */
function ensureBrowser() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    step(`Installing ${missing.join(' and ')} for the browser tests (apt-get)…`);
    const status = run('sh', ['-c', command], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (status === 0 && existsSync(CHROMIUM)) return true;
    console.error(`\nInstalling failed. Run this yourself, then npm test again:\n  ${command}`);
    return false;
  }
  console.error(
    `\nThe browser tests need ${missing.join(' and ')}, which are not installed, and this process cannot install them${
      isRoot ? ' (no apt-get)' : ' (not root)'
    }. Run:\n  sudo sh -c '${command}'\nthen npm test again (or npm test -- --unit-only to skip the browser tests).`,
  );
  return false;
}

/** Builds the web app when dist/web is missing or older than web/ (src/web-build.ts). */
function ensureWebBuild() {
  return run(process.execPath, ['bin/opc-hub', 'build', '--if-needed']);
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
let failed = false;

if (!e2eOnly) {
  step(
    `Unit, engine and route tests (database: ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite in memory'})`,
  );
  if (run(process.execPath, [...vitest, ...passThrough]) !== 0) failed = true;
}

if (!unitOnly) {
  if (!ensureBrowser()) failed = true;
  else if (ensureWebBuild() !== 0) failed = true;
  else {
    step('Browser journeys (Playwright driving /usr/bin/chromium; screenshots in test-results/)');
    if (
      run(process.execPath, [...vitest, '--config', 'vitest.e2e.config.ts', ...passThrough]) !== 0
    )
      failed = true;
  }
}

console.log(failed ? '\n✗ Some tests failed.' : '\n✓ All tests passed.');
process.exit(failed ? 1 : 0);
