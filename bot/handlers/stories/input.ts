import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { userChange, type UserChange } from '../../../src/domain/identity/types.js';
import type { StoryDraft } from '../../../src/domain/stories/validation.js';
import { STORY_LIMITS } from '../../../src/domain/stories/validation.js';
import { principalOf, turnInfo } from '../../turn.js';
import { cardInput } from '../invoke-response.js';

/**
 * Card and dialog data as Teams sends it, checked at the edge: bounded strings (a forged payload
 * cannot be huge), ids that look like ids. Anything else in the payload is ignored.
 */
export const storyRef = z.object({ storyId: z.string().uuid() }).passthrough();

const version = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number().int().min(1).max(1_000_000).optional());

/** The story form's data (card or dialog): the form instance, the story being edited, the answers. */
export const storyFormData = z.object({
  submissionKey: z.string().min(8).max(64),
  storyId: z.string().uuid().optional(),
  version,
  // A little room above the form's limits, so an over-long answer gets its friendly error instead of "out of date".
  title: cardInput(STORY_LIMITS.title.max * 2),
  problem: cardInput(STORY_LIMITS.problem.max * 2),
  solution: cardInput(STORY_LIMITS.solution.max * 2),
  products: cardInput(400),
  hoursSavedPerMonth: cardInput(40),
  peopleServed: cardInput(40),
  costAvoided: cardInput(40),
  currency: cardInput(10),
  department: cardInput(STORY_LIMITS.department.max * 2),
  imageUrl: cardInput(STORY_LIMITS.url.max + 100),
  linkUrl: cardInput(STORY_LIMITS.url.max + 100),
});

/** A review card's data: the story, the version the moderator saw, their note. */
export const moderationData = storyRef.extend({ version, comment: cardInput(4000) });

/** The story fields of parsed form data (the draft the domain checks). */
export function formDraft(data: z.infer<typeof storyFormData>): StoryDraft {
  const { submissionKey: _key, storyId: _id, version: _version, ...draft } = data;
  return draft;
}

/** A change by the person in this turn, who reads its outcome right here. */
export function change(context: TurnContext): UserChange {
  const principal = principalOf(context);
  return userChange(principal, turnInfo(context).correlationId, { answeredInChat: principal.user.id });
}

/** A fresh form instance id: submitting the same form twice makes one story. */
export function newSubmissionKey(): string {
  return randomUUID();
}

/**
 * Text of the message a person started "Share a success story" from (the message's "…" menu), as
 * a first draft of the solution: Teams sends it as HTML, which is flattened to plain text here.
 */
export function messageText(value: unknown): string {
  const payload = (value as { messagePayload?: { body?: { content?: unknown } } } | undefined)?.messagePayload;
  const html = typeof payload?.body?.content === 'string' ? payload.body.content : '';
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, STORY_LIMITS.solution.max);
}
