import { card, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardElement } from './types.js';

/** Message-extension results must stay under 28 KB each; this leaves room for the envelope. */
export const MAX_RESULT_CARD_BYTES = 24 * 1024;
const MAX_RESULT_TEXT = 3000;

export interface SearchResultView {
  title: string;
  heading: string | null;
  /** Teams card Markdown. */
  snippet: string;
  url: string | null;
}

/**
 * An answer card a maker inserts into any chat from the compose box: the passage and its source,
 * no bot buttons (the people in that chat may not have the app).
 */
export function searchResultCard(view: SearchResultView): AdaptiveCard {
  const name = plain(view.heading ? `${view.title} › ${view.heading}` : view.title);
  const snippet = view.snippet.length > MAX_RESULT_TEXT ? `${view.snippet.slice(0, MAX_RESULT_TEXT)} …` : view.snippet;
  const body: CardElement[] = [text(`**${name}**`), text(snippet, { spacing: 'Small' }), subtle(view.url ? `From the CoE knowledge base · [open the source](${view.url})` : 'From the CoE knowledge base')];
  const built = card(body);
  // A card that is still too large (a huge table) is cut further rather than refused by Teams.
  if (Buffer.byteLength(JSON.stringify(built)) > MAX_RESULT_CARD_BYTES) return searchResultCard({ ...view, snippet: view.snippet.slice(0, Math.floor(snippet.length / 2)) });
  return built;
}

/** The list entry shown while searching (a thumbnail card: title and a line of text). */
export function searchPreview(view: SearchResultView): { title: string; text: string } {
  const line = view.snippet.replace(/[*_[\]()#>`]/g, '').replace(/\s+/g, ' ').trim();
  return { title: view.heading ? `${view.title} › ${view.heading}` : view.title, text: line.length > 120 ? `${line.slice(0, 117)}…` : line };
}
