import { startServer } from '../../server';
import { ensureWebBuilt } from '../../web-build';
import { loadConfigOrReport, type Command } from '../command';

export const serveCommand: Command = {
  summary: 'Start the platform (builds the web app on first start, migrates, seeds demo data)',
  usage: 'serve',
  async run() {
    const config = loadConfigOrReport();
    if (!config) return 1;
    await ensureWebBuilt(console.log);
    const server = await startServer(config);
    console.log(`\nOPC Hub is running at ${server.url}  (API docs: ${server.url}/api/docs)`);
    console.log('Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        console.log(`\n${signal}: stopping…`);
        // NOTE: closing the database matters for PGlite, which flushes to disk on close.
        server.close().finally(resolve);
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });
    return 0;
  },
};
