// Written at build time by tab/vite-plugins/catalogue-parts.ts from app/page-words.ts: a loader
// per part and language (lib/catalogue.ts gives it the exact type).
declare module 'virtual:catalogue-loaders' {
  export const loaders: unknown;
}
