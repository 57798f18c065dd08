/**
 * The tab's top-level pages in navigation order: the one list the tab's navigation and Home cards,
 * the bot's links to the tab and the manifest's static tabs follow (tests/manifest/static-tabs.test.ts
 * holds the manifest to it). A page's entity id in Teams is its id; `title` is the English label a
 * Teams deep link carries (the tab shows its own translated label).
 */
export const TAB_PAGES = [
  { id: 'home', path: '/', title: 'Home' },
  { id: 'ask', path: '/ask', title: 'Ask' },
  { id: 'training', path: '/training', title: 'Training' },
  { id: 'events', path: '/events', title: 'Events' },
  { id: 'stories', path: '/stories', title: 'Stories' },
  { id: 'requests', path: '/requests', title: 'My requests' },
  { id: 'admin', path: '/admin', title: 'Admin' },
] as const;

export type TabPageId = (typeof TAB_PAGES)[number]['id'];

export type TabPageInfo = (typeof TAB_PAGES)[number];

export function tabPageInfo(id: TabPageId): TabPageInfo {
  return TAB_PAGES.find((page) => page.id === id)!;
}
