import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type MessagingExtensionAttachment } from 'botbuilder';
import type { SearchHit, SearchKind } from '../../../src/domain/search/types.js';
import { markedMarkdown, searchPreview, searchResultCard, type SearchResultView } from '../../cards/ask/search.js';
import { SEARCH_COMMAND_ID } from '../../cards/ask/verbs.js';
import type { BotDeps } from '../../deps.js';
import { turnInfo } from '../../turn.js';
import { translatorOf } from '../../locale.js';
import type { Translator } from '../../../src/i18n/translator.js';

const MAX_RESULTS = 10;
const MAX_QUERY_CHARS = 200;

const kindLabel = (kind: SearchKind, tr: Translator) => tr.t(`bot.ask.search.kind.${kind}`);

function attachment(view: SearchResultView, tr: Translator): MessagingExtensionAttachment {
  const preview = searchPreview(view);
  return { ...CardFactory.adaptiveCard(searchResultCard(view, tr)), preview: CardFactory.thumbnailCard(preview.title, preview.text) };
}

/** A hit as a card: an FAQ entry shows its whole answer; the rest their snippet with the matched words in bold. */
function viewOf(hit: SearchHit, url: string, tr: Translator): SearchResultView {
  return {
    kindLabel: kindLabel(hit.kind, tr),
    knowledge: hit.kind === 'faq' || hit.kind === 'document',
    title: hit.title,
    heading: null,
    snippet: hit.card ?? markedMarkdown(hit.snippet, hit.highlights.snippet),
    url,
  };
}

/**
 * The search message extension: the same one search as the tab's (FAQ, articles, training, events,
 * published stories) from the compose box, each result a card linking to its page in Maker Hub.
 * Search runs in memory in milliseconds, far inside Teams' 5-second limit; an empty box lists the
 * FAQ to browse.
 */
export function registerKnowledgeSearch(app: Application, deps: BotDeps): void {
  const { ask, search } = deps.services;
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (context, _state, query) => {
    const params = (query.parameters ?? {}) as Record<string, unknown>;
    // The manifest names the parameter "query"; the first open of the extension sends "initialRun" instead.
    const text = (typeof params.query === 'string' ? params.query : '').trim().slice(0, MAX_QUERY_CHARS);
    const tr = translatorOf(context);
    let views: SearchResultView[];
    if (!text) {
      const { entries } = await ask.knowledge.contents();
      views = entries.slice(0, MAX_RESULTS).map((e) => ({ kindLabel: kindLabel('faq', tr), knowledge: true, title: e.question, heading: null, snippet: e.answer, url: e.link }));
    } else {
      const hits = await search.index.search(text, { limit: Math.min(query.count || MAX_RESULTS, MAX_RESULTS) });
      views = hits.map((hit) => viewOf(hit, search.absoluteUrl(hit.url), tr));
    }
    turnInfo(context).logger.info({ query: text.length, results: views.length }, 'knowledge search');
    return { type: 'result', attachmentLayout: 'list', attachments: views.map((v) => attachment(v, tr)) };
  });
}
