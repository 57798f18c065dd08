import assert from 'node:assert/strict';
import { parseDocument } from '../../src/domain/ask/document-parser.js';
import { expandedTerms, interpolate, phrasingTerms } from '../../src/domain/ask/expansion.js';
import { documentPassages } from '../../src/domain/ask/passages.js';
import { rerank } from '../../src/domain/ask/reranker.js';
import { retrieve } from '../../src/domain/ask/retriever.js';
import { isSmallTalk } from '../../src/domain/ask/small-talk.js';
import { KnowledgeIndex } from '../../src/domain/ask/search-index.js';
import { longForm, mineAbbreviations } from '../../src/domain/ask/text/abbreviations.js';
import { correct, editDistance, Speller } from '../../src/domain/ask/text/spelling.js';
import type { KbDocument } from '../../src/domain/ask/types.js';

const DOCS: Record<string, string> = {
  'admin/pim.md': '---\ntitle: Admin roles for the kit\n---\n# Admin roles\n\nUse Azure AD Privileged Identity Management (PIM) to activate the admin role only when needed.\n\n## Eligible assignments\n\nAn eligible assignment must be activated before the kit flows run.',
  'admin/roles.md': '---\ntitle: Admin roles overview\n---\n# Roles\n\nAdmin roles in the tenant: global admin, Power Platform admin, Dynamics 365 admin. The admin role overview lists what each admin role may do.',
  'admin/upgrade.md': '---\ntitle: Upgrade the starter kit\n---\n# Upgrade\n\nTo upgrade the starter kit, import the new version of each solution. Upgrade monthly.',
  'admin/support.md': '---\ntitle: Get support\n---\n# Support\n\nOpen a support request in the admin center. Support plans differ, and an upgrade of the plan takes a day.',
  'it/glossary.md': '---\ntitle: Glossary\n---\n# Terms\n\nInformation technology (IT) runs the laptops. Twitter (Blocked) is a connector state.',
};

function buildIndex(docs = DOCS): KnowledgeIndex {
  const index = new KnowledgeIndex();
  Object.entries(docs).forEach(([p, content], n) => {
    const parsed = parseDocument(p, content);
    const document: KbDocument = { id: `d${n}`, root: '/docs', path: p, title: parsed.title, description: parsed.description, url: null, contentHash: parsed.contentHash, sectionCount: parsed.sections.length, ingestedAt: '', updatedAt: '' };
    index.add(documentPassages(document, parsed.sections.map((s, o) => ({ ...s, id: `d${n}s${o}`, documentId: document.id, ordinal: o }))));
  });
  return index;
}

describe('ask: typo correction, mined abbreviations and the second stage', () => {
  it('when two letters are swapped, then that is one edit; a word too far away is not a correction', () => {
    assert.equal(editDistance('upgarde', 'upgrade', 2), 1);
    assert.equal(editDistance('suport', 'support', 1), 1);
    assert.ok(editDistance('vacation', 'location', 1) > 1);
    const vocabulary = new Map([['upgrad', 5], ['upgrader', 2], ['support', 9], ['supper', 1]]);
    assert.equal(correct('upgard', vocabulary), 'upgrad');
    assert.equal(correct('suport', vocabulary), 'support');
    assert.equal(correct('xylophon', vocabulary), undefined, 'nothing close: no guess');
    assert.equal(correct('pport', vocabulary), undefined, 'the first letter must match');
    assert.equal(correct('abc', vocabulary), undefined, 'too short to correct');
  });

  it('when the vocabulary is bucketed for speed, then every correction (ties included) is the one the full scan gives', () => {
    const vocabulary = new Map<string, number>();
    const letters = 'abcdeilmnoprstu';
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    while (vocabulary.size < 3000) {
      const word = Array.from({ length: 3 + Math.floor(random() * 8) }, () => letters[Math.floor(random() * letters.length)]).join('');
      vocabulary.set(word, 1 + Math.floor(random() * 4));
    }
    vocabulary.set('enviroment', 1);
    const speller = new Speller(vocabulary);
    const asked = [...vocabulary.keys()].slice(0, 600).map((w, i) => (i % 3 === 0 ? `${w}s` : i % 3 === 1 ? w.slice(1, 2) + w.slice(0, 1) + w.slice(2) : `${w.slice(0, -1)}x`));
    let corrected = 0;
    for (const term of asked) {
      const expected = correct(term, vocabulary);
      assert.equal(speller.correct(term), expected, term);
      assert.equal(speller.correct(term), expected, `${term}, remembered`);
      if (expected) corrected += 1;
    }
    assert.ok(corrected > 100, `the test corrects many words (${corrected})`);
    assert.equal(speller.correct('enviroment'), undefined, 'a term held by one passage is never a correction');
  });

  it('when a message only thanks or greets, then it is not matched to the article its one leftover word finds', () => {
    const index = buildIndex({ ...DOCS, 'admin/help.md': '---\ntitle: Get help\n---\n# Help\n\nHelp for makers: where to get help.' });
    assert.ok(retrieve(index, 'where do I get help').confidence > 0, 'a question about help is still a question');
    assert.equal(retrieve(index, 'thanks, that helped a lot!').confidence, 0);
    assert.equal(retrieve(index, 'good morning everyone ☀️').confidence, 0);
    assert.equal(isSmallTalk('hi team, how do I upgrade the kit?'), false, 'a greeting before a question is still a question');
    assert.equal(isSmallTalk('the'), false, 'nothing social: not small talk (the question is just empty)');
  });

  it('when a text defines an abbreviation, then the initials must spell it; "(Blocked)" and mismatches are not definitions', () => {
    assert.equal(longForm('Center of Excellence ', 'CoE'), 'Center of Excellence');
    assert.equal(longForm('billed on a pay-as-you-go ', 'PAYG'), 'pay as you go');
    assert.equal(longForm('The ALM Accelerator for Power Platform ', 'AA4PP'), 'ALM Accelerator for Power Platform');
    assert.equal(longForm('Twitter ', 'Blocked'), undefined);
    assert.deepEqual(mineAbbreviations('Use Privileged Identity Management (PIM) and Foo Bar (XYZ).'), [['pim', 'Privileged Identity Management']]);
  });

  it('when a question uses an abbreviation the documents define, then the long form is asked as a separate query; "it" is not taken for information technology', () => {
    const index = buildIndex();
    assert.equal(index.expand('pim'), 'privileged identity management');
    assert.deepEqual(expandedTerms(index, 'does the kit need PIM roles', ['kit', 'pim', 'role']), ['kit', 'privileg', 'identity', 'management', 'role']);
    assert.equal(expandedTerms(index, 'can it be changed', ['chang']), undefined);
    const r = retrieve(index, 'do we need PIM for the kit?');
    assert.equal(r.hits[0]?.best.passage.path, 'admin/pim.md');
  });

  it('when a maker writes "buy" and the documents write "purchase", then the documents\' words are asked as a query of their own', () => {
    const index = buildIndex({
      ...DOCS,
      'admin/add-storage.md': '---\ntitle: Storage add-ons\n---\n# Purchase storage add-ons\n\nPurchase storage add-ons for the tenant.',
      'admin/capacity.md': '---\ntitle: Storage\n---\n# Storage\n\nStorage is pooled: storage in one environment counts for the whole tenant.',
    });
    assert.deepEqual(phrasingTerms(index, 'where do we buy storage?', ['buy', 'storag']), ['buy', 'storag', 'purchas']);
    assert.equal(phrasingTerms(index, 'how do I upgrade the solution?', ['upgrad', 'solution']), undefined, 'no phrasing: no query');
    assert.equal(phrasingTerms(index, 'who did what as admin?', ['admin']), undefined, 'the words the phrasing maps to are unknown to this index: no query');
    assert.equal(retrieve(index, 'where do we buy storage?', { noPhrasings: true }).hits[0]?.best.passage.path, 'admin/capacity.md');
    assert.equal(retrieve(index, 'where do we buy storage?').hits[0]?.best.passage.path, 'admin/add-storage.md');
  });

  it('when abbreviations are interpolated, then a source found only by the long form joins the ranking below the question\'s own best', () => {
    const index = buildIndex();
    const main = index.query({ terms: ['admin', 'role'], limit: 5 });
    const long = index.query({ terms: ['privileg', 'identity', 'management'], limit: 5 });
    const merged = interpolate(main, long, 0.4);
    assert.ok(merged.some((h) => h.best.passage.path === 'admin/pim.md'));
    assert.ok(merged.every((h, i) => i === 0 || merged[i - 1]!.score >= h.score), 'sorted best first');
  });

  it('when a question has typos, then the corrected words find the document and count half as unknown for confidence', () => {
    const index = buildIndex();
    const typo = retrieve(index, 'how do i upgarde the starter kit');
    assert.equal(typo.hits[0]?.best.passage.path, 'admin/upgrade.md');
    assert.ok(typo.terms.includes('upgrad'));
    assert.ok(typo.signals.unknown > 0 && typo.signals.unknown < 0.5, `unknown ${typo.signals.unknown}`);
    const raw = retrieve(index, 'how do i upgarde the starter kit', { noSpelling: true });
    assert.ok(raw.terms.includes('upgard'));
    assert.ok(typo.confidence > raw.confidence, 'a corrected typo is less of a mystery than an unknown word');
  });

  it('when the second stage re-ranks, then a section holding the question\'s words next to each other moves up; the order is the new score\'s', () => {
    const index = buildIndex();
    const terms = ['eligibl', 'assignment'];
    const first = index.query({ terms, limit: 20 });
    const again = rerank(index, terms, first);
    assert.equal(again[0]?.best.passage.path, 'admin/pim.md');
    assert.ok(again.every((h, i) => i === 0 || again[i - 1]!.score >= h.score));
    assert.deepEqual(rerank(index, terms, []), []);
  });
});
