import { ENGLISH, type Translator } from '../../src/i18n/translator.js';
import { card, heading, subtle, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

/** Shown when a handler failed unexpectedly: friendly, with a reference the CoE can find in the logs. */
export function errorCard(correlationId: string, tr: Translator = ENGLISH): AdaptiveCard {
  return card([heading(tr.t('bot.errors.title')), text(tr.t('bot.errors.body')), subtle(tr.t('bot.errors.reference', { id: correlationId }))]);
}

/** Shown when the request itself cannot be done (no permission, stale card, bad input). */
export function noticeCard(title: string, message: string): AdaptiveCard {
  return card([heading(title), text(message)]);
}
