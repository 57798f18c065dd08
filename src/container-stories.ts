import type { AppConfig } from './config/index.js';
import type { StorySettings } from './domain/stories/context.js';
import { StoryService } from './domain/stories/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';
import { teamsDeepLink } from './domain/shared/teams-deep-link.js';

/** The story settings of the configuration, in the domain's terms. */
export function storySettings(config: AppConfig): StorySettings {
  const s = config.settings;
  return {
    showcaseConversationIds: s.STORIES_SHOWCASE_CONVERSATION_IDS,
    moderationConversationId: s.STORIES_MODERATION_CONVERSATION_ID ?? null,
    moderatorsPublishDirectly: s.STORIES_CHAMPIONS_PUBLISH_DIRECTLY,
    currencies: s.STORIES_CURRENCIES,
    imageHosts: s.TAB_IMAGE_HOSTS,
  };
}

/**
 * A story's page in the tab: a Teams deep link to the Stories tab with the story as its sub-entity
 * when the app id is known (the tab opens that story), else the tab's web address.
 */
export function storyUrlBuilder(config: AppConfig): (id: string) => string {
  const appId = config.settings.TEAMS_APP_ID;
  const origin = config.settings.TAB_ENDPOINT;
  return (id) =>
    appId
      ? teamsDeepLink(appId, 'stories', 'Stories', { kind: 'story', id })
      : new URL(`/stories/${encodeURIComponent(id)}`, origin).toString();
}

/** Builds the success story capability (see container.ts, the one composition point). */
export function createStories(config: AppConfig, store: Store, clock: Clock): StoryService {
  return new StoryService({ store, clock, settings: storySettings(config), storyUrl: storyUrlBuilder(config), publicOrigin: config.settings.TAB_ENDPOINT });
}
