import type { Activity } from 'botbuilder';
import type { Translator } from '../../../src/i18n/translator.js';

/**
 * The contract between the delivery registry (bot/delivery/templates.ts) and each capability's
 * renderers (bot/delivery/templates/<cap>.ts). It has its own module so that both sides import it
 * and the registry is the only one that imports the renderers: no import cycle, and one error
 * class, so the registry's `instanceof` recognises every renderer's refusal.
 */
/**
 * Renders in the reader's language: `tr` is the recipient's last seen locale (users.locale) for a
 * person's chat, English for channel posts (a channel has many readers; its text stays the default).
 */
export type TemplateRenderer = (payload: Record<string, unknown>, tr: Translator) => Partial<Activity>;
export type TemplateMap = Readonly<Record<string, TemplateRenderer>>;

/** The payload does not fit the template (a bug in the caller): the message fails with this message. */
export class TemplatePayloadError extends Error {
  constructor(template: string, problem: string) {
    super(`Template "${template}" cannot render this payload: ${problem}`);
    this.name = 'TemplatePayloadError';
  }
}
