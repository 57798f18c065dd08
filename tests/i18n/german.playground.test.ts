/**
 * A German maker in the Microsoft 365 Agents Playground: the welcome, "Hilfe", "Veranstaltungen"
 * with an RSVP, and "Schulung" with a module marked done, all answered in German. The Playground
 * always sends en-US, so its activities pass a proxy that sets the locale a German Teams client
 * sends (tests/helpers/locale-proxy.ts); the browser is German, as that client's would be, so the
 * cards' {{DATE}}/{{TIME}} render German too. Screenshots: test-results/screenshots/playground-german-*.png
 * (copies in docs/screenshots/).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../helpers/browser.js';
import { cards, clickCardButton, germanPlayground, REPLY_TIMEOUT_MS, sendMessage, waitForCardText, type PlaygroundIdentity } from '../helpers/playground.js';
import { TEST_SETTINGS } from '../helpers/test-app.js';

const GRETA: PlaygroundIdentity = { tenantId: TEST_SETTINGS['DEV_TENANT_ID']!, aadObjectId: '00000000-0000-0000-0000-00000000d0e2', name: 'Greta Groß' };

describe('Maker Hub in the Agents Playground, in German', function () {
  this.timeout(120_000);
  const german = germanPlayground('playground-german', GRETA, { width: 1400, height: 1000 });
  let page: Page;
  before(async () => {
    page = german.page;
  });

  it('when the app is installed, then the welcome is German', async () => {
    const welcome = await waitForCardText(page, /Willkommen, Greta Groß! 👋/);
    const text = await welcome.innerText();
    assert.match(text, /Ich bin Maker Hub/);
    assert.doesNotMatch(text, /Here is what I can do/);
    for (const button of ['Was kannst du?', 'Maker Hub öffnen', 'Schulung', 'Veranstaltungen']) assert.ok(await welcome.locator('button').filter({ hasText: button }).first().isVisible(), button);
    await saveScreenshot(page, 'playground-german-1-welcome');
  });

  it('when she types "Hilfe", then the help card lists the commands in German', async () => {
    await sendMessage(page, 'Hilfe');
    const help = await waitForCardText(page, 'Was ich kann');
    const text = await help.innerText();
    assert.match(text, /Umgebung anfordern[\s\S]*Meine Anfragen[\s\S]*Veranstaltungen/);
    assert.match(text, /Probieren Sie: „Schulung“/);
    await saveScreenshot(page, 'playground-german-2-help');
  });

  it('when she types "Veranstaltungen" and presses "Ich komme", then the events and her answer are German', async () => {
    await sendMessage(page, 'Veranstaltungen');
    const list = await waitForCardText(page, 'Anstehende Veranstaltungen');
    assert.match(await list.innerText(), /0 Zusagen · 🤔 0 vielleicht/);
    await clickCardButton(page, 'Ich komme', list);
    const answered = await waitForCardText(page, /Danke – Sie sind dabei!/, { timeout: REPLY_TIMEOUT_MS });
    assert.match(await answered.innerText(), /Sie kommen\./);
    await saveScreenshot(page, 'playground-german-3-events');
  });

  it('when she types "Schulung" and marks the next module done, then the training card is German', async () => {
    await sendMessage(page, 'Schulung');
    const training = await waitForCardText(page, 'Ihre Schulung');
    assert.match(await training.innerText(), /0\s% · 0 von \d+ Modulen erledigt[\s\S]*ALS NÄCHSTES/);
    await clickCardButton(page, 'Als erledigt markieren', training);
    await cards(page, /als erledigt markiert/).first().waitFor({ timeout: REPLY_TIMEOUT_MS });
    await saveScreenshot(page, 'playground-german-4-training');
  });
});
