import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type * as ViteNamespace from 'vite';
import { webDistDir } from './http/app';

/** What the web bundle is built from; a change to any of these makes dist/web stale. */
const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public'];
/** Text assets worth sending compressed (served by @fastify/static `preCompressed`). */
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const MIN_COMPRESS_BYTES = 1024;

function newestChange(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    newest = stat.isDirectory()
      ? Math.max(newest, newestChange(readdirSync(path).map((entry) => join(path, entry))))
      : Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * `missing` on a fresh clone; `stale` when web/ changed after the last build (after a pull, or
 * while developing); `current` otherwise — also when the sources are not there at all (an image
 * that ships dist/web only).
 */
export function webBuildState(): 'missing' | 'stale' | 'current' {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) return 'missing';
  return newestChange(WEB_SOURCES) > statSync(index).mtimeMs ? 'stale' : 'current';
}

/** Writes .br and .gz beside every text asset over 1 KB, for clients that accept them. */
export function precompress(directory: string): {
  files: number;
  bytes: number;
  brotliBytes: number;
} {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      const inner = precompress(path);
      totals.files += inner.files;
      totals.bytes += inner.bytes;
      totals.brotliBytes += inner.brotliBytes;
      continue;
    }
    if (!COMPRESSIBLE.has(extname(entry.name))) continue;
    const content = readFileSync(path);
    if (content.length < MIN_COMPRESS_BYTES) continue;
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    totals.files += 1;
    totals.bytes += content.length;
    totals.brotliBytes += brotli.length;
  }
  return totals;
}

/**
 * Builds the web app into dist/web — always a production build, whatever NODE_ENV says (tests
 * run with NODE_ENV=test, and Vite would otherwise bundle React's and Ant Design's development
 * builds into the directory `npm start` serves) — and precompresses its assets.
 */
export async function buildWebApp(log: (line: string) => void): Promise<void> {
  const vite: typeof ViteNamespace = await import('vite');
  const started = Date.now();
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: 'web/vite.config.ts', logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  const { files, bytes, brotliBytes } = precompress(webDistDir);
  log(
    `Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s; ${files} assets precompressed (${Math.round(bytes / 1024)} KB → ${Math.round(brotliBytes / 1024)} KB with brotli).`,
  );
}

/**
 * Builds the web app when dist/web is missing (the first `npm start` on a fresh clone) or older
 * than web/ (after a pull). Vite is a development dependency: without it (a production image
 * that ships dist/web), a missing build means the API is served alone.
 */
export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  const state = webBuildState();
  if (state === 'current') return;
  try {
    await import('vite');
  } catch {
    log(
      state === 'missing'
        ? 'The web app is not built and Vite is not installed; serving the API only. Run `npm install && npm run build`.'
        : 'web/ changed since the last build, but Vite is not installed; serving the existing build.',
    );
    return;
  }
  log(
    state === 'missing'
      ? 'Building the web app (first start only, about a minute)…'
      : 'web/ changed since the last build; rebuilding the web app…',
  );
  await buildWebApp(log);
}
