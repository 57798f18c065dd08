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
  /** The headline's parts, so a card can word it in its reader's language (absent in older payloads: `headline` then). */
  note?: StoryNote;
  [key: string]: unknown;
}

export const STORY_NOTE_KINDS = ['published', 'submitted', 'declined', 'changes', 'edited', 'resubmitted', 'removed', 'removedByAuthor', 'kudos', 'kudosTakenBack'] as const;

/** What happened to a story, by whom (and the kudos count for `kudos`). */
export interface StoryNote {
  kind: (typeof STORY_NOTE_KINDS)[number];
  name?: string;
  count?: number;
}

/** The note in English: channel cards, logs, and the payload's `headline`. */
export function noteText(note: StoryNote): string {
  const name = note.name ?? '';
  switch (note.kind) {
    case 'published': return `Published by ${name}`;
    case 'submitted': return `Submitted by ${name}`;
    case 'declined': return `Declined by ${name}`;
    case 'changes': return `${name} asked for changes`;
    case 'edited': return `Edited by ${name}`;
    case 'resubmitted': return `Resubmitted by ${name}`;
    case 'removed': return `Removed by ${name}`;
    case 'removedByAuthor': return 'Removed by its author';
    case 'kudos': return note.count === undefined ? `Kudos from ${name}` : `${name} gave your story kudos (${note.count} in all).`;
    case 'kudosTakenBack': return 'Kudos taken back';
  }
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
export function showcasePost(story: Story, post: PostedCard, note: StoryNote, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: post.key,
    operation: 'send',
    conversationId: post.conversationId,
    template: STORY_TEMPLATES.showcase,
    payload: { story, headline: noteText(note), note, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/**
 * Replaces a posted showcase card with the story's current state (an edit, a new kudos count, the
 * removal notice). Kudos change no version, so each such update gets a fresh key.
 */
export function showcaseUpdate(story: Story, post: PostedCard, note: StoryNote, links: StoryLinks, kudos = false, kudosFrom?: string[]): OutboundMessage {
  return {
    idempotencyKey: kudos ? `${post.key}:kudos:${newId()}` : `${post.key}:v${story.version}`,
    operation: 'update',
    targetKey: post.key,
    conversationId: post.conversationId,
    template: STORY_TEMPLATES.showcase,
    payload: { story, headline: noteText(note), note, ...links, ...(kudosFrom ? { kudosFrom } : {}) } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** Posts the review card for a story that entered the queue. */
export function reviewPost(story: Story, card: PostedCard, note: StoryNote, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: card.key,
    operation: 'send',
    conversationId: card.conversationId,
    template: STORY_TEMPLATES.review,
    payload: { story, headline: noteText(note), note, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** Replaces the posted review card with the current state, so every moderator sees who decided what. */
export function reviewUpdate(story: Story, card: PostedCard, note: StoryNote, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: `${card.key}:v${story.version}`,
    operation: 'update',
    targetKey: card.key,
    conversationId: card.conversationId,
    template: STORY_TEMPLATES.review,
    payload: { story, headline: noteText(note), note, ...links } satisfies StoryMessagePayload,
    essential: true,
  };
}

/** A note to the author's personal chat; essential, since it is about their own story. */
export function authorMessage(story: Story, conversationId: string, note: StoryNote, links: StoryLinks): OutboundMessage {
  return {
    idempotencyKey: `story:${story.id}:author:v${story.version}`,
    operation: 'send',
    conversationId,
    template: STORY_TEMPLATES.author,
    payload: { story, headline: noteText(note), note, ...links } satisfies StoryMessagePayload,
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
    payload: { story, headline: noteText({ kind: 'kudos', name: giver, count: story.kudosCount }), note: { kind: 'kudos', name: giver, count: story.kudosCount }, ...links, kudos: true } satisfies StoryMessagePayload,
    essential: false,
    recipientUserId: story.authorId,
  };
}
