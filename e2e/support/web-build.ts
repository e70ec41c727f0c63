import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebBuilt } from '../../src/server';
import { webDistDir } from '../../src/http/app';

/** Newest modification time of any file under these paths. */
function newestChange(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestChange(readdirSync(path).map((entry) => join(path, entry))));
    } else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * Runs a build with NODE_ENV=production. NOTE: Vite takes the bundle's NODE_ENV from the
 * environment when it is set, and tests run with NODE_ENV=test — which would put React's and Ant
 * Design's development builds into dist/web, the directory `npm start` serves.
 */
async function asProduction<T>(build: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/**
 * Makes sure dist/web holds a build of the current web/ sources: builds when it is missing
 * (src/server.ts ensureWebBuilt, as `npm start` does) and rebuilds when web/ changed since, so a
 * journey never tests yesterday's bundle.
 */
export async function ensureCurrentWebBuild(): Promise<void> {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) {
    await asProduction(() => ensureWebBuilt((line) => console.log(`[e2e] ${line}`)));
    return;
  }
  const built = statSync(index).mtimeMs;
  const sources = newestChange(['web/src', 'web/index.html', 'web/vite.config.ts']);
  if (sources <= built) return;
  console.log('[e2e] web/ changed since the last build; rebuilding…');
  const vite = await import('vite');
  await asProduction(() =>
    vite.build({ configFile: 'web/vite.config.ts', mode: 'production', logLevel: 'warn' }),
  );
}
