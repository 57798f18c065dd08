import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { card, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardElement } from '../types.js';

/** Message-extension results must stay under 28 KB each; this leaves room for the envelope. */
export const MAX_RESULT_CARD_BYTES = 24 * 1024;
const MAX_RESULT_TEXT = 3000;

export interface SearchResultView {
  /** What it is ("FAQ", "Training module", "Event"…), shown above the title. */
  kindLabel?: string;
  /** True for FAQ entries and articles (the knowledge base), false for training, events and stories. */
  knowledge?: boolean;
  title: string;
  heading: string | null;
  /** Teams card Markdown. */
  snippet: string;
  /** The item's page (in the tab), or the source's own page. */
  url: string | null;
}

/** Plain text with the ranges in bold, every other character escaped (content never becomes markup). */
export function markedMarkdown(value: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > value.length || r.end <= r.start) continue;
    out += `${plain(value.slice(at, r.start))}**${plain(value.slice(r.start, r.end))}**`;
    at = r.end;
  }
  return out + plain(value.slice(at));
}

function footer(view: SearchResultView, tr: Translator): string {
  const from = view.knowledge === false ? tr.t('bot.ask.search.inMakerHub', { kind: view.kindLabel ?? tr.t('bot.ask.search.from') }) : tr.t('bot.ask.search.fromKnowledge');
  return view.url ? `${from} · ${tr.t('bot.ask.search.open', { url: view.url })}` : from;
}

/**
 * A card a maker inserts into any chat from the compose box: the item (an answer, a module, an
 * event, a story) and a link to its page, no bot buttons (the people in that chat may not have the app).
 */
export function searchResultCard(view: SearchResultView, tr: Translator = ENGLISH): AdaptiveCard {
  const name = plain(view.heading ? `${view.title} › ${view.heading}` : view.title);
  const snippet = view.snippet.length > MAX_RESULT_TEXT ? `${view.snippet.slice(0, MAX_RESULT_TEXT)} …` : view.snippet;
  const body: CardElement[] = [text(`**${name}**`), text(snippet, { spacing: 'Small' }), subtle(footer(view, tr))];
  const built = card(body);
  // A card that is still too large (a huge table) is cut further rather than refused by Teams.
  if (Buffer.byteLength(JSON.stringify(built)) > MAX_RESULT_CARD_BYTES) return searchResultCard({ ...view, snippet: view.snippet.slice(0, Math.floor(snippet.length / 2)) }, tr);
  return built;
}

/** The list entry shown while searching (a thumbnail card: title and a line of text). */
export function searchPreview(view: SearchResultView): { title: string; text: string } {
  const line = view.snippet.replace(/[*_[\]()#>`\\]/g, '').replace(/\s+/g, ' ').trim();
  const title = view.heading ? `${view.title} › ${view.heading}` : view.title;
  const short = line.length > 120 ? `${line.slice(0, 117)}…` : line;
  return { title, text: view.kindLabel ? `${view.kindLabel} · ${short}` : short };
}
