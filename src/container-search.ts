import type { AppConfig } from './config/index.js';
import { eventLinks } from './container-events.js';
import { storyUrlBuilder } from './container-stories.js';
import { SiteSearch } from './domain/search/site-search.js';
import type { Store } from './domain/store.js';
import { teamsDeepLink } from './domain/shared/teams-deep-link.js';

/** The one search box: its index, and how a result's tab path becomes a link that works outside the tab. */
export interface SearchModule {
  index: SiteSearch;
  /**
   * A tab path ("/events/<id>") as a link for a card or a citation: a Teams deep link when the app
   * id is known (events and stories open the item as the tab's sub-page), else the tab's web address.
   */
  absoluteUrl(tabPath: string): string;
}

const TEAMS_PAGES: Record<string, { entityId: string; label: string }> = {
  training: { entityId: 'training', label: 'Training' },
  ask: { entityId: 'ask', label: 'Ask' },
  events: { entityId: 'events', label: 'Events' },
  stories: { entityId: 'stories', label: 'Stories' },
};

export function tabUrlBuilder(config: AppConfig): (tabPath: string) => string {
  const s = config.settings;
  const event = eventLinks(s);
  const story = storyUrlBuilder(config);
  return (tabPath) => {
    if (!s.TEAMS_APP_ID) return new URL(tabPath, s.TAB_ENDPOINT).toString();
    const [section = '', id] = tabPath.replace(/^\//, '').split(/[/?#]/);
    if (section === 'events' && id) return event.page(decodeURIComponent(id));
    if (section === 'stories' && id) return story(decodeURIComponent(id));
    const page = TEAMS_PAGES[section] ?? { entityId: 'home', label: 'Home' };
    return teamsDeepLink(s.TEAMS_APP_ID, page.entityId, page.label);
  };
}

export function createSearch(config: AppConfig, store: Store): SearchModule {
  return { index: new SiteSearch(store), absoluteUrl: tabUrlBuilder(config) };
}
