import { words } from './text/analyzer.js';
import { isStopWord } from './text/stop-words.js';

/**
 * Words of a message that only greets, thanks or signs off. "help" is among them only as "helped"
 * / "helpful": "thanks, that helped a lot!" left the single term "help", which every support
 * article matches well enough for a confident answer (bench/qa-makers-tune.yaml).
 */
const SOCIAL = new Set(
  `thanks thank thx ty cheers appreciate appreciated hello hi hey hiya morning afternoon evening night
  good great awesome nice cool perfect brilliant wonderful amazing helped helpful everyone everybody
  folks guys team all ok okay bye goodbye later welcome day`.split(/\s+/),
);

/**
 * Whether a message is small talk rather than a question: every word is a greeting, thanks or
 * filler, and at least one is social. The knowledge base grades it "I don't know that one"
 * instead of matching its one leftover word; the chat also answers "thanks" itself.
 */
export function isSmallTalk(text: string): boolean {
  const list = words(text);
  return list.some((w) => SOCIAL.has(w)) && list.every((w) => SOCIAL.has(w) || isStopWord(w));
}
