import { STORY_STATUS_LABEL } from '../../src/domain/stories/moderation.js';
import type { Story } from '../../src/domain/stories/types.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from './kit.js';
import { impactPairs, productList } from './story-format.js';
import { STORY_VERBS } from './story-verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

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
}

const TITLES: Record<Story['status'], string> = {
  pending: 'Thanks! Your story is with the CoE champions',
  'changes-requested': 'Your story needs a few changes',
  published: '🎉 Your story is published',
  declined: 'Your story was not published',
  deleted: 'Your story was deleted',
};

const NEXT: Record<Story['status'], string> = {
  pending: 'A champion reviews it soon; I will tell you here when it is published or if they ask for changes. You can still edit it.',
  'changes-requested': 'Edit the story with their note in mind and save it: it goes back for review.',
  published: 'It is in the gallery and the showcase channel, where people can give kudos. Edits update it everywhere.',
  declined: 'You can read the reason above. Questions? Ask in the CoE community.',
  deleted: 'It is gone from the gallery and the channels.',
};

/** The author's view of their story: where it stands, the moderator's note, and what they can do next. */
export function authorCard(view: AuthorView): AdaptiveCard {
  const { story } = view;
  const body: CardElement[] = [heading(view.kudos && story.status === 'published' ? '👏 Your story got kudos' : TITLES[story.status])];
  if (view.notice) body.push(text(`⚠ ${plain(view.notice)}`, { color: 'Attention', weight: 'Bolder' }));
  if (view.headline) body.push(subtle(plain(view.headline)));
  if (story.moderationComment && (story.status === 'changes-requested' || story.status === 'declined'))
    body.push(text(`**Note from ${plain(story.moderatedByName ?? 'the reviewer')}:** ${plain(story.moderationComment)}`));
  if (story.status === 'deleted') return card([...body, text(NEXT.deleted)]);
  body.push(facts([['Story', plain(story.title)], ['Status', STORY_STATUS_LABEL[story.status]], ['Kudos', String(story.kudosCount)], ...impactPairs(story), ['Built with', productList(story)]]));
  body.push(subtle(NEXT[story.status]));
  const actions: CardAction[] = [];
  if (story.status !== 'declined') actions.push(execute('Edit story', STORY_VERBS.edit, { storyId: story.id }));
  // Not styled destructive here: the confirmation that follows is.
  actions.push(execute('Delete', STORY_VERBS.remove, { storyId: story.id }), openUrl('Open in Maker Hub', view.storyUrl));
  return card(body, actions);
}

/** Asks before deleting: the channel cards are replaced, the kudos are lost. */
export function deleteConfirmCard(story: Story): AdaptiveCard {
  return card(
    [
      heading('Delete this story?'),
      text(`“${plain(story.title)}” will disappear from the gallery${story.status === 'published' ? ', and its cards in the showcase channels will say it was removed' : ''}. This cannot be undone.`),
    ],
    [execute('Yes, delete it', STORY_VERBS.removeConfirmed, { storyId: story.id, version: story.version }, 'destructive'), execute('Keep it', STORY_VERBS.show, { storyId: story.id })],
  );
}

/** The author's stories, for "my stories". */
export interface MyStoriesView {
  stories: Story[];
  storiesUrl: string;
}

/** "my stories": each story with its status and kudos; pick one to edit or delete it. */
export function myStoriesCard(view: MyStoriesView): AdaptiveCard {
  if (!view.stories.length)
    return card([heading('Your stories'), text('You have not shared a story yet. Type **share a story** to tell the community what you built.')], [openUrl('Browse the gallery', view.storiesUrl)]);
  const shown = view.stories.slice(0, 10);
  const body: CardElement[] = [heading('Your stories')];
  for (const s of shown) body.push(text(`**${plain(s.title)}** — ${STORY_STATUS_LABEL[s.status]} · 👏 ${s.kudosCount}`, { spacing: 'Small' }));
  if (view.stories.length > shown.length) body.push(subtle(`…and ${view.stories.length - shown.length} more in Maker Hub.`));
  body.push({
    type: 'Input.ChoiceSet',
    id: 'storyId',
    label: 'Story',
    style: 'compact',
    value: shown[0]!.id,
    choices: shown.map((s) => ({ title: s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title, value: s.id })),
  });
  return card(body, [execute('Show', STORY_VERBS.show), execute('Edit', STORY_VERBS.edit), execute('Delete', STORY_VERBS.remove, {}, 'destructive'), openUrl('Open the gallery', view.storiesUrl)]);
}
