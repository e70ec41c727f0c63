/**
 * The server under test of `npm run bench:scale`, run as a child process so that its memory can
 * be read from /proc and the load generator does not share its CPU. It is `opc-hub serve`
 * (configuration from the environment, migrations, start-up checks, listen) without the web
 * build step, which the API pages measured here do not need.
 */
import { loadConfig } from '../src/config';
import { startServer } from '../src/server';

const server = await startServer(loadConfig(), (line) => console.log(line));
console.log(`bench:scale server listening at ${server.url}`);
const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
