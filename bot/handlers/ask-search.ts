import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type MessagingExtensionAttachment } from 'botbuilder';
import { searchPreview, searchResultCard, type SearchResultView } from '../cards/ask-search.js';
import { SEARCH_COMMAND_ID } from '../cards/ask-verbs.js';
import type { BotDeps } from '../deps.js';
import { turnInfo } from '../turn.js';

const MAX_RESULTS = 10;
const MAX_QUERY_CHARS = 200;

function attachment(view: SearchResultView): MessagingExtensionAttachment {
  const preview = searchPreview(view);
  return { ...CardFactory.adaptiveCard(searchResultCard(view)), preview: CardFactory.thumbnailCard(preview.title, preview.text) };
}

/**
 * The search message extension: knowledge-base search from the compose box. Search runs in memory
 * in milliseconds, far inside Teams' 5-second limit; an empty box lists the FAQ to browse.
 */
export function registerKnowledgeSearch(app: Application, deps: BotDeps): void {
  const knowledge = deps.services.ask.knowledge;
  app.messageExtensions.query(SEARCH_COMMAND_ID, async (context, _state, query) => {
    const params = (query.parameters ?? {}) as Record<string, unknown>;
    // The manifest names the parameter "query"; the first open of the extension sends "initialRun" instead.
    const text = (typeof params.query === 'string' ? params.query : '').trim().slice(0, MAX_QUERY_CHARS);
    let views: SearchResultView[];
    if (!text) {
      const { entries } = await knowledge.contents();
      views = entries.slice(0, MAX_RESULTS).map((e) => ({ title: e.question, heading: null, snippet: e.answer, url: e.link }));
    } else {
      const { results } = await knowledge.search(text, Math.min(query.count || MAX_RESULTS, MAX_RESULTS));
      views = results.map((r) => ({ title: r.title, heading: r.heading, snippet: r.snippet, url: r.url }));
    }
    turnInfo(context).logger.info({ query: text.length, results: views.length }, 'knowledge search');
    return { type: 'result', attachmentLayout: 'list', attachments: views.map(attachment) };
  });
}
