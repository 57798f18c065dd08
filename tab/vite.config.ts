import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import griffel from '@griffel/vite-plugin';
import { LANGUAGES } from '../src/i18n/languages';
import { pageWords } from './src/app/page-words';
import { catalogueChunkName, catalogueParts } from './vite-plugins/catalogue-parts';
import { precompress } from './vite-plugins/precompress';
import { preloadEntryImport } from './vite-plugins/preload-entry-import';

/** The tab folder: Vite's root, so index.html and src/ resolve relative to it. */
const tabDir = fileURLToPath(new URL('.', import.meta.url));

/** Where the server expects the built tab (it serves it as static files). */
const outDir = fileURLToPath(new URL('../dist/tab', import.meta.url));

/** The bot/API server's default local port (`npm run dev`). */
const apiTarget = 'http://localhost:3978';

export default defineConfig({
  root: tabDir,
  base: '/',
  plugins: [
    react(),
    // Our makeStyles calls resolved to CSS at build time (__styles, as Fluent's own packages ship),
    // so the first load carries no run-time style compiler (Griffel's resolver, rtl-css-js, stylis:
    // about 6 KB brotli). wyw-in-js evaluates each file's styles; it reads TypeScript only through
    // this preset. Style objects must therefore be static: a build error names any that are not.
    griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }),
    catalogueParts({ localesDir: fileURLToPath(new URL('../src/i18n/locales', import.meta.url)), languages: LANGUAGES, parts: pageWords }),
    preloadEntryImport('/src/app/main.tsx', '/src/app/render.tsx'),
    precompress(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // A catalogue part's chunk says which language and part it holds (en-first, de-events).
        // A chunk under 2 KB (before compression) whose code has no side effects when it runs
        // (definitions only) is folded into a chunk likely to load in the same situations, here
        // the index chunk: on Home that took three requests (the training suggestion's labels and
        // icons, the development badge) and 2.6 KB off the first load (docs/tab-speed.md, round seven).
        experimentalMinChunkSize: 2000,
        // The chunk with the app's first render (app/render.tsx, the shell and Home) is called "app",
        // whichever module Rollup would have named it after, so it reads as such in the network panel.
        chunkFileNames: (chunk) => `assets/${catalogueChunkName(chunk.facadeModuleId) ?? (chunk.moduleIds.some((id) => id.endsWith('/tab/src/app/render.tsx')) ? 'app' : '[name]')}-[hash].js`,
        // React changes far less often than the app and every page needs it: one chunk that stays
        // cached across releases (the router is the tab's own, tab/src/lib/router). Everything else (Fluent, icons, charts, teams-js)
        // is split by Rollup along the lazy routes, so a page downloads only the parts it uses.
        manualChunks(id) {
          if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('/@microsoft/teams-js/')) return 'teams-js';
          return undefined;
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
