import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { MAX_MODERATION_COMMENT } from '../../../src/domain/stories/moderator-actions.js';
import type { Story } from '../../../src/domain/stories/types.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from '../kit.js';
import { day, statusLabel, storyBody } from './format.js';
import { STORY_VERBS } from './verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

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
export function reviewCard(view: ReviewView, tr: Translator = ENGLISH): AdaptiveCard {
  const { story } = view;
  const waiting = story.status === 'pending';
  const body: CardElement[] = [
    subtle(`${STATUS_ICON[story.status]} **${waiting ? tr.t('bot.stories.waitingForReview') : statusLabel(story.status, tr)}**${view.headline ? ` · ${plain(view.headline)}` : ''}`),
    ...(view.notice ? [text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' })] : []),
    ...(view.done ? [text(view.done, { color: 'Good', weight: 'Bolder' })] : []),
    heading(plain(story.title)),
    subtle(tr.t('bot.stories.byLine', { name: plain(story.authorName), department: plain(story.department), date: day(story.createdAt, tr) })),
  ];
  if (story.status === 'deleted') return card([...body, text(tr.t('bot.stories.deletedNothingToReview'))]);
  if (view.pictureUrl) body.push({ type: 'Image', url: view.pictureUrl, altText: tr.t('bot.stories.imageAlt', { title: story.title }), size: 'Medium', horizontalAlignment: 'Center', spacing: 'Medium' });
  body.push(...storyBody(story, 1500, tr));
  const links: Array<[string, string]> = [];
  if (story.imageUrl) links.push([tr.t('bot.stories.image'), plain(story.imageUrl)]);
  if (story.linkUrl) links.push([tr.t('bot.stories.link'), plain(story.linkUrl)]);
  if (links.length) body.push(facts(links));
  if (!waiting && story.moderatedByName)
    body.push(text(`**${plain(story.moderatedByName)}**${story.moderationComment ? `: ${plain(story.moderationComment)}` : ` ${tr.t('bot.stories.decidedWithoutComment')}`}`, { spacing: 'Medium' }));
  const actions: CardAction[] = [];
  if (waiting) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [
        { type: 'Input.Text', id: 'comment', label: tr.t('bot.stories.noteForAuthor'), isMultiline: true, maxLength: MAX_MODERATION_COMMENT, ...(view.comment ? { value: view.comment } : {}) },
        ...(view.commentError ? [{ type: 'TextBlock', text: `⚠ ${plain(view.commentError)}`, wrap: true, color: 'Attention', size: 'Small', spacing: 'Small' }] : []),
      ],
    });
    const data = { storyId: story.id, version: story.version };
    actions.push(
      execute(tr.t('bot.stories.approve'), STORY_VERBS.approve, data, 'positive'),
      execute(tr.t('bot.stories.requestChanges'), STORY_VERBS.requestChanges, data),
      execute(tr.t('bot.stories.decline'), STORY_VERBS.decline, data, 'destructive'),
    );
  }
  actions.push(openUrl(tr.t('bot.stories.openInMakerHub'), view.storyUrl));
  return card(body, actions);
}
