import type { Activity, TurnContext } from 'botbuilder';
import type { DomainError, ValidationError } from '../src/domain/shared/errors.js';
import { errorFields, errorMessage } from '../src/i18n/domain-errors.js';
import { translatorFor, type Translator } from '../src/i18n/translator.js';

/**
 * The Teams client's locale for this activity: `activity.locale` ("de-DE"), else the clientInfo
 * entity Teams adds to messages. Undefined when neither is there (English then).
 */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  if (typeof activity.locale === 'string' && activity.locale) return activity.locale;
  // Entities come from the wire: the error handler reads the locale too, so nothing here may throw.
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  const info = entities.find((e) => typeof e === 'object' && e !== null && (e as { type?: unknown }).type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' && info.locale ? info.locale : undefined;
}

/** Words, dates and numbers in the language of the person whose turn this is. */
export function translatorOf(context: TurnContext): Translator {
  return translatorFor(activityLocale(context.activity));
}

/** A domain error's message in this turn's language (English when it has no catalogue key yet). */
export function errorMessageOf(context: TurnContext, error: DomainError): string {
  return errorMessage(error, translatorOf(context));
}

/** A validation error's field messages in this turn's language. */
export function errorFieldsOf(context: TurnContext, error: ValidationError): Record<string, string> {
  return errorFields(error, translatorOf(context));
}
