import { ENGLISH, type Translator } from '../../src/i18n/translator.js';
import type { CardElement } from './types.js';

/**
 * Input elements with a label and, after a refused submission, the error right under the field
 * (Teams shows `errorMessage` only for its own client-side checks, so ours is a TextBlock).
 */
export interface FieldOptions {
  id: string;
  label: string;
  value?: string;
  error?: string;
  required?: boolean;
  /** A short hint under the label (e.g. the naming convention). */
  hint?: string;
  /** The reader's language, for the client-side "is required" message. */
  tr?: Translator;
}

function field(options: FieldOptions, input: CardElement): CardElement {
  // The renderer puts the label above the input, so the error and the hint go right under it.
  const items: CardElement[] = [{ ...input, id: options.id, label: options.label, ...(options.required ? { isRequired: true, errorMessage: (options.tr ?? ENGLISH).t('bot.form.required', { label: options.label }) } : {}) }];
  if (options.error) items.push({ type: 'TextBlock', text: `⚠ ${options.error}`, wrap: true, color: 'Attention', size: 'Small', spacing: 'Small' });
  if (options.hint) items.push({ type: 'TextBlock', text: options.hint, wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' });
  return { type: 'Container', spacing: 'Medium', items };
}

/** A text input (single or multi-line). */
export function textInput(options: FieldOptions & { placeholder?: string; multiline?: boolean; maxLength?: number }): CardElement {
  return field(options, {
    type: 'Input.Text',
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.multiline ? { isMultiline: true } : {}),
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
  });
}

/** A number input. */
export function numberInput(options: FieldOptions & { min?: number; max?: number; placeholder?: string }): CardElement {
  return field(options, {
    type: 'Input.Number',
    ...(options.value ? { value: options.value } : {}),
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
  });
}

/** A choice set: a drop-down (compact) or radio buttons (expanded). */
export function choiceInput(options: FieldOptions & { choices: Array<{ title: string; value: string }>; expanded?: boolean }): CardElement {
  return field(options, {
    type: 'Input.ChoiceSet',
    style: options.expanded ? 'expanded' : 'compact',
    choices: options.choices,
    ...(options.value !== undefined ? { value: options.value } : {}),
  });
}

/** An on/off toggle sending "true" or "false". */
export function toggleInput(options: FieldOptions & { title: string }): CardElement {
  return field(options, { type: 'Input.Toggle', title: options.title, valueOn: 'true', valueOff: 'false', value: options.value === 'true' ? 'true' : 'false' });
}
