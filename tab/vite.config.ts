import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

/** The tab folder: Vite's root, so index.html and src/ resolve relative to it. */
const tabDir = fileURLToPath(new URL('.', import.meta.url));

/** Where the server expects the built tab (it serves it as static files). */
const outDir = fileURLToPath(new URL('../dist/tab', import.meta.url));

/** The bot/API server's default local port (`npm run dev`). */
const apiTarget = 'http://localhost:3978';

export default defineConfig({
  root: tabDir,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          // Charts (and d3 under them) only load on the Insights pages, which import them lazily.
          if (id.includes('/@fluentui/react-charts/') || id.includes('/@fluentui/chart-utilities/') || /\/node_modules\/(d3-[a-z-]+|internmap)\//.test(id)) return 'charts';
          if (id.includes('/@fluentui/') || id.includes('/@griffel/') || id.includes('/tabster/')) return 'fluent';
          if (id.includes('/@microsoft/teams-js/')) return 'teams-js';
          return 'vendor';
        },
      },
    },
  },
  server: {
    // `vite dev --config tab/vite.config.ts` serves the tab with hot reload and forwards API calls
    // to a locally running server, so the tab can be developed in a plain browser.
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
});
