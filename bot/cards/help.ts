import { card, heading, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard, CardElement } from './types.js';

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
export function helpCard(view: HelpView): AdaptiveCard {
  const body: CardElement[] = [];
  if (view.notUnderstood !== undefined) {
    body.push(heading("Sorry, I didn't get that"));
    body.push(text("I'm not sure what you meant. Here is what I can help with — try one of these:"));
  } else {
    body.push(heading('What I can do'));
  }
  for (const c of view.commands) {
    body.push({
      type: 'Container',
      spacing: 'Medium',
      items: [text(`**${c.title}**`), text(c.description, { spacing: 'None' }), subtle(`Try: "${c.example}"`)],
    });
  }
  if (view.scope !== 'personal') body.push(subtle('In a channel, @mention me so I see your message.'));
  const quick = view.commands.slice(0, 5).map((c) => sendText(c.title, c.example));
  return card(body, quick);
}
