import { tabPageInfo, type TabPageId } from '../../src/domain/shared/tab-pages.js';
import { teamsDeepLink } from '../../src/domain/shared/teams-deep-link.js';

export type TabPage = TabPageId;

/** Builds links to tab pages: Teams deep links when the app id is known, else the tab's web address. */
export interface TabLinks {
  page(page: TabPage): string;
}

export function tabLinks(options: { teamsAppId?: string; tabEndpoint: string }): TabLinks {
  return {
    page(page) {
      const target = tabPageInfo(page);
      if (!options.teamsAppId) return new URL(target.path, options.tabEndpoint).toString();
      return teamsDeepLink(options.teamsAppId, target.id, target.title);
    },
  };
}
