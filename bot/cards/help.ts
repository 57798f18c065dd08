import { card, heading, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard, CardElement } from './types.js';
import { ENGLISH, type Translator } from '../../src/i18n/translator.js';

export interface HelpCommandView {
  title: string;
  description: string;
  example: string;
}

export interface HelpView {
  commands: HelpCommandView[];
  /** Set when the help follows text the bot did not understand. */
  notUnderstood?: string;
  scope: 'personal' | 'channel' | 'groupChat';
}

/** Lists what the bot can do; the same card answers "help" and text it could not understand. */
export function helpCard(view: HelpView, tr: Translator = ENGLISH): AdaptiveCard {
  const body: CardElement[] = [];
  if (view.notUnderstood !== undefined) {
    body.push(heading(tr.t('bot.help.notUnderstoodTitle')));
    body.push(text(tr.t('bot.help.notUnderstood')));
  } else {
    body.push(heading(tr.t('bot.help.title')));
  }
  for (const c of view.commands) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [text(`**${c.title}**`), text(c.description, { spacing: 'None' }), subtle(tr.t('bot.help.try', { example: c.example }))],
    });
  }
  if (view.scope !== 'personal') body.push(subtle(tr.t('bot.help.channelHint')));
  const quick = view.commands.slice(0, 5).map((c) => sendText(c.title, c.example));
  return card(body, quick);
}
