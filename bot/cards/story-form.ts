import type { StoryFormOptions } from '../../src/domain/stories/queries.js';
import { draftProducts, draftText, STORY_LIMITS, type StoryDraft, type StoryField } from '../../src/domain/stories/validation.js';
import { choiceInput, numberInput, textInput } from './inputs.js';
import { card, execute, heading, subtle, text } from './kit.js';
import { STORY_VERBS } from './story-verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

/** What the story form card shows, and how it submits. */
export interface StoryFormView {
  /** A new story, or an edit of an existing one (then `storyId` and `version` are set). */
  mode: 'new' | 'edit';
  /** Chat cards submit with Action.Execute (the answer replaces the form); dialogs with Action.Submit. */
  surface: 'chat' | 'dialog';
  /** Identifies this form instance: submitting it twice makes one story. */
  submissionKey: string;
  storyId?: string;
  version?: number;
  options: StoryFormOptions;
  /** What the author entered (kept when the card comes back with errors). */
  values: StoryDraft;
  /** Field → what to fix. */
  errors: Partial<Record<StoryField, string>>;
  /** A line above the form (why it came back), when there is one. */
  notice?: string;
}

const maybe = (s: string) => (s === '' ? undefined : s);

/** Check boxes for the products (a multi-select choice set answers "a,b"), with the error under them. */
function productsInput(options: StoryFormOptions, chosen: string[], error?: string): CardElement {
  const input: CardElement = {
    type: 'Input.ChoiceSet',
    id: 'products',
    label: 'Products used',
    isMultiSelect: true,
    style: 'expanded',
    isRequired: true,
    errorMessage: 'Pick at least one product.',
    choices: options.products.map((p) => ({ title: p.label, value: p.value })),
    ...(chosen.length ? { value: chosen.join(',') } : {}),
  };
  const items: CardElement[] = [input];
  if (error) items.push({ type: 'TextBlock', text: `⚠ ${error}`, wrap: true, color: 'Attention', size: 'Small', spacing: 'Small' });
  return { type: 'Container', spacing: 'Medium', items };
}

/** The story form, in chat or in the compose-box dialog; after a refused submission the same form with the answers kept and errors beside them. */
export function storyFormCard(view: StoryFormView): AdaptiveCard {
  const { values, errors, options } = view;
  const v = (field: Exclude<StoryField, 'products'>) => maybe(draftText(values, field));
  const hasErrors = Object.keys(errors).length > 0;
  const intro = hasErrors
    ? text('**Some answers need another look** — see the notes under the fields. Everything you entered is still here.', { color: 'Attention' })
    : text(view.mode === 'edit' ? 'Change what you like; the published card updates for everyone.' : 'Tell the maker community what you built and the difference it made. A champion reviews it before it is published.');
  const body: CardElement[] = [
    heading(view.mode === 'edit' ? 'Edit your success story' : 'Share a success story'),
    ...(view.notice ? [text(`⚠ ${view.notice}`, { color: 'Attention', weight: 'Bolder' })] : []),
    intro,
    textInput({ id: 'title', label: 'Title', required: true, maxLength: STORY_LIMITS.title.max, value: v('title'), error: errors.title, placeholder: 'e.g. Expense approvals in one flow' }),
    textInput({ id: 'problem', label: 'The problem', required: true, multiline: true, maxLength: STORY_LIMITS.problem.max, value: v('problem'), error: errors.problem, hint: 'What was slow, manual or error-prone before?' }),
    textInput({ id: 'solution', label: 'What you built', required: true, multiline: true, maxLength: STORY_LIMITS.solution.max, value: v('solution'), error: errors.solution, hint: 'The app, flow, report or agent, and how people use it.' }),
    productsInput(options, draftProducts(values), errors.products),
    subtle('**Impact** — fill in at least one.'),
    numberInput({ id: 'hoursSavedPerMonth', label: 'Hours saved per month', min: 0, max: STORY_LIMITS.hours.max, value: v('hoursSavedPerMonth'), error: errors.hoursSavedPerMonth, placeholder: 'e.g. 40' }),
    numberInput({ id: 'peopleServed', label: 'People served', min: 0, max: STORY_LIMITS.people.max, value: v('peopleServed'), error: errors.peopleServed, placeholder: 'e.g. 250' }),
    {
      type: 'ColumnSet',
      spacing: 'None',
      columns: [
        { type: 'Column', width: 'stretch', items: [numberInput({ id: 'costAvoided', label: 'Cost avoided per year', min: 0, max: STORY_LIMITS.cost.max, value: v('costAvoided'), error: errors.costAvoided, placeholder: 'e.g. 15000' })] },
        { type: 'Column', width: 'auto', items: [choiceInput({ id: 'currency', label: 'Currency', value: v('currency') ?? options.currencies[0], error: errors.currency, choices: options.currencies.map((c) => ({ title: c, value: c })) })] },
      ],
    },
    textInput({ id: 'department', label: 'Team or department', required: true, maxLength: STORY_LIMITS.department.max, value: v('department'), error: errors.department, placeholder: 'e.g. Finance' }),
    textInput({ id: 'imageUrl', label: 'Image address (optional, https)', maxLength: STORY_LIMITS.url.max, value: v('imageUrl'), error: errors.imageUrl, placeholder: 'https://…/screenshot.png' }),
    textInput({ id: 'linkUrl', label: 'Link to learn more (optional)', maxLength: STORY_LIMITS.url.max, value: v('linkUrl'), error: errors.linkUrl, placeholder: 'https://…' }),
  ];
  const data = { submissionKey: view.submissionKey, ...(view.storyId ? { storyId: view.storyId, version: view.version } : {}) };
  const title = view.mode === 'edit' ? 'Save changes' : 'Submit story';
  const action: CardAction =
    view.surface === 'dialog'
      ? { type: 'Action.Submit', title, data, style: 'positive' }
      : execute(title, view.mode === 'edit' ? STORY_VERBS.save : STORY_VERBS.submit, data, 'positive');
  const actions: CardAction[] = [action];
  if (view.surface === 'chat' && view.mode === 'edit' && view.storyId) actions.push(execute('Cancel', STORY_VERBS.show, { storyId: view.storyId }));
  return card(body, actions);
}
