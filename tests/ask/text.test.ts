import assert from 'node:assert/strict';
import { analyze, relatedTerms } from '../../src/domain/ask/text/analyzer.js';
import { stem } from '../../src/domain/ask/text/stemmer.js';

describe('ask: how questions and documents are read', () => {
  const same = (a: string, b: string) => assert.deepEqual(analyze(a), analyze(b), `"${a}" and "${b}" should read the same`);

  it('when makers use abbreviations, then they read like the words documents use', () => {
    same('PA flow', 'Power Automate flow');
    same('MS Flow', 'Power Automate');
    same('env', 'environment');
    same('envs', 'environments');
    same('DLP', 'data loss prevention');
    same('data policy', 'DLP policy');
    same('CDS', 'Dataverse');
    same('Common Data Service', 'Dataverse');
    same('PVA', 'Copilot Studio');
    same('Power Virtual Agents', 'Copilot Studio');
    same('PAC CLI', 'Power Platform CLI');
    same('ALM', 'application lifecycle management');
    same('CoE', 'Center of Excellence');
    same('Centre of Excellence', 'CoE');
    same('PP', 'Power Platform');
    same('AAD', 'Entra ID');
  });

  it('when British spellings or word forms differ, then they meet on one stem', () => {
    same('licence', 'license');
    same('licences', 'licenses');
    same('organisation', 'organization');
    same('policies', 'policy');
    same('sharing', 'share');
    same('shared', 'share');
    same('licensing', 'licensed');
    assert.equal(stem('access'), 'access', 'a double s is not a plural');
    assert.equal(stem('status'), 'status');
  });

  it('when a question is wrapped in filler, then only the words that matter are searched', () => {
    assert.deepEqual(analyze("Hi team, quick question — could anyone please tell me how I'd get a sandbox?"), ['sandbox']);
    assert.deepEqual(analyze('who is my manager'), ['manager']);
  });

  it('when the vocabulary says two words are related, then the question also looks for the other one, weaker', () => {
    const extra = relatedTerms(analyze('my flow fails'));
    const pa = extra.find((r) => r.term === analyze('power automate')[0]);
    assert.ok(pa && pa.weight < 1, 'flow also looks for Power Automate at a lower weight');
    assert.equal(relatedTerms(analyze('power automate flow')).some((r) => r.term === 'flow'), false, 'no term the question already has');
  });
});
