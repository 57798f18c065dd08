import assert from 'node:assert/strict';
import path from 'node:path';
import { buildAnswer } from '../../src/domain/ask/answer.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../src/domain/ask/confidence.js';
import { parseDocument } from '../../src/domain/ask/document-parser.js';
import { checkFaqInput } from '../../src/domain/ask/faq-input.js';
import { documentPassages, entryPassage } from '../../src/domain/ask/passages.js';
import { retrieve } from '../../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../../src/domain/ask/search-index.js';
import type { KbDocument } from '../../src/domain/ask/types.js';
import { readStarterFaq } from '../../src/seed/ask.js';

/** A few documents written the way vendor docs are (old product names included). */
const DOCS: Record<string, string> = {
  'bots/create-bot.md': '---\ntitle: Create a bot with Power Virtual Agents\n---\n# Create a bot\n\nUse Power Virtual Agents to create a chatbot that answers questions from your website and calls flows.\n\n## Publish the bot to Teams\n\nPublish the chatbot and add it to a Microsoft Teams channel.',
  'data/dataverse-tables.md': '---\ntitle: Tables in Microsoft Dataverse\ndescription: Create and manage tables.\n---\n# Tables in Dataverse\n\nDataverse stores business data in tables with columns and relationships.\n\n## Create a custom table\n\nOpen make.powerapps.com, select Tables, then New table.',
  'connectors/sharepoint.md': '---\ntitle: SharePoint connector\n---\n# SharePoint connector\n\nConnect canvas apps and flows to SharePoint lists and libraries.\n\n## Delegation limits\n\nFilters on SharePoint lists delegate for most column types.',
  'admin/long-article.md': `---\ntitle: Capacity reference\n---\n# Capacity\n\n${Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about database capacity, file capacity and log capacity in environments.`).join('\n\n')}`,
};

function buildIndex(): KnowledgeIndex {
  const index = new KnowledgeIndex();
  const faq = readStarterFaq(path.resolve('content'));
  index.add(faq.map((i) => entryPassage({ ...checkFaqInput(i), id: i.id!, kind: 'faq', ticketId: null, origin: 'seed', version: 1, createdAt: '', updatedAt: '' })));
  Object.entries(DOCS).forEach(([p, content], n) => {
    const parsed = parseDocument(p, content);
    const document: KbDocument = { id: `d${n}`, root: '/docs', path: p, title: parsed.title, description: parsed.description, url: null, contentHash: parsed.contentHash, sectionCount: parsed.sections.length, ingestedAt: '', updatedAt: '' };
    index.add(documentPassages(document, parsed.sections.map((s, o) => ({ ...s, id: `d${n}s${o}`, documentId: document.id, ordinal: o }))));
  });
  return index;
}

describe('ask: retrieval and confidence', () => {
  const index = buildIndex();
  const ask = (q: string) => buildAnswer(q, retrieve(index, q), { threshold: DEFAULT_CONFIDENCE_THRESHOLD });

  const cases: Array<[string, string, string]> = [
    ['a typo', 'enviroment naming convension', 'faq/environment-naming'],
    ['a typo in a longer question', 'how do I requst a sandbox environment', 'faq/get-an-environment'],
    ['a mistyped product name', 'copilot studoi chatbot for my team', 'faq/copilot-studio'],
    ['PA for Power Automate', 'my PA flow is throttled', 'faq/flow-limits'],
    ['DLP', 'what is DLP', 'faq/what-is-dlp'],
    ['"data policy" for DLP', 'what is a data policy', 'faq/what-is-dlp'],
    ['PAC CLI', 'install pac cli', 'faq/pac-cli'],
    ['CDS for Dataverse', 'create a custom table in CDS', 'data/dataverse-tables.md'],
    ['env for environment', 'how do I request an env', 'faq/get-an-environment'],
    ['a long, chatty question', "Hi team, sorry if this was asked before, but could anyone tell me how I'd go about requesting my own environment? I want to try building a couple of flows.", 'faq/get-an-environment'],
  ];
  for (const [what, question, expected] of cases) {
    it(`when a maker writes ${what} ("${question.slice(0, 50)}"), then the right source comes first and is answered`, () => {
      const answer = ask(question);
      assert.equal(answer.sources[0]?.path, expected, `sources: ${answer.sources.map((s) => s.path).join(', ')}`);
      assert.equal(answer.answered, true, `confidence ${answer.confidence}`);
    });
  }

  for (const question of ['who is my manager', "what's the weather tomorrow", 'how many vacation days do I have left', 'book a meeting room for friday', 'reset my laptop password', 'how do I recall an email in outlook', 'tell me a joke', 'asdf qwerty']) {
    it(`when a question is out of scope ("${question}"), then there is no confident answer`, () => {
      const answer = ask(question);
      assert.equal(answer.answered, false, `confidence ${answer.confidence}, top ${answer.sources[0]?.path}`);
      assert.equal(answer.answer, '');
    });
  }

  it('when a document says "Power Virtual Agents" and the maker says "Copilot Studio", then the document is found', () => {
    const docsOnly = new KnowledgeIndex();
    docsOnly.add([...index.allPassages()].filter((p) => p.kind === 'doc'));
    assert.equal(retrieve(docsOnly, 'publish a Copilot Studio chatbot to a teams channel').hits[0]?.best.passage.path, 'bots/create-bot.md');
    assert.equal(retrieve(docsOnly, 'PVA').hits[0]?.best.passage.path, 'bots/create-bot.md');
  });

  it('when both words of a short question are misspelled, then the right source is still found (with less confidence)', () => {
    const answer = ask('how do I requst a sandox');
    assert.equal(answer.sources[0]?.path, 'faq/get-an-environment');
  });

  it('when a source is long, then the answer is a passage around the question, cut to card size', () => {
    const answer = ask('log capacity in environments');
    assert.equal(answer.sources[0]?.path, 'admin/long-article.md');
    assert.ok(answer.answer.length <= 1000, `answer is ${answer.answer.length} characters`);
    assert.match(answer.answer, /…$/);
  });

  it('when sources are listed, then there are at most five, one per document, best first, with scores falling', () => {
    const { sources } = ask('sharepoint list delegation limits');
    assert.ok(sources.length <= 5);
    assert.equal(new Set(sources.map((s) => s.path)).size, sources.length);
    for (let i = 1; i < sources.length; i += 1) assert.ok(sources[i]!.score <= sources[i - 1]!.score);
    assert.equal(sources[0]!.path, 'connectors/sharepoint.md');
  });

  it('when an FAQ entry answers, then the whole curated answer is shown and related questions are close other sources', () => {
    const answer = ask('how do I move my app from dev to production?');
    assert.equal(answer.sources[0]?.path, 'faq/move-app-to-production');
    assert.match(answer.answer, /DEV → TEST → PROD[\s\S]*production checklist/);
    assert.ok(answer.related.length >= 1 && answer.related.length <= 3, `related: ${answer.related.join(' | ')}`);
    assert.ok(!answer.related.includes('How do I move my app from development to production?'));
    assert.ok(ask('what is a solution and why should I use one').related.length <= 3);
  });

  it('when the index changes, then removed sources are gone and replaced ones are found by their new text', () => {
    const local = buildIndex();
    local.removeGroup('faq:pac-cli');
    assert.notEqual(retrieve(local, 'install pac cli').hits[0]?.best.passage.path, 'faq/pac-cli');
    assert.equal(local.has('paccli') || local.idf('paccli') > 0, true);
  });
});
