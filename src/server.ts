import type { AppConfig } from './config';
import { openDatabase, type Database } from './db/client';
import { buildApp } from './http/app';
import type { AppInstance } from './http/types';
import { sweepStagedEvidence } from './modules/applications/applying/evidence';
import { evidenceStorageFor } from './modules/applications/evidence-storage';
import { describeDemoLogins, seedDemoData } from './modules/demo/service';
import { sweepStagedDatasheets } from './modules/hetao/questions-service';
import { whiteListDocumentStoreFor } from './modules/hetao/whitelist-documents';
import { sweepStagedWhiteListDocuments } from './modules/hetao/whitelist-service';
import { datasheetStoreFor } from './modules/hetao/uploads';
import { ensureWorkingList } from './modules/hetao/working-list';
import { systemContext } from './shared/service-context';

export interface RunningServer {
  app: AppInstance;
  database: Database;
  url: string;
  close(): Promise<void>;
}

/**
 * Reference data a fresh database needs whether or not it gets demo data: the Hetao working
 * list becomes the first published list version (B.L1). Idempotent; a failure is reported, not
 * fatal, because the lookup loads it again on first use.
 */
export async function loadFirstStartData(database: Database, log: (line: string) => void) {
  try {
    const { loaded, reason } = await ensureWorkingList(database.db);
    if (loaded) log('Loaded the Hetao working list as the published list version.');
    else if (reason?.includes('does not exist')) log(`Hetao working list not loaded: ${reason}`);
  } catch (error) {
    log(
      `Hetao working list could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Uploads a crash left half-done (issue #11): bytes are staged until their row commits, so a
 * staged file whose row exists is moved into place, and one over a day old with no row — the
 * process died before the commit — is removed. Younger ones may belong to an upload another
 * instance is still making.
 */
export async function sweepStagedUploads(
  database: Database,
  config: AppConfig,
  now: Date = new Date(),
): Promise<{ promoted: number; removed: number }> {
  const evidence = await sweepStagedEvidence(database.db, evidenceStorageFor(config), now);
  const datasheets = await sweepStagedDatasheets(database.db, datasheetStoreFor(config), now);
  const whiteList = await sweepStagedWhiteListDocuments(
    database.db,
    whiteListDocumentStoreFor(config),
    now,
  );
  return {
    promoted: evidence.promoted + datasheets.promoted + whiteList.promoted,
    removed: evidence.removed + datasheets.removed + whiteList.removed,
  };
}

/** Opens the database, migrates, seeds demo data on a fresh embedded database, and listens. */
export async function startServer(
  config: AppConfig,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  try {
    log(`Database: ${database.kind} (${database.location}); applying migrations…`);
    await database.migrate();
    await loadFirstStartData(database, log);
    // NOTE: reported, not fatal: an object store that is down now must not keep the platform
    // down; the sweep runs again at the next start.
    await sweepStagedUploads(database, config).then(
      ({ promoted, removed }) => {
        if (promoted + removed > 0)
          log(`Uploads a crash left half-done: ${promoted} moved into place, ${removed} removed.`);
      },
      (error: unknown) =>
        log(`Staged uploads not swept: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (config.seedDemo && database.kind === 'pglite') {
      const { seeded } = await seedDemoData(systemContext(database.db, 'demo-seed'));
      if (seeded) {
        log('Seeded demo data.');
        for (const line of describeDemoLogins()) log(line);
      }
    }
    const { app } = await buildApp(config, database);
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
    return {
      app,
      database,
      url,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
