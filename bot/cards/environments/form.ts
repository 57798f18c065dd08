import { defaultEnvironmentType } from '../../../src/domain/environments/form-defaults.js';
import type { FormOptions } from '../../../src/domain/environments/queries.js';
import type { RequestDraft } from '../../../src/domain/environments/validation.js';
import { DATA_CLASSIFICATIONS, type DataClassification } from '../../../src/domain/environments/types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { regionName, typeName } from './details.js';
import { ENV_VERBS } from './verbs.js';
import { choiceInput, numberInput, textInput, toggleInput } from '../inputs.js';
import { card, execute, heading, subtle, text } from '../kit.js';
import type { AdaptiveCard } from '../types.js';

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
  /** What the policy will do with these answers, in a sentence (bot/handlers/environments/preview.ts). */
  policyNote?: string;
}

const asText = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));

/** The request form; after a refused submission, the same form with the answers kept and errors beside them. */
export function environmentFormCard(view: EnvironmentFormView, tr: Translator = ENGLISH): AdaptiveCard {
  const { options, values, errors } = view;
  const k = 'bot.environments.form' as const;
  const v = (key: keyof RequestDraft) => asText(values[key]);
  const durations = options.types
    .filter((t) => t.maxDurationDays !== null)
    .map((t) => tr.t(`${k}.durationOf`, { type: typeName(t.value, tr), days: t.defaultDurationDays ?? '', max: t.maxDurationDays ?? '' }))
    .join(', ');
  const hasErrors = Object.keys(errors).length > 0;
  const classification = (c: DataClassification) => ({ title: tr.t(`bot.environments.facts.classification.${c}`), value: c });
  return card(
    [
      heading(tr.t(`${k}.heading`)),
      hasErrors ? text(tr.t('bot.form.recheck'), { color: 'Attention' }) : text(tr.t(`${k}.intro`)),
      textInput({ tr, id: 'displayName', label: tr.t(`${k}.name`), required: true, value: v('displayName'), error: errors.displayName, hint: tr.t(`${k}.nameHint`, { explanation: options.naming.explanation, example: options.naming.example }), placeholder: options.naming.example, maxLength: 100 }),
      choiceInput({ tr, id: 'type', label: tr.t(`${k}.type`), required: true, value: v('type') ?? view.startType ?? defaultEnvironmentType(options.types), error: errors.type, choices: options.types.map((t) => ({ title: typeName(t.value, tr), value: t.value })) }),
      choiceInput({ tr, id: 'region', label: tr.t(`${k}.region`), required: true, value: v('region') ?? options.regions[0]?.value, error: errors.region, choices: options.regions.map((r) => ({ title: regionChoice(r, tr), value: r.value })) }),
      textInput({ tr, id: 'justification', label: tr.t(`${k}.justification`), required: true, multiline: true, maxLength: 2000, value: v('justification'), error: errors.justification, hint: tr.t(`${k}.justificationHint`, { count: Math.max(...options.types.map((t) => t.justificationMinimum)) }) }),
      toggleInput({ tr, id: 'dataverse', label: tr.t(`${k}.dataverse`), title: tr.t(`${k}.createDataverse`), value: v('dataverse') ?? 'false', error: errors.dataverse }),
      choiceInput({ tr, id: 'languageLcid', label: tr.t(`${k}.language`), value: v('languageLcid') ?? String(options.languages[0]?.value ?? ''), error: errors.languageLcid, choices: options.languages.map((l) => ({ title: l.label, value: String(l.value) })) }),
      choiceInput({ tr, id: 'currencyCode', label: tr.t(`${k}.currency`), value: v('currencyCode') ?? options.currencies[0]?.value, error: errors.currencyCode, choices: options.currencies.map((c) => ({ title: c.label, value: c.value })) }),
      choiceInput({ tr, id: 'dataClassification', label: tr.t(`${k}.classification`), required: true, expanded: true, value: v('dataClassification') ?? 'internal', error: errors.dataClassification, choices: DATA_CLASSIFICATIONS.map(classification) }),
      numberInput({ tr, id: 'expectedUsers', label: tr.t(`${k}.expectedUsers`), required: true, min: 1, value: v('expectedUsers') ?? '1', error: errors.expectedUsers }),
      numberInput({ tr, id: 'durationDays', label: tr.t(`${k}.duration`), min: 1, value: v('durationDays'), error: errors.durationDays, hint: tr.t(`${k}.durationHint`, { durations }) }),
      textInput({ tr, id: 'securityGroupId', label: tr.t(`${k}.securityGroup`), value: v('securityGroupId'), error: errors.securityGroupId, placeholder: '00000000-0000-0000-0000-000000000000' }),
      ...(view.policyNote ? [text(view.policyNote, { weight: 'Bolder' })] : []),
      subtle(tr.t(`${k}.policy`)),
    ],
    [execute(tr.t(`${k}.submit`), ENV_VERBS.submit, { formId: view.formId }, 'positive')],
  );
}

/** The policy's own label in English (it may say more than the name); the catalogue's name otherwise. */
function regionChoice(region: { value: string; label: string }, tr: Translator): string {
  return tr.language === 'en' ? region.label : regionName(region.value, tr);
}
