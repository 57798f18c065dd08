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
 * `failedText` is what Teams shows when saving fails without a message of its own.
 */
export async function connectChannelTabConfig(currentConfig: () => pages.InstanceConfig, failedText: string): Promise<void> {
  const { pages } = await loadTeamsSdk();
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config.setConfig(currentConfig()).then(
      () => saveEvent.notifySuccess(),
      (error: unknown) =>
        saveEvent.notifyFailure(error instanceof Error ? error.message : failedText),
    );
  });
  pages.config.setValidityState(true);
}
