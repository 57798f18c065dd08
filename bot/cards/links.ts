import { teamsDeepLink } from '../../src/domain/shared/teams-deep-link.js';

/** The tab's pages, in navigation order; the manifest's static tabs use the same entity ids. */
export const TAB_PAGES = {
  home: { entityId: 'home', path: '/', title: 'Home' },
  ask: { entityId: 'ask', path: '/ask', title: 'Ask' },
  training: { entityId: 'training', path: '/training', title: 'Training' },
  events: { entityId: 'events', path: '/events', title: 'Events' },
  stories: { entityId: 'stories', path: '/stories', title: 'Stories' },
  requests: { entityId: 'requests', path: '/requests', title: 'My requests' },
  admin: { entityId: 'admin', path: '/admin', title: 'Admin' },
} as const;

export type TabPage = keyof typeof TAB_PAGES;

/** Builds links to tab pages: Teams deep links when the app id is known, else the tab's web address. */
export interface TabLinks {
  page(page: TabPage): string;
}

export function tabLinks(options: { teamsAppId?: string; tabEndpoint: string }): TabLinks {
  return {
    page(page) {
      const target = TAB_PAGES[page];
      if (!options.teamsAppId) return new URL(target.path, options.tabEndpoint).toString();
      return teamsDeepLink(options.teamsAppId, target.entityId, target.title);
    },
  };
}
