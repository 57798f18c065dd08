import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TAB_PAGES } from '../../src/domain/shared/tab-pages.js';

interface StaticTab {
  entityId: string;
  name?: string;
  contentUrl?: string;
  websiteUrl?: string;
}

const manifest = JSON.parse(readFileSync(new URL('../../manifest/manifest.json', import.meta.url), 'utf8')) as { staticTabs: StaticTab[] };

// Teams' own tabs (chat, about) sit between and after the app's pages; only the pages are compared.
const pageTabs = manifest.staticTabs.filter((tab) => tab.contentUrl !== undefined);

describe('manifest: the static tabs are the tab pages (src/domain/shared/tab-pages.ts)', () => {
  it('lists every page in navigation order, with its entity id, name and addresses', () => {
    assert.deepEqual(
      pageTabs.map((tab) => ({ entityId: tab.entityId, name: tab.name, contentUrl: tab.contentUrl, websiteUrl: tab.websiteUrl })),
      TAB_PAGES.map((page) => ({
        entityId: page.id,
        name: page.title,
        contentUrl: `\${{TAB_ENDPOINT}}${page.path}?inTeams=1`,
        websiteUrl: `\${{TAB_ENDPOINT}}${page.path}`,
      })),
    );
  });

  it('keeps only Teams\' own tabs without an address', () => {
    assert.deepEqual(manifest.staticTabs.filter((tab) => tab.contentUrl === undefined).map((tab) => tab.entityId), ['conversations', 'about']);
  });
});
