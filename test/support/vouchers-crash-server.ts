/**
 * The server test/vouchers-crash.test.ts kills with SIGKILL: the real app (buildApp) over the
 * database the environment names (DATABASE_URL, else PGlite under DATA_DIR), listening on PORT.
 * On its first start it also makes the load fixture (bench/vouchers-fixture.ts: providers with
 * API tokens, companies with compute grants) and writes it to FIXTURE_FILE; a restart finds the
 * file and only serves. Prints `READY <url>` once it listens.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/client';
import { buildApp } from '../../src/http/app';
import { seedVoucherLoad } from '../../bench/vouchers-fixture';

const fixtureFile = process.env.FIXTURE_FILE!;
const config = loadConfig();
const database = await openDatabase(config.database);
await database.migrate();
if (!existsSync(fixtureFile)) {
  const fixture = await seedVoucherLoad(database, {
    providers: Number(process.env.CRASH_PROVIDERS ?? 2),
    companies: Number(process.env.CRASH_COMPANIES ?? 8),
    grantFen: 100_000_000,
  });
  writeFileSync(fixtureFile, JSON.stringify(fixture));
}
const { app } = await buildApp(config, database);
await app.listen({ port: config.port, host: config.host });
console.log(`READY http://${config.host}:${config.port}`);
const stop = () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
