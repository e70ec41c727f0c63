/**
 * The server under test of `npm run bench:vouchers`' HTTP phase, run as a child process so the
 * load generator does not share its event loop: `opc-hub serve` (configuration from the
 * environment, migrations, start-up checks, listen) without the web build step.
 */
import { loadConfig } from '../src/config';
import { startServer } from '../src/server';

const server = await startServer(loadConfig(), (line) => console.log(line));
console.log(`bench:vouchers server listening at ${server.url}`);
const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
