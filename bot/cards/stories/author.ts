import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { noteText, type StoryNote } from '../../../src/domain/stories/notifications.js';
import type { Story } from '../../../src/domain/stories/types.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from '../kit.js';
import { impactPairs, productList, statusLabel } from './format.js';
import { STORY_VERBS } from './verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

/** What the author's card shows. */
export interface AuthorView {
  story: Story;
  storyUrl: string;
  /** What just happened, e.g. "Chris Champion asked for changes". */
  headline?: string;
  /** A refusal or a hint shown above the story (e.g. "This story changed since…"). */
  notice?: string;
  /** The note is about new kudos, not a change of state. */
  kudos?: boolean;
  /** The headline's parts (outbox payloads): worded in the reader's language instead of `headline`. */
  note?: StoryNote;
}

/** The note in the reader's language; English wording (noteText) stays the domain's. */
export function noteLine(note: StoryNote, tr: Translator): string {
  if (tr.language === 'en') return noteText(note);
  const key = note.kind === 'kudos' && note.count !== undefined ? 'kudosCount' : note.kind;
  return tr.t(`bot.stories.note.${key}`, { name: note.name ?? '', count: note.count ?? 0 });
}


/** The author's view of their story: where it stands, the moderator's note, and what they can do next. */
export function authorCard(view: AuthorView, tr: Translator = ENGLISH): AdaptiveCard {
  const { story } = view;
  const body: CardElement[] = [heading(view.kudos && story.status === 'published' ? tr.t('bot.stories.gotKudos') : tr.t(`bot.stories.title.${story.status}`))];
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' }));
  if (view.note) body.push(subtle(plain(noteLine(view.note, tr))));
  else if (view.headline) body.push(subtle(plain(view.headline)));
  if (story.moderationComment && (story.status === 'changes-requested' || story.status === 'declined'))
    body.push(text(tr.t('bot.stories.noteFrom', { name: plain(story.moderatedByName ?? tr.t('bot.stories.theReviewer')), note: plain(story.moderationComment) })));
  if (story.status === 'deleted') return card([...body, text(tr.t('bot.stories.next.deleted'))]);
  body.push(
    facts([
      [tr.t('bot.stories.story'), plain(story.title)],
      [tr.t('bot.stories.statusLabel'), statusLabel(story.status, tr)],
      ['Kudos', tr.number(story.kudosCount)],
      ...impactPairs(story, tr),
      [tr.t('bot.stories.builtWith'), productList(story)],
    ]),
  );
  body.push(subtle(tr.t(`bot.stories.next.${story.status}`)));
  const actions: CardAction[] = [];
  if (story.status !== 'declined') actions.push(execute(tr.t('bot.stories.editStory'), STORY_VERBS.edit, { storyId: story.id }));
  // Not styled destructive here: the confirmation that follows is.
  actions.push(execute(tr.t('bot.stories.delete'), STORY_VERBS.remove, { storyId: story.id }), openUrl(tr.t('bot.stories.openInMakerHub'), view.storyUrl));
  return card(body, actions);
}

/** Asks before deleting: the channel cards are replaced, the kudos are lost. */
export function deleteConfirmCard(story: Story, tr: Translator = ENGLISH): AdaptiveCard {
  return card(
    [heading(tr.t('bot.stories.deleteConfirm')), text(tr.t(story.status === 'published' ? 'bot.stories.deleteBodyPublished' : 'bot.stories.deleteBody', { title: plain(story.title) }))],
    [execute(tr.t('bot.stories.deleteYes'), STORY_VERBS.removeConfirmed, { storyId: story.id, version: story.version }, 'destructive'), execute(tr.t('bot.stories.keepIt'), STORY_VERBS.show, { storyId: story.id })],
  );
}

/** The author's stories, for "my stories". */
export interface MyStoriesView {
  stories: Story[];
  storiesUrl: string;
}

/** "my stories": each story with its status and kudos; pick one to edit or delete it. */
export function myStoriesCard(view: MyStoriesView, tr: Translator = ENGLISH): AdaptiveCard {
  if (!view.stories.length) return card([heading(tr.t('bot.stories.yours')), text(tr.t('bot.stories.noneYet'))], [openUrl(tr.t('bot.stories.browseGallery'), view.storiesUrl)]);
  const shown = view.stories.slice(0, 10);
  const body: CardElement[] = [heading(tr.t('bot.stories.yours'))];
  for (const s of shown) body.push(text(`**${plain(s.title)}** — ${statusLabel(s.status, tr)} · 👏 ${tr.number(s.kudosCount)}`, { spacing: 'Small' }));
  if (view.stories.length > shown.length) body.push(subtle(tr.t('bot.stories.more', { count: view.stories.length - shown.length })));
  body.push({
    type: 'Input.ChoiceSet',
    id: 'storyId',
    label: tr.t('bot.stories.story'),
    style: 'compact',
    value: shown[0]!.id,
    choices: shown.map((s) => ({ title: s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title, value: s.id })),
  });
  return card(body, [
    execute(tr.t('bot.stories.show'), STORY_VERBS.show),
    execute(tr.t('bot.stories.edit'), STORY_VERBS.edit),
    execute(tr.t('bot.stories.delete'), STORY_VERBS.remove, {}, 'destructive'),
    openUrl(tr.t('bot.stories.openGallery'), view.storiesUrl),
  ]);
}
