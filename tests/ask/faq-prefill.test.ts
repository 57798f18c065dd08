import assert from 'node:assert/strict';
import { cleanQuestion, faqPrefill } from '../../src/domain/ask/faq-input.js';

describe('FAQ prefill: a maker\'s wording tidied for the expert to edit (#19)', () => {
  it('when the wording has a mention, a command, extra spaces and marks, then the question keeps the words and loses the noise', () => {
    assert.equal(cleanQuestion('<at>Maker Hub</at>  ask   how do i call a stored procedure from a flow???'), 'How do i call a stored procedure from a flow?');
    assert.equal(cleanQuestion('my flow fails on the SQL step!!'), 'My flow fails on the SQL step', 'a statement gets no question mark');
    assert.equal(cleanQuestion('can I use\u0000 SAP\n\tfrom a flow'), 'Can I use SAP from a flow?', 'control characters become spaces');
    assert.equal(cleanQuestion('  ?? '), '');
    assert.ok(cleanQuestion(`what ${'x'.repeat(400)}`).length <= 300, 'within the FAQ question limit');
  });

  it('when the maker\'s wording reads differently from the tidied question, then it is kept as a phrasing; a case-only difference is not', () => {
    assert.deepEqual(faqPrefill({ question: 'what is a DLP policy??', answer: 'A policy.' }), { question: 'What is a DLP policy?', answer: 'A policy.', alternates: [] });
    assert.deepEqual(faqPrefill({ question: 'ask  why is my flow slow', answer: null }).alternates, ['ask why is my flow slow']);
  });
});
