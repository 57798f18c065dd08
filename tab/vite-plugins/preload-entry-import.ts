import type { OutputBundle, OutputChunk } from 'rollup';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The chunks `chunk` needs before it can run: itself and what it imports statically, transitively. */
function staticGraph(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const name of chunk.imports) {
    const next = bundle[name];
    if (next?.type === 'chunk') staticGraph(bundle, next, seen);
  }
  return seen;
}

/**
 * The entry `entrySuffix` names imports the module `moduleSuffix` names as soon as it runs
 * (tab/src/app/main.tsx: the app and React, kept out of the entry so its calls start sooner). Vite would only ask for that
 * chunk once the entry has arrived and run: one round trip later on a phone. This names the chunk
 * and its static imports in index.html as module preloads, so all of them download with the entry.
 */
export function preloadEntryImport(entrySuffix: string, moduleSuffix: string): Plugin {
  return {
    name: 'maker-hub:preload-entry-import',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        // Another page built with this config (bench/tab.ts's bare Fluent page) is left as it is.
        if (bundle === undefined || !(context.chunk?.moduleIds ?? []).some((id) => id.endsWith(entrySuffix))) return html;
        const target = Object.values(bundle).find((item): item is OutputChunk => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith(moduleSuffix)));
        if (target === undefined) throw new Error(`preload-entry-import: no chunk for ${moduleSuffix}; was it renamed?`);
        const tags: HtmlTagDescriptor[] = [...staticGraph(bundle, target)]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' }));
        return { html, tags };
      },
    },
  };
}
