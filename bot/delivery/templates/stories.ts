import { CardFactory, type Activity } from 'botbuilder';
import type { StoryMessagePayload } from '../../../src/domain/stories/notifications.js';
import { STORY_NOTE_KINDS, STORY_TEMPLATES, type StoryNote } from '../../../src/domain/stories/notifications.js';
import { STORY_STATUSES, type Story } from '../../../src/domain/stories/types.js';
import { authorCard, noteLine } from '../../cards/stories/author.js';
import { reviewCard } from '../../cards/stories/review.js';
import { showcaseCard } from '../../cards/stories/showcase.js';
import type { AdaptiveCard } from '../../cards/types.js';
import { TemplatePayloadError, type TemplateMap } from './types.js';

/** Checks the payload the domain queued (stored JSON, so possibly from an older version) before rendering it. */
function storyPayload(template: string, payload: Record<string, unknown>): StoryMessagePayload {
  const story = payload.story as Partial<Story> | undefined;
  if (!story || typeof story.id !== 'string' || typeof story.title !== 'string' || !STORY_STATUSES.includes(story.status as Story['status']))
    throw new TemplatePayloadError(template, 'payload.story must be a story (id, title, status)');
  if (typeof payload.storyUrl !== 'string') throw new TemplatePayloadError(template, 'payload.storyUrl must be the story link');
  const kudosFrom = Array.isArray(payload.kudosFrom) ? payload.kudosFrom.filter((n): n is string => typeof n === 'string') : undefined;
  const pictureUrl = typeof payload.pictureUrl === 'string' ? payload.pictureUrl : null;
  const note = noteOf(payload.note);
  return { story: story as Story, headline: typeof payload.headline === 'string' ? payload.headline : '', storyUrl: payload.storyUrl, pictureUrl, kudosFrom, kudos: payload.kudos === true, ...(note ? { note } : {}) };
}

/** A stored note, if it is one (payloads are stored JSON, possibly from another version). */
function noteOf(value: unknown): StoryNote | undefined {
  const note = value as Partial<StoryNote> | undefined;
  if (!note || typeof note !== 'object' || !STORY_NOTE_KINDS.includes(note.kind as StoryNote['kind'])) return undefined;
  return { kind: note.kind!, ...(typeof note.name === 'string' ? { name: note.name } : {}), ...(typeof note.count === 'number' ? { count: note.count } : {}) };
}

function message(card: AdaptiveCard, summary: string): Partial<Activity> {
  // The summary is what the activity feed and notifications show for a card-only message.
  return { type: 'message', summary, attachments: [CardFactory.adaptiveCard(card)] };
}

/** Renderers of the story templates, for the delivery engine's registry (bot/delivery/templates.ts). */
export const STORY_RENDERERS: TemplateMap = {
  [STORY_TEMPLATES.showcase]: (payload, tr) => {
    const { story, storyUrl, pictureUrl, kudosFrom } = storyPayload(STORY_TEMPLATES.showcase, payload);
    return message(showcaseCard({ story, storyUrl, pictureUrl, kudosFrom }, tr), story.status === 'published' ? `Success story: ${story.title}` : 'A success story was removed');
  },
  [STORY_TEMPLATES.review]: (payload, tr) => {
    const { story, storyUrl, pictureUrl, headline } = storyPayload(STORY_TEMPLATES.review, payload);
    return message(reviewCard({ story, storyUrl, pictureUrl, headline }, tr), `Story for review: ${story.title}`);
  },
  [STORY_TEMPLATES.author]: (payload, tr) => {
    const { story, storyUrl, headline, kudos, note } = storyPayload(STORY_TEMPLATES.author, payload);
    const shown = authorCard({ story, storyUrl, headline, kudos, note }, tr);
    return message(shown, tr.t('bot.stories.authorSummary', { title: story.title, headline: note ? noteLine(note, tr) : headline }));
  },
};
