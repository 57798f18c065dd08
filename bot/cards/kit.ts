import { MAX_CARD_ACTIONS, type AdaptiveCard, type CardAction, type CardElement } from './types.js';

/** A 1.5 card; refuses more actions than Teams allows rather than letting the client drop them. */
export function card(body: CardElement[], actions: CardAction[] = [], extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  if (actions.length > MAX_CARD_ACTIONS) throw new Error(`A card may have at most ${MAX_CARD_ACTIONS} actions (got ${actions.length})`);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    ...extra,
  };
}

/**
 * Escapes what Teams' card Markdown would interpret, for text that came from a person
 * (names, titles, questions) and must show as typed.
 */
export function plain(text: string): string {
  // Only the characters that change rendering mid-line; escaping more shows stray backslashes.
  return text.replace(/([\\`*_[\]<>~])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)/gm, '$1\\$2');
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' };
}

export function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function subtle(value: string): CardElement {
  return text(value, { isSubtle: true, size: 'Small', spacing: 'Small' });
}

export function facts(pairs: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

/**
 * A button that runs a command as if the user had typed it. Plain submit data (not imBack) so it
 * works in every client, including the Agents Playground, which ignores imBack buttons.
 */
export function sendText(title: string, command: string): CardAction {
  return { type: 'Action.Submit', title, data: { command } };
}

export function openUrl(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

/** Universal Action; `fallback` keeps pre-1.5 clients working with a plain submit of the same data. */
export function execute(title: string, verb: string, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: { ...data, verb },
    ...(style ? { style } : {}),
  };
}
