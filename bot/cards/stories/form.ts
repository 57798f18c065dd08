import type { StoryFormOptions } from '../../../src/domain/stories/queries.js';
import { draftProducts, draftText, STORY_LIMITS, type StoryDraft, type StoryField } from '../../../src/domain/stories/validation.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { choiceInput, numberInput, textInput } from '../inputs.js';
import { card, execute, heading, subtle, text } from '../kit.js';
import { STORY_VERBS } from './verbs.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

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
function productsInput(options: StoryFormOptions, chosen: string[], error: string | undefined, tr: Translator): CardElement {
  const input: CardElement = {
    type: 'Input.ChoiceSet',
    id: 'products',
    label: tr.t('bot.stories.form.products'),
    isMultiSelect: true,
    style: 'expanded',
    isRequired: true,
    errorMessage: tr.t('bot.stories.form.productsRequired'),
    choices: options.products.map((p) => ({ title: p.label, value: p.value })),
    ...(chosen.length ? { value: chosen.join(',') } : {}),
  };
  const items: CardElement[] = [input];
  if (error) items.push({ type: 'TextBlock', text: `⚠ ${error}`, wrap: true, color: 'Attention', size: 'Small', spacing: 'Small' });
  return { type: 'Container', spacing: 'Medium', items };
}

/** The story form, in chat or in the compose-box dialog; after a refused submission the same form with the answers kept and errors beside them. */
export function storyFormCard(view: StoryFormView, tr: Translator = ENGLISH): AdaptiveCard {
  const { values, errors, options } = view;
  const k = 'bot.stories.form' as const;
  const v = (field: Exclude<StoryField, 'products'>) => maybe(draftText(values, field));
  const hasErrors = Object.keys(errors).length > 0;
  const intro = hasErrors
    ? text(tr.t('bot.form.recheck'), { color: 'Attention' })
    : text(tr.t(view.mode === 'edit' ? `${k}.introEdit` : `${k}.introNew`));
  const body: CardElement[] = [
    heading(tr.t(view.mode === 'edit' ? `${k}.headingEdit` : `${k}.headingNew`)),
    ...(view.notice ? [text(`⚠ ${view.notice}`, { color: 'Attention', weight: 'Bolder' })] : []),
    intro,
    textInput({ tr, id: 'title', label: tr.t(`${k}.title`), required: true, maxLength: STORY_LIMITS.title.max, value: v('title'), error: errors.title, placeholder: tr.t(`${k}.titlePlaceholder`) }),
    textInput({ tr, id: 'problem', label: tr.t(`${k}.problem`), required: true, multiline: true, maxLength: STORY_LIMITS.problem.max, value: v('problem'), error: errors.problem, hint: tr.t(`${k}.problemHint`) }),
    textInput({ tr, id: 'solution', label: tr.t(`${k}.solution`), required: true, multiline: true, maxLength: STORY_LIMITS.solution.max, value: v('solution'), error: errors.solution, hint: tr.t(`${k}.solutionHint`) }),
    productsInput(options, draftProducts(values), errors.products, tr),
    subtle(tr.t(`${k}.impact`)),
    numberInput({ id: 'hoursSavedPerMonth', label: tr.t(`${k}.hours`), min: 0, max: STORY_LIMITS.hours.max, value: v('hoursSavedPerMonth'), error: errors.hoursSavedPerMonth, placeholder: tr.t(`${k}.hoursPlaceholder`) }),
    numberInput({ id: 'peopleServed', label: tr.t(`${k}.people`), min: 0, max: STORY_LIMITS.people.max, value: v('peopleServed'), error: errors.peopleServed, placeholder: tr.t(`${k}.peoplePlaceholder`) }),
    {
      type: 'ColumnSet',
      spacing: 'None',
      columns: [
        { type: 'Column', width: 'stretch', items: [numberInput({ id: 'costAvoided', label: tr.t(`${k}.cost`), min: 0, max: STORY_LIMITS.cost.max, value: v('costAvoided'), error: errors.costAvoided, placeholder: tr.t(`${k}.costPlaceholder`) })] },
        { type: 'Column', width: 'auto', items: [choiceInput({ id: 'currency', label: tr.t(`${k}.currency`), value: v('currency') ?? options.currencies[0], error: errors.currency, choices: options.currencies.map((c) => ({ title: c, value: c })) })] },
      ],
    },
    textInput({ tr, id: 'department', label: tr.t(`${k}.department`), required: true, maxLength: STORY_LIMITS.department.max, value: v('department'), error: errors.department, placeholder: tr.t(`${k}.departmentPlaceholder`) }),
    textInput({ id: 'imageUrl', label: tr.t(`${k}.image`), maxLength: STORY_LIMITS.url.max, value: v('imageUrl'), error: errors.imageUrl, placeholder: 'https://…/screenshot.png' }),
    textInput({ id: 'linkUrl', label: tr.t(`${k}.link`), maxLength: STORY_LIMITS.url.max, value: v('linkUrl'), error: errors.linkUrl, placeholder: 'https://…' }),
  ];
  const data = { submissionKey: view.submissionKey, ...(view.storyId ? { storyId: view.storyId, version: view.version } : {}) };
  const title = tr.t(view.mode === 'edit' ? `${k}.save` : `${k}.submit`);
  const action: CardAction =
    view.surface === 'dialog'
      ? { type: 'Action.Submit', title, data, style: 'positive' }
      : execute(title, view.mode === 'edit' ? STORY_VERBS.save : STORY_VERBS.submit, data, 'positive');
  const actions: CardAction[] = [action];
  if (view.surface === 'chat' && view.mode === 'edit' && view.storyId) actions.push(execute(tr.t(`${k}.cancel`), STORY_VERBS.show, { storyId: view.storyId }));
  return card(body, actions);
}
