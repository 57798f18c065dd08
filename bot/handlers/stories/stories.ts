import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import { translatorOf } from '../../locale.js';
import type { StoryDraft } from '../../../src/domain/stories/validation.js';
import { myStoriesCard } from '../../cards/stories/author.js';
import { storyFormCard } from '../../cards/stories/form.js';
import type { BotDeps } from '../../deps.js';
import { principalOf } from '../../turn.js';
import { registerStoryActions } from './actions.js';
import { registerStoryExtension } from './extension.js';
import { newSubmissionKey } from './input.js';
import { registerStoryReview } from './review.js';

/** Success stories in Teams: "share a story", "my stories", the card actions, the review card and the compose-box dialog. */
export function registerStories(app: Application, deps: BotDeps): void {
  deps.router.register({
    id: 'share-story',
    title: 'Share a success story',
    description: 'Tell the maker community what your app, flow or agent achieved; champions publish it to the showcase channel.',
    example: 'share a story',
    patterns: [/^(?:share|submit|tell|post|write|add) (?:a |my |our |new )?(?:success )?stor(?:y|ies)$/, /^(?:new|success) story$/],
    run: (context) => sendStoryForm(context, deps),
  });
  deps.router.register({
    id: 'my-stories',
    title: 'My stories',
    description: 'See the stories you shared, where each stands and its kudos; edit or delete them.',
    example: 'my stories',
    patterns: [/^(?:show )?my (?:success )?stories$/],
    run: (context) => sendMyStories(context, deps),
  });
  registerStoryActions(app, deps);
  registerStoryReview(app, deps);
  registerStoryExtension(app, deps);
}

/** A fresh, empty story form (or one started from `values`). */
export async function sendStoryForm(context: TurnContext, deps: BotDeps, values: StoryDraft = {}): Promise<void> {
  const form = storyFormCard({ mode: 'new', surface: 'chat', submissionKey: newSubmissionKey(), options: deps.services.stories.formOptions(), values, errors: {} }, translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(form)] });
}

async function sendMyStories(context: TurnContext, deps: BotDeps): Promise<void> {
  const mine = await deps.services.stories.mine(principalOf(context));
  const card = myStoriesCard({ stories: mine.map((v) => v.story), storiesUrl: deps.links.page('stories') }, translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
