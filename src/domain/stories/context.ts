import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import { cardImagePath } from './image-types.js';
import type { Story } from './types.js';

/** Settings of the capability, from configuration. */
export interface StorySettings {
  /** Channels (conversation ids) where published stories are posted; empty = the tab gallery only. */
  showcaseConversationIds: readonly string[];
  /** The moderators' channel where review cards go; null = the tab's review queue only. */
  moderationConversationId: string | null;
  /** Champions' and admins' own stories skip the queue. */
  moderatorsPublishDirectly: boolean;
  /** ISO codes accepted for "cost avoided"; the first is the form's default. */
  currencies: readonly string[];
  /** Hosts story pictures may come from (the tab's CSP allows only these); absent = not restricted. */
  imageHosts?: readonly string[];
}

/** What every use case of the capability needs. */
export interface StoryContext {
  store: Store;
  clock: Clock;
  settings: StorySettings;
  /** The story's page in the tab, for the cards the delivery engine renders later. */
  storyUrl: (id: string) => string;
  /** The app's public https origin (TAB_ENDPOINT): uploaded pictures' card addresses are on it. */
  publicOrigin: string;
}

/**
 * The links a story's cards show: its page, and its uploaded picture's anonymous card address
 * (Teams fetches card images without a sign-in; see image-types.ts), null without an upload.
 */
export function storyLinks(env: Pick<StoryContext, 'storyUrl' | 'publicOrigin'>, story: Story): { storyUrl: string; pictureUrl: string | null } {
  const pictureUrl = story.imageId && story.imageToken ? new URL(cardImagePath(story.id, { id: story.imageId, token: story.imageToken }), env.publicOrigin).toString() : null;
  return { storyUrl: env.storyUrl(story.id), pictureUrl };
}

/** The audit entity of a story. */
export const storyEntity = (id: string) => ({ type: 'story', id });
