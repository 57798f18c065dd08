import { defaultEnvironmentType } from '../../src/domain/environments/form-defaults.js';
import type { FormOptions } from '../../src/domain/environments/queries.js';
import type { RequestDraft } from '../../src/domain/environments/validation.js';
import { ENV_VERBS } from './environment-verbs.js';
import { choiceInput, numberInput, textInput, toggleInput } from './inputs.js';
import { card, execute, heading, subtle, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

/** What the request form shows. */
export interface EnvironmentFormView {
  /** Identifies this form instance: submitting it twice makes one request. */
  formId: string;
  options: FormOptions;
  /** What the maker entered (kept when the card comes back with errors). */
  values: RequestDraft;
  /** Field id → what to fix. */
  errors: Partial<Record<keyof RequestDraft, string>>;
  /** The type a new form starts on: the first the maker can still request (domain preview.ts). */
  startType?: string;
  /** What the policy will do with these answers, in a sentence (bot/handlers/environment-preview.ts). */
  policyNote?: string;
}

const asText = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));

/** The request form; after a refused submission, the same form with the answers kept and errors beside them. */
export function environmentFormCard(view: EnvironmentFormView): AdaptiveCard {
  const { options, values, errors } = view;
  const v = (key: keyof RequestDraft) => asText(values[key]);
  const durations = options.types
    .filter((t) => t.maxDurationDays !== null)
    .map((t) => `${t.value} ${t.defaultDurationDays} (max ${t.maxDurationDays})`)
    .join(', ');
  const hasErrors = Object.keys(errors).length > 0;
  return card(
    [
      heading('Request a Power Platform environment'),
      hasErrors
        ? text('**Some answers need another look** — see the notes under the fields. Everything you entered is still here.', { color: 'Attention' })
        : text('Tell the CoE what you need. Developer environments for your own work are usually approved at once.'),
      textInput({ id: 'displayName', label: 'Environment name', required: true, value: v('displayName'), error: errors.displayName, hint: `${options.naming.explanation} Example: ${options.naming.example}`, placeholder: options.naming.example, maxLength: 100 }),
      choiceInput({ id: 'type', label: 'Type', required: true, value: v('type') ?? view.startType ?? defaultEnvironmentType(options.types), error: errors.type, choices: options.types.map((t) => ({ title: t.value, value: t.value })) }),
      choiceInput({ id: 'region', label: 'Region', required: true, value: v('region') ?? options.regions[0]?.value, error: errors.region, choices: options.regions.map((r) => ({ title: r.label, value: r.value })) }),
      textInput({ id: 'justification', label: 'Business justification', required: true, multiline: true, maxLength: 2000, value: v('justification'), error: errors.justification, hint: `What will you build, and for whom? Production needs at least ${Math.max(...options.types.map((t) => t.justificationMinimum))} characters.` }),
      toggleInput({ id: 'dataverse', label: 'Dataverse', title: 'Create a Dataverse database', value: v('dataverse') ?? 'false', error: errors.dataverse }),
      choiceInput({ id: 'languageLcid', label: 'Dataverse language (only with Dataverse)', value: v('languageLcid') ?? String(options.languages[0]?.value ?? ''), error: errors.languageLcid, choices: options.languages.map((l) => ({ title: l.label, value: String(l.value) })) }),
      choiceInput({ id: 'currencyCode', label: 'Dataverse currency (only with Dataverse)', value: v('currencyCode') ?? options.currencies[0]?.value, error: errors.currencyCode, choices: options.currencies.map((c) => ({ title: c.label, value: c.value })) }),
      choiceInput({
        id: 'dataClassification',
        label: 'Data classification',
        required: true,
        expanded: true,
        value: v('dataClassification') ?? 'internal',
        error: errors.dataClassification,
        choices: [
          { title: 'Public', value: 'public' },
          { title: 'Internal', value: 'internal' },
          { title: 'Confidential', value: 'confidential' },
        ],
      }),
      numberInput({ id: 'expectedUsers', label: 'Expected users', required: true, min: 1, value: v('expectedUsers') ?? '1', error: errors.expectedUsers }),
      numberInput({ id: 'durationDays', label: 'Duration in days (not for Production)', min: 1, value: v('durationDays'), error: errors.durationDays, hint: `Leave empty for the default: ${durations}.` }),
      textInput({ id: 'securityGroupId', label: 'Security group object id (optional)', value: v('securityGroupId'), error: errors.securityGroupId, placeholder: '00000000-0000-0000-0000-000000000000' }),
      ...(view.policyNote ? [text(view.policyNote, { weight: 'Bolder' })] : []),
      subtle('The CoE policy decides what is approved automatically; everything else goes to a CoE admin.'),
    ],
    [execute('Submit request', ENV_VERBS.submit, { formId: view.formId }, 'positive')],
  );
}
