import type { Application } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps.js';
import { turnInfo } from '../turn.js';
import { translatorOf } from '../locale.js';

/** Longest text we read; Teams allows ~28 KB messages but no command or question needs that much. */
export const MAX_MESSAGE_CHARS = 4000;

/** Every typed message goes through the command router (mention already removed by teams-ai). */
export function registerMessages(app: Application, deps: BotDeps): void {
  app.activity('message', async (context) => {
    const text = (context.activity.text ?? '').trim() || commandOf(context.activity.value);
    if (!text) {
      // Card submits carry `value` and are routed by their own handlers; an empty message gets help.
      if (context.activity.value) return;
      return deps.router.route(context, '');
    }
    if (text.length > MAX_MESSAGE_CHARS) {
      turnInfo(context).logger.info({ length: text.length }, 'message too long');
      const tr = translatorOf(context);
      await context.sendActivity(tr.t('bot.tooLong', { length: tr.number(text.length), max: tr.number(MAX_MESSAGE_CHARS) }));
      return;
    }
    await deps.router.route(context, text);
  });
}

/** A card button's command (see `sendText` in cards/kit.ts): routed exactly like typed text. */
function commandOf(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const command = (value as { command?: unknown }).command;
  return typeof command === 'string' ? command.slice(0, 200).trim() : '';
}
