import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The chunk a library module goes to. Ant Design's components are left to the automatic split,
 * so a component only a later page uses (the table, the date picker) loads with that page.
 */
function vendorChunk(id: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (!match) return undefined;
  const name = match[1]!;
  if (/^(react|react-dom|scheduler|react-router|react-router-dom|@remix-run\/.*)$/.test(name))
    return 'react';
  if (name.startsWith('@ant-design/') || name === '@emotion/hash' || name === 'stylis')
    return 'antd-style';
  return undefined;
}

const apiPort = process.env.OPC_API_PORT ?? '3000';
const apiTarget = `http://localhost:${apiPort}`;

// The web app lives in web/, builds to dist/web (served by the API server), and in `npm run dev`
// proxies the API so cookies stay same-origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Vite's default warning (500 KB before compression) stands: the libraries every page needs
    // are split by what changes together, so no chunk passes it and a release of one library
    // does not invalidate the others in a returning visitor's cache.
    rollupOptions: { output: { manualChunks: vendorChunk } },
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
