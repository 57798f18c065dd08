import type { OutboundMessage } from '../delivery/types.js';
import { newId } from '../shared/ids.js';
import type { PostedCard, Story } from './types.js';

/** Delivery templates this capability renders (bot/delivery/templates.ts maps them to cards). */
export const STORY_TEMPLATES = {
  /** The story in a showcase channel, with its kudos button; a removal notice once deleted. */
  showcase: 'stories.showcase',
  /** The review card in the moderators' channel: approve, request changes, decline — always the current state. */
  review: 'stories.review',
  /** A note to the author about their own story (published, changes requested, declined, removed). */
  author: 'stories.author',
} as const;

/** What every story template carries: the story as it is after the change, and a line about the change. */
export interface StoryMessagePayload {
  story: Story;
  /** What happened, in words (e.g. "Published by Ada Admin"). */
  headline: string;
  /** The story's page in the tab (renderers are pure: they get every link from the payload). */
  storyUrl: string;
  /** The uploaded picture's anonymous address for the card, or null (absent in older payloads). */
  pictureUrl?: string | null;
  /** Who gave kudos, by name (showcase cards list them; absent in older payloads). */
  kudosFrom?: string[];
  /** Set on the author's note about new kudos, so it reads as such. */
  kudos?: boolean;
  [key: string]: unknown;
}

/** The links a story card shows: its page, and its uploaded picture's card address. */
export interface StoryLinks {
  storyUrl: string;
  pictureUrl: string | null;
}

/** Outbox key of a story's post in one showcase channel (updates target it). */
export const showcaseKey = (storyId: string, conversationId: string) => `story:${storyId}:showcase:${conversationId}`;
/** Outbox key of a review card, one per round in the queue. */
export const reviewKey = (storyId: string, version: number) => `story:${storyId}:review:v${version}`;

/** Posts a newly published story to one showcase channel (a channel has no one to opt out, hence essential). */
export function showcasePost(story: Story, post: PostedCard, headline: string, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: post.key,
    operation: 'send',
    conversationId: post.conversationId,
    template: STORY_TEMPLATES.showcase,
    payload: { story, headline, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/**
 * Replaces a posted showcase card with the story's current state (an edit, a new kudos count, the
 * removal notice). Kudos change no version, so each such update gets a fresh key.
 */
export function showcaseUpdate(story: Story, post: PostedCard, headline: string, links: StoryLinks, kudos = false, kudosFrom?: string[]): OutboundMessage {
  return {
    idempotencyKey: kudos ? `${post.key}:kudos:${newId()}` : `${post.key}:v${story.version}`,
    operation: 'update',
    targetKey: post.key,
    conversationId: post.conversationId,
    template: STORY_TEMPLATES.showcase,
    payload: { story, headline, ...links, ...(kudosFrom ? { kudosFrom } : {}) } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** Posts the review card for a story that entered the queue. */
export function reviewPost(story: Story, card: PostedCard, headline: string, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: card.key,
    operation: 'send',
    conversationId: card.conversationId,
    template: STORY_TEMPLATES.review,
    payload: { story, headline, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** Replaces the posted review card with the current state, so every moderator sees who decided what. */
export function reviewUpdate(story: Story, card: PostedCard, headline: string, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: `${card.key}:v${story.version}`,
    operation: 'update',
    targetKey: card.key,
    conversationId: card.conversationId,
    template: STORY_TEMPLATES.review,
    payload: { story, headline, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** A note to the author's personal chat; essential, since it is about their own story. */
export function authorMessage(story: Story, conversationId: string, headline: string, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: `story:${story.id}:author:v${story.version}`,
    operation: 'send',
    conversationId,
    template: STORY_TEMPLATES.author,
    payload: { story, headline, ...links } satisfies StoryMessagePayload,
    essential: true,
    recipientUserId: story.authorId,
  };
}


/** Tells the author in their personal chat who just gave kudos; one message per giver and story. */
export function kudosMessage(story: Story, conversationId: string, giver: string, giverId: string, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: `story:${story.id}:author:kudos:${giverId}`,
    operation: 'send',
    conversationId,
    template: STORY_TEMPLATES.author,
    payload: { story, headline: `${giver} gave your story kudos (${story.kudosCount} in all).`, ...links, kudos: true } satisfies StoryMessagePayload,
    essential: false,
    recipientUserId: story.authorId,
  };
}
