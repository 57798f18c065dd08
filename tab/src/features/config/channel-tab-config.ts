import type { pages } from '@microsoft/teams-js';
import { loadTeamsSdk } from '../../lib/teams';

/** The pages a channel tab can show. */
export type ChannelTabPage = 'events' | 'stories';

/** What Teams stores for a channel tab showing `page`, for a tab served from `origin`. */
export function channelTabConfig(page: ChannelTabPage, origin: string, label: string): pages.InstanceConfig {
  return {
    entityId: `maker-hub-${page}`,
    contentUrl: `${origin}/${page}?inTeams=1`,
    websiteUrl: `${origin}/${page}`,
    suggestedDisplayName: label,
  };
}

/**
 * Connects the configuration page to Teams' Save button and enables it (a choice is always made:
 * Events is preselected). Teams calls the save handler, which stores the choice current at that
 * moment. Only call inside Teams; rejects when this frame is not a configuration page.
 */
export async function connectChannelTabConfig(currentConfig: () => pages.InstanceConfig): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig(currentConfig()).then(
      () => saveEvent.notifySuccess(),
      (error: unknown) =>
        saveEvent.notifyFailure(error instanceof Error ? error.message : 'Maker Hub could not save the tab.'),
    );
  });
  pages.config.setValidityState(true);
}
