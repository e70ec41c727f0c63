import { spawn } from 'node:child_process';
import { loadConfigOrReport, type Command } from '../command';

export const devCommand: Command = {
  summary: 'Development: API with restart-on-change, and the web app with hot reload (Vite)',
  usage: 'dev',
  async run() {
    const config = loadConfigOrReport();
    if (!config) return 1;
    const apiPort = config.port;
    const children = [
      spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/cli/main.ts', 'serve'], {
        stdio: 'inherit',
        env: { ...process.env, PORT: String(apiPort) },
      }),
      spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
        stdio: 'inherit',
        env: { ...process.env, OPC_API_PORT: String(apiPort) },
      }),
    ];
    console.log(
      `API on http://localhost:${apiPort}; web app with hot reload on http://localhost:5173 (API proxied)`,
    );
    return new Promise((resolve) => {
      const stop = () => {
        for (const child of children) child.kill('SIGTERM');
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let exited = 0;
      for (const child of children) {
        child.on('exit', (code) => {
          exited += 1;
          if (exited === 1) stop();
          if (exited === children.length) resolve(code ?? 0);
        });
      }
    });
  },
};
