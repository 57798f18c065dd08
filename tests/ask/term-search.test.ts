import assert from 'node:assert/strict';
import type { SearchOptions } from 'minisearch';
import { parseDocument } from '../../src/domain/ask/document-parser.js';
import { documentGroupKey, documentPassages } from '../../src/domain/ask/passages.js';
import { articleKinds, questionKinds } from '../../src/domain/ask/article-kind.js';
import { KnowledgeIndex } from '../../src/domain/ask/search-index.js';
import { FIELD_BOOST, passageFields } from '../../src/domain/ask/index-fields.js';
import { newMiniSearch, TermSearch } from '../../src/domain/ask/term-search.js';
import type { KbDocument, Passage } from '../../src/domain/ask/types.js';

/** 40 documents that all say "environment" (the common word whose postings get kept), a few say more. */
function passagesOf(n: number, extra = ''): Passage[] {
  const path = `admin/doc-${n}.md`;
  const parsed = parseDocument(path, `---\ntitle: Environment note ${n}\n---\n# Environment\n\nEvery environment has a note ${n}. ${extra}`);
  const document: KbDocument = { id: `d${n}`, root: '/docs', path, title: parsed.title, description: parsed.description, url: null, contentHash: parsed.contentHash, sectionCount: parsed.sections.length, ingestedAt: '', updatedAt: '' };
  return documentPassages(document, parsed.sections.map((s, o) => ({ ...s, id: `d${n}s${o}`, documentId: document.id, ordinal: o })));
}
const corpus = () => Array.from({ length: 40 }, (_, n) => passagesOf(n, n % 7 === 0 ? 'Backup and restore the environment. Restore twice.' : n % 5 === 0 ? 'Capacity of storage.' : ''));

describe('ask: per-term scored postings (term-search.ts)', () => {
  it('when terms are searched one at a time with their postings kept, then scores, matched terms and fields are MiniSearch\'s own OR search', () => {
    const mini = newMiniSearch();
    mini.addAll(corpus().flat().map(passageFields));
    const search = new TermSearch(mini);
    const weights = new Map([['restor', 0.5]]);
    const options: SearchOptions = { boost: { ...FIELD_BOOST }, combineWith: 'OR', boostTerm: (t: string) => weights.get(t) ?? 1, prefix: (t: string) => t === 'capac' };
    for (const text of ['environment backup restor', 'environment', 'capac note', 'environment restor', 'nothing']) {
      const theirs = mini.search(text, options);
      for (const pass of [1, 2]) {
        const ours = search.search(text, options);
        assert.deepEqual(ours.map((r) => r.id), theirs.map((r) => String(r.id)), `${text}, pass ${pass}: same documents in the same order`);
        ours.forEach((r, i) => {
          assert.ok(Math.abs(r.score - theirs[i]!.score) < 1e-9 * theirs[i]!.score, `${text}: score ${r.score} vs ${theirs[i]!.score}`);
          assert.deepEqual(r.queryTerms, theirs[i]!.queryTerms);
          assert.deepEqual(r.fields, new Set(Object.values(theirs[i]!.match).flat()));
        });
      }
    }
  });

  it('when a source is added or removed after a common word was searched, then the next question sees the change', () => {
    const index = new KnowledgeIndex();
    index.add(corpus().flat());
    const before = index.query({ terms: ['environment', 'gateway'], limit: 50 });
    assert.equal(before.length, 40);
    assert.ok(!before.some((h) => h.best.passage.path === 'admin/doc-99.md'));
    index.add(passagesOf(99, 'The environment gateway.'));
    const after = index.query({ terms: ['environment'], limit: 50 });
    assert.equal(after.length, 41, 'the new document is in the kept "environment" postings');
    index.removeGroup(documentGroupKey('d99'));
    index.removeGroup(documentGroupKey('d0'));
    const removed = index.query({ terms: ['environment', 'restor'], limit: 50 });
    assert.equal(removed.length, 39);
    assert.ok(!removed.some((h) => ['admin/doc-99.md', 'admin/doc-0.md'].includes(h.best.passage.path)));
    // The same history without any question asked in between: nothing kept that could be stale.
    // (Not a freshly built index: MiniSearch's discard leaves its statistics as they were until it vacuums.)
    const unasked = new KnowledgeIndex();
    unasked.add(corpus().flat());
    unasked.add(passagesOf(99, 'The environment gateway.'));
    unasked.removeGroup(documentGroupKey('d99'));
    unasked.removeGroup(documentGroupKey('d0'));
    const expected = unasked.query({ terms: ['environment', 'restor'], limit: 50 });
    assert.deepEqual(removed.map((h) => [h.groupKey, h.score]), expected.map((h) => [h.groupKey, h.score]), 'the scores of an index that kept nothing');
  });
});

describe('ask: what a question asks for and what an article is (article-kind.ts)', () => {
  const doc = (path: string) => ({ path }) as Passage;
  it('when a question asks for an explanation, steps, a limit or a fix, then that kind is marked, and the file name says what an article is', () => {
    assert.deepEqual(questionKinds('managed environment vs a normal environment - what do we actually get?'), { overview: 1, howTo: 0, limits: 0, problem: 0 });
    assert.deepEqual(questionKinds('how do I stop people creating environments'), { overview: 0, howTo: 1, limits: 0, problem: 0 });
    assert.deepEqual(questionKinds('it says I reached the limit, how many trials can one user have'), { overview: 0, howTo: 0, limits: 1, problem: 0 });
    assert.deepEqual(questionKinds('sync flows keep failing with an error'), { overview: 0, howTo: 0, limits: 0, problem: 1 });
    assert.deepEqual(articleKinds(doc('admin/managed-environment-overview.md')), { overview: 1, howTo: 0, limits: 0, problem: 0 });
    assert.deepEqual(articleKinds(doc('admin/add-storage.md')), { overview: 0, howTo: 1, limits: 0, problem: 0 });
    assert.deepEqual(articleKinds(doc('guidance/coe/limitations.md')), { overview: 0, howTo: 0, limits: 1, problem: 0 });
    assert.deepEqual(articleKinds(doc('admin/troubleshoot-missing-environments.md')), { overview: 0, howTo: 0, limits: 0, problem: 1 });
  });
});
