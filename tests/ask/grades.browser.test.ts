/**
 * The three grades of an answer on the tab's Ask page in Chromium: a confident answer ("High
 * confidence", its source), "These look closest:" (up to three sources with a sentence each, and
 * Ask an expert) and "I don't know that one"; no percentage anywhere; light, dark and high-contrast
 * themes, desktop and phone, with axe. Screenshots: test-results/screenshots/ask-grade-*.png.
 */
import assert from 'node:assert/strict';
import { MAKER } from '../helpers/activities.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { askQuestion, openAs, sidewaysOverflow as overflow, waitForHeading, type Theme } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';

const DESKTOP = { width: 1280, height: 900 };

describe('tab: Ask — graded answers (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'ask-grade', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-GB' } });

  async function open(theme: Theme = 'light', viewport = DESKTOP) {
    const page = await openAs(session, '/ask', { person: MAKER, theme, viewport });
    await waitForHeading(page, 'Ask the CoE');
    return page;
  }
  const ask = (page: Parameters<typeof askQuestion>[0], question: string, grade: string) => askQuestion(page, question, { grade });

  it('when the knowledge base is sure, then the page answers with its source under "High confidence", with no percentage', async () => {
    const page = await open();
    // Training modules, events and stories share the index in the app, so an environment question now
    // sits just under the bar (a module about environments competes); the licensing FAQ does not.
    const answer = await ask(page, 'difference between per app and per user plans', 'Answer');
    await answer.getByText('High confidence', { exact: true }).waitFor();
    await answer.getByRole('heading', { name: 'Source' }).waitFor();
    assert.doesNotMatch(await answer.innerText(), /\d+\s*%|These look closest/);
    await saveScreenshot(page, 'ask-grade-answer-light');
  });

  it('when something is related but not sure, then "These look closest:" lists up to three sources with a sentence each, no answer and no rating, and Ask an expert', async () => {
    const page = await open();
    const region = await ask(page, 'who owns the CoE', 'These look closest:');
    const items = region.getByRole('list', { name: 'Closest sources' }).getByRole('listitem');
    const n = await items.count();
    assert.ok(n >= 1 && n <= 3, `${n} sources`);
    assert.match(await items.first().innerText(), /What is the Power Platform CoE and what does it do for makers\?\s+The Center of Excellence \(CoE\) is the small team/);
    await region.getByText('Not sure', { exact: true }).waitFor();
    assert.equal(await region.getByRole('button', { name: 'Ask an expert' }).count(), 1);
    assert.equal(await region.getByText('Was this helpful?').count(), 0, 'no rating for an answer that was not given');
    assert.equal(await region.getByRole('heading', { name: 'Source' }).count(), 0);
    assert.doesNotMatch(await region.innerText(), /\d+\s*%|High confidence|Likely answer/);
    await saveScreenshot(page, 'ask-grade-closest-light');
  });

  it('when nothing is close, then the page says "I don\'t know that one", lists nothing, and offers an expert', async () => {
    const page = await open();
    const region = await ask(page, 'who is my manager?', "I don't know that one");
    await region.getByText('Not in the knowledge base', { exact: true }).waitFor();
    assert.equal(await region.getByRole('list', { name: 'Closest sources' }).count(), 0);
    assert.equal(await region.getByRole('button', { name: 'Ask an expert' }).count(), 1);
    await saveScreenshot(page, 'ask-grade-unknown-light');
  });

  for (const theme of ['dark', 'contrast'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the closest sources are shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(theme, viewport);
        await ask(page, 'who owns the CoE', 'These look closest:');
        assert.ok((await overflow(page)) <= 0, 'no sideways scrolling');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `ask-grade-closest-${theme}-${width}`);
      });
    }
  }
});
