import type { BotKnowledge, OfferedSource } from '../../../src/domain/ask/tickets/bot-knowledge.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { plain, text } from '../kit.js';
import type { CardElement } from '../types.js';

/** Only web links become links: a source's URL comes from ingested content. */
function sourceLine(s: OfferedSource): string {
  const name = plain(s.heading ? `${s.title} › ${s.heading}` : s.title);
  return s.url && /^https?:\/\/[^\s()]+$/i.test(s.url) ? `- [${name}](${s.url})` : `- ${name}`;
}

/**
 * What the bot told the maker before they asked an expert: the band they saw (never a percentage)
 * and up to three sources it offered, so the expert starts where the bot stopped.
 */
export function botKnewBlock(knew: BotKnowledge, tr: Translator): CardElement[] {
  const band = tr.t(`bot.tickets.band.${knew.band}`);
  const lines = [tr.t('bot.tickets.botTold', { band })];
  if (knew.sources.length) lines.push(tr.t('bot.tickets.botOffered'), ...knew.sources.map(sourceLine));
  else lines.push(tr.t('bot.tickets.botOfferedNothing'));
  return [text(lines.join('\n'), { spacing: 'Medium', size: 'Small' })];
}
