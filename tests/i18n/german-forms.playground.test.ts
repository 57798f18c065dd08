/**
 * A German maker fills in the bot's forms in the Microsoft 365 Agents Playground: "Umgebung
 * anfordern" (the form, then its status card), "Erfolgsgeschichte teilen" (the story form, then
 * the author's card) and "Meine Erfolgsgeschichten". The Playground always sends en-US, so its
 * activities pass the locale proxy a German Teams client would make unnecessary
 * (tests/helpers/locale-proxy.ts). Screenshots: test-results/screenshots/playground-german-forms-*.png
 * (copies in docs/screenshots/).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../helpers/browser.js';
import { clickCardButton, fillCardInput, germanPlayground, REPLY_TIMEOUT_MS, sendMessage, waitForCardText, type PlaygroundIdentity } from '../helpers/playground.js';
import { TEST_SETTINGS } from '../helpers/test-app.js';

const JONAS: PlaygroundIdentity = { tenantId: TEST_SETTINGS['DEV_TENANT_ID']!, aadObjectId: '00000000-0000-0000-0000-00000000d0e3', name: 'Jonas Jäger' };

describe('Maker Hub in the Agents Playground, in German: the forms', function () {
  this.timeout(120_000);
  const german = germanPlayground('playground-german-forms', JONAS, { width: 1400, height: 1100 });
  let page: Page;
  before(async () => {
    page = german.page;
    await waitForCardText(page, /Willkommen, Jonas Jäger!/);
  });

  it('when he types "Umgebung anfordern" and sends the form, then the form and the status card are German', async () => {
    await sendMessage(page, 'Umgebung anfordern');
    const form = await waitForCardText(page, 'Power Platform-Umgebung anfordern');
    const text = await form.innerText();
    assert.match(text, /Name der Umgebung[\s\S]*Geschäftliche Begründung[\s\S]*Datenklassifizierung/);
    assert.doesNotMatch(text, /Business justification|Submit request/);
    await fillCardInput(page, /^Name der Umgebung/, 'FIN-Reisekosten', form);
    await fillCardInput(page, /^Geschäftliche Begründung/, 'Reisekostenabrechnungen für das Finanzteam automatisieren.', form);
    await saveScreenshot(page, 'playground-german-forms-1-environment-form');
    await clickCardButton(page, 'Anfrage senden', form);
    const status = await waitForCardText(page, /Automatisch durch die Richtlinie des CoE genehmigt/, { timeout: REPLY_TIMEOUT_MS });
    assert.match(await status.innerText(), /Typ[\s\S]*Entwickler/);
    await saveScreenshot(page, 'playground-german-forms-2-environment-status');
  });

  it('when he types "Erfolgsgeschichte teilen", then the story form is German', async () => {
    await sendMessage(page, 'Erfolgsgeschichte teilen');
    const form = await waitForCardText(page, /Erzählen Sie der Maker-Community/);
    const text = await form.innerText();
    assert.match(text, /Titel[\s\S]*Das Problem[\s\S]*Verwendete Produkte[\s\S]*Team oder Abteilung/);
    assert.doesNotMatch(text, /Products used|Submit story/);
    await saveScreenshot(page, 'playground-german-forms-3-story-form');
  });

  it('when he types "Meine Erfolgsgeschichten", then his (empty) list answers in German', async () => {
    await sendMessage(page, 'Meine Erfolgsgeschichten');
    const mine = await waitForCardText(page, /Sie haben noch keine Geschichte geteilt/);
    assert.match(await mine.innerText(), /Ihre Geschichten/);
    await saveScreenshot(page, 'playground-german-forms-4-my-stories');
  });
});
