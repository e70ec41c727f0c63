import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import { defineConfig, type Plugin } from 'vite';
import type { TranslationTree } from './src/i18n/define';
import type * as languagesModule from './src/i18n/languages';
import type * as shellModule from './src/i18n/shell';

const TRANSLATIONS_MODULE = 'virtual:translations';
/** The namespace every page uses: loaded at start, with the shell strings. */
const START_NAMESPACE = 'common';
const inWeb = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** What the plugin reads, as the browser would: the registry and the shell's rules. */
async function readTranslations() {
  const [registry, shell, { languages }] = await Promise.all([
    tsImport(inWeb('./src/app/translations.ts'), import.meta.url) as Promise<
      Record<string, unknown>
    >,
    tsImport(inWeb('./src/i18n/shell.ts'), import.meta.url) as Promise<typeof shellModule>,
    tsImport(inWeb('./src/i18n/languages.ts'), import.meta.url) as Promise<typeof languagesModule>,
  ]);
  const areas = Object.fromEntries(
    Object.entries(registry).filter(([name]) => name !== 'default' && name !== 'module.exports'),
  ) as Record<string, Record<string, TranslationTree>>;
  return { areas, languages, shell };
}

/**
 * Translations load per area and per language. The registry (app/translations.ts) stays the one
 * source, and the type checker still reads it; this plugin reads it at build time and writes one
 * small module per language and namespace — plus the `shell` namespace: every area's menu labels,
 * page titles and dashboard cards — which `virtual:translations` imports on demand. So a phone
 * opening /navigator in Chinese downloads the Simplified strings of common, shell and the
 * navigator, not all three languages of every area.
 */
function translations(): Plugin {
  let read: ReturnType<typeof readTranslations> | undefined;
  return {
    name: 'opc-translations',
    resolveId(id) {
      return id === TRANSLATIONS_MODULE || id.startsWith(`${TRANSLATIONS_MODULE}/`)
        ? `\0${id}`
        : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${TRANSLATIONS_MODULE}`)) return undefined;
      const { areas, languages, shell } = await (read ??= readTranslations());
      const json = (strings: unknown) =>
        // JSON.parse of a string literal is quicker for a browser to read than an object literal.
        `JSON.parse(${JSON.stringify(JSON.stringify(strings))})`;
      if (id === `\0${TRANSLATIONS_MODULE}`) {
        // One chunk per area and language, named `<namespace>-<language>-<hash>.js`; common and
        // shell, both needed at start, share one (`start-<language>`): one request fewer.
        const loaders = languages.flatMap((language) => [
          ...[START_NAMESPACE, shell.SHELL_NAMESPACE].map(
            (name) =>
              `  ${JSON.stringify(`${language}/${name}`)}: () => import(${JSON.stringify(`${TRANSLATIONS_MODULE}/start-${language}`)}).then((start) => ({ default: start[${JSON.stringify(name)}] })),`,
          ),
          ...Object.keys(areas)
            .filter((name) => name !== START_NAMESPACE)
            .map(
              (name) =>
                `  ${JSON.stringify(`${language}/${name}`)}: () => import(${JSON.stringify(`${TRANSLATIONS_MODULE}/${name}-${language}`)}),`,
            ),
        ]);
        return `export const loaders = {\n${loaders.join('\n')}\n};\n`;
      }
      const bundle = id.slice(`\0${TRANSLATIONS_MODULE}/`.length);
      const language = languages.find((candidate) => bundle.endsWith(`-${candidate}`)) ?? '';
      const name = bundle.slice(0, bundle.length - language.length - 1);
      const inLanguage = Object.fromEntries(
        Object.entries(areas).map(([area, tree]) => [area, tree[language]!]),
      );
      if (name === 'start') {
        return [
          `export const ${START_NAMESPACE} = ${json(inLanguage[START_NAMESPACE])};`,
          `export const ${shell.SHELL_NAMESPACE} = ${json(shell.pickShellStrings(inLanguage))};`,
          '',
        ].join('\n');
      }
      if (!inLanguage[name]) throw new Error(`No translations for ${bundle}`);
      return `export default ${json(inLanguage[name])};\n`;
    },
    // `npm run dev`: a changed translation file is read again and the page reloads.
    handleHotUpdate({ file, server }) {
      if (!/\/i18n(\.ts|\/[^/]+\.ts)$|\/app\/translations\.ts$/.test(file)) return undefined;
      read = undefined;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(`\0${TRANSLATIONS_MODULE}`))
          server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The libraries every page needs, split by what changes together, so a release of one does not
 * invalidate the others in a returning visitor's cache: React (with its DOM and router), and Ant
 * Design's style engine and icons. Ant Design's components are left to the automatic split, so a
 * component only a later page uses (the table, the date picker) loads with that page. NOTE:
 * Rolldown's `codeSplitting` groups replace Rollup's `manualChunks` (deprecated in Vite 8, and
 * with it a module shared by two groups — react-dom — went to whichever claimed it first).
 */
const vendorChunks = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
    priority: 20,
  },
  {
    name: 'antd-style',
    test: /node_modules[\\/](@ant-design[\\/][^\\/]+|@emotion[\\/]hash|stylis)[\\/]/,
    priority: 10,
  },
];

const apiPort = process.env.OPC_API_PORT ?? '3000';
const apiTarget = `http://localhost:${apiPort}`;

// The web app lives in web/, builds to dist/web (served by the API server), and in `npm run dev`
// proxies the API so cookies stay same-origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), translations()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Vite's default warning (500 KB before compression) stands: with the vendor chunks above
    // and translations per area and language, no chunk passes it.
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/metrics': apiTarget,
    },
  },
});
