import { STORY_STATUS_LABEL } from '../../src/domain/stories/moderation.js';
import { MAX_MODERATION_COMMENT } from '../../src/domain/stories/moderator-actions.js';
import type { Story } from '../../src/domain/stories/types.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from './kit.js';
import { day, storyBody } from './story-format.js';
import { STORY_VERBS } from './story-verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

/** What the moderators' review card shows. */
export interface ReviewView {
  story: Story;
  storyUrl: string;
  /** The uploaded picture's anonymous card address (domain storyLinks), when the story has one. */
  pictureUrl?: string | null;
  /** What happened last, e.g. "Published by Chris Champion". */
  headline?: string;
  /** The comment as typed, kept when the card comes back (e.g. "request changes" without one). */
  comment?: string;
  /** Why the card came back to this moderator (a refusal, a missing comment). */
  notice?: string;
  /** The confirmation for the moderator who just decided (only on their copy of the card). */
  done?: string;
  commentError?: string;
}

const STATUS_ICON: Record<Story['status'], string> = { pending: '📝', 'changes-requested': '↩️', published: '✅', declined: '⛔', deleted: '🗑️' };

/**
 * The card in the moderators' channel. While the story waits: the whole story, a note for the
 * author and the three decisions. Afterwards: the outcome, who decided and their note — the same
 * card is updated for every viewer when anyone decides.
 */
export function reviewCard(view: ReviewView): AdaptiveCard {
  const { story } = view;
  const waiting = story.status === 'pending';
  const body: CardElement[] = [
    subtle(`${STATUS_ICON[story.status]} **${waiting ? 'Success story waiting for review' : STORY_STATUS_LABEL[story.status]}**${view.headline ? ` · ${plain(view.headline)}` : ''}`),
    ...(view.notice ? [text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' })] : []),
    ...(view.done ? [text(view.done, { color: 'Good', weight: 'Bolder' })] : []),
    heading(plain(story.title)),
    subtle(`By ${plain(story.authorName)} · ${plain(story.department)} · submitted ${day(story.createdAt)}`),
  ];
  if (story.status === 'deleted') return card([...body, text('The story was deleted; there is nothing left to review.')]);
  if (view.pictureUrl) body.push({ type: 'Image', url: view.pictureUrl, altText: `Image for the story “${story.title}”`, size: 'Medium', horizontalAlignment: 'Center', spacing: 'Medium' });
  body.push(...storyBody(story, 1500));
  const links: Array<[string, string]> = [];
  if (story.imageUrl) links.push(['Image', plain(story.imageUrl)]);
  if (story.linkUrl) links.push(['Link', plain(story.linkUrl)]);
  if (links.length) body.push(facts(links));
  if (!waiting && story.moderatedByName)
    body.push(text(`**${plain(story.moderatedByName)}**${story.moderationComment ? `: ${plain(story.moderationComment)}` : ' decided without a comment.'}`, { spacing: 'Medium' }));
  const actions: CardAction[] = [];
  if (waiting) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [
        { type: 'Input.Text', id: 'comment', label: 'Note for the author (needed to request changes)', isMultiline: true, maxLength: MAX_MODERATION_COMMENT, ...(view.comment ? { value: view.comment } : {}) },
        ...(view.commentError ? [{ type: 'TextBlock', text: `⚠ ${plain(view.commentError)}`, wrap: true, color: 'Attention', size: 'Small', spacing: 'Small' }] : []),
      ],
    });
    const data = { storyId: story.id, version: story.version };
    actions.push(
      execute('Approve and publish', STORY_VERBS.approve, data, 'positive'),
      execute('Request changes', STORY_VERBS.requestChanges, data),
      execute('Decline', STORY_VERBS.decline, data, 'destructive'),
    );
  }
  actions.push(openUrl('Open in Maker Hub', view.storyUrl));
  return card(body, actions);
}
