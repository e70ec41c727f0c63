import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL server for a benchmark: `DATABASE_URL` when set; otherwise the server on
 * 127.0.0.1:5432 when one answers; otherwise a throwaway cluster from Debian's PostgreSQL
 * (installed with apt-get when missing), initialised in a temporary directory as the `postgres`
 * user on a free loopback port and stopped afterwards. In every case the benchmark runs in a
 * fresh database that is dropped at the end.
 */
export interface BenchPostgres {
  /** URL of the fresh database. */
  url: string;
  /** Where the server came from, for the results file. */
  origin: 'DATABASE_URL' | 'local server 127.0.0.1:5432' | 'throwaway cluster';
  serverVersion: string;
  close(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freshDatabaseOn(serverUrl: string) {
  const name = `opc_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!
    .server_version;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((entry) => existsSync(join(base, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** A TCP port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

async function startThrowawayCluster(log: (line: string) => void) {
  let bin = findPostgresBin();
  if (!bin) {
    log('No PostgreSQL found: installing Debian postgresql with apt-get…');
    execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    bin = findPostgresBin();
    if (!bin) throw new Error('apt-get installed postgresql but no initdb was found');
  }
  const dir = mkdtempSync(join(tmpdir(), 'opc-bench-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, 'data');
  const port = await freePort();
  // NOTE: PostgreSQL refuses to run as root; as root we run it as the `postgres` user.
  const asPostgres = (command: string, args: string[]) => {
    const isRoot = process.getuid?.() === 0;
    const result = isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error}`);
  };
  asPostgres(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']);
  asPostgres(join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    '-w',
    'start',
  ]);
  log(`Started a throwaway PostgreSQL cluster in ${dataDir} on 127.0.0.1:${port}.`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function obtainBenchPostgres(
  log: (line: string) => void = console.log,
): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given) && process.env.BENCH_FORCE_THROWAWAY !== '1') {
    const database = await freshDatabaseOn(given);
    return {
      url: database.url,
      origin: 'DATABASE_URL',
      serverVersion: database.version,
      close: database.drop,
    };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (process.env.BENCH_FORCE_THROWAWAY !== '1' && (await answers(local))) {
    const database = await freshDatabaseOn(local);
    return {
      url: database.url,
      origin: 'local server 127.0.0.1:5432',
      serverVersion: database.version,
      close: database.drop,
    };
  }
  const cluster = await startThrowawayCluster(log);
  try {
    const database = await freshDatabaseOn(cluster.url);
    return {
      url: database.url,
      origin: 'throwaway cluster',
      serverVersion: database.version,
      close: async () => {
        await database.drop().catch(() => undefined);
        cluster.stop();
      },
    };
  } catch (error) {
    cluster.stop();
    throw error;
  }
}
