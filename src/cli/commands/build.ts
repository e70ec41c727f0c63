import { buildWebApp, webBuildState } from '../../web-build';
import { parseOptions, type Command } from '../command';

export const buildCommand: Command = {
  summary: 'Build the web app into dist/web (production build, assets precompressed)',
  usage: 'build [--if-needed]   (--if-needed: only when dist/web is missing or older than web/)',
  async run(args) {
    const { values } = parseOptions(args, { 'if-needed': { type: 'boolean' } });
    if (values['if-needed'] && webBuildState() === 'current') {
      console.log('dist/web is current.');
      return 0;
    }
    await buildWebApp(console.log);
    return 0;
  },
};
