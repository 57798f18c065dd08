/**
 * An expert's ticket in Chromium (#19): what the bot told the maker (the band, never a percentage,
 * and the sources it offered) and "Add to knowledge base" opening the FAQ editor prefilled with the
 * tidied question and the answer, with a preview; light, phone width, axe. Screenshots:
 * docs/screenshots/tab-ticket-bot-knew.png and tab-ticket-promote.png.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { MAKER, TENANT, type Person } from '../helpers/activities.js';
import { EXPERT } from '../helpers/ask.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { openAs, sidewaysOverflow, waitForHeading } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { tabApi } from '../helpers/training-events.js';

const DESKTOP = { width: 1280, height: 900 };
const QUESTION = 'who owns the CoE ??';

describe('tab: an expert\'s ticket shows what the bot knew, and Promote opens the FAQ editor (Chromium)', function () {
  this.timeout(180_000);
  const session = tabSession({ name: 'ticket', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-GB', timezoneId: 'Europe/Berlin' } });
  let ticket: { id: string; number: number };

  before(async () => {
    const { app, baseUrl } = session.app;
    await app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
    const asked = await tabApi(baseUrl, 'POST', '/api/ask/questions', { question: QUESTION }, MAKER);
    assert.equal(asked.body.grade, 'closest');
    ticket = (await tabApi(baseUrl, 'POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, MAKER)).body.ticket;
  });

  async function open(person: Person, viewport = DESKTOP): Promise<Page> {
    const page = await openAs(session, '/ask?view=all', { person, viewport });
    await waitForHeading(page, 'Ask the CoE');
    return page;
  }
  const ticketCard = (page: Page) => page.getByRole('list', { name: 'Tickets' }).locator(':scope > li').filter({ hasText: `#${ticket.number}` });
  const docsShot = async (page: Page, name: string) => {
    const file = await saveScreenshot(page, name);
    await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
    await copyFile(file, path.resolve('docs', 'screenshots', `${name}.png`));
  };

  it('when an expert opens the tickets, then the ticket shows the band the maker saw and the sources offered as links; the maker\'s own view does not', async () => {
    const page = await open(EXPERT);
    const card = ticketCard(page);
    await card.waitFor();
    const knew = card.getByRole('region', { name: 'What the bot told the maker' });
    await knew.getByText('Closest topics', { exact: true }).waitFor();
    assert.doesNotMatch(await card.innerText(), /\d+\s*%/, 'no percentage');
    const links = knew.getByRole('list', { name: 'Sources it offered' }).getByRole('listitem');
    const count = await links.count();
    assert.ok(count >= 1 && count <= 3, `${count} sources`);
    assert.match(await links.first().innerText(), /Power Platform CoE/);
    await expectNoSeriousA11yViolations(page);
    await docsShot(page, 'tab-ticket-bot-knew');

    const phone = await open(EXPERT, PHONE);
    await ticketCard(phone).getByText('Closest topics', { exact: true }).waitFor();
    assert.ok((await sidewaysOverflow(phone)) <= 0, 'no sideways scrolling on a phone');
    await expectNoSeriousA11yViolations(phone);
    await saveScreenshot(phone, 'ticket-bot-knew-phone-light');

    const maker = await open(MAKER);
    await maker.getByRole('tab', { name: 'My questions' }).click();
    await maker.getByRole('list', { name: 'Your questions' }).getByText(`#${ticket.number}`, { exact: false }).first().waitFor();
    assert.equal(await maker.getByText('What the bot told the maker').count(), 0);
  });

  it('when an expert presses "Add to knowledge base", then the FAQ editor opens with the tidied question and the answer, previews it, and saving puts it in the knowledge base', async () => {
    const answered = await tabApi(session.app.baseUrl, 'POST', `/api/ask/tickets/${ticket.id}/actions`, { action: 'answer', answer: 'The **CoE team** owns it; see the [CoE page](https://contoso.example/coe).' }, EXPERT);
    assert.equal(answered.status, 200);
    const page = await open(EXPERT);
    const card = ticketCard(page);
    await card.getByRole('button', { name: 'Add to knowledge base' }).click();
    const editor = page.getByRole('dialog', { name: `Add ticket #${ticket.number} to the knowledge base` });
    await editor.waitFor();
    assert.equal(await editor.getByRole('textbox', { name: 'Question' }).inputValue(), 'Who owns the CoE?');
    assert.equal(await editor.getByRole('textbox', { name: 'Alternate phrasings' }).inputValue(), '', "the maker's wording differs only in case and marks: no phrasing to add");
    assert.match(await editor.getByRole('textbox', { name: /^Answer/ }).inputValue(), /CoE team/);
    const preview = editor.getByRole('region', { name: 'Preview' });
    assert.equal(await preview.locator('strong', { hasText: 'CoE team' }).count(), 1, 'the preview renders the Markdown');

    await editor.getByRole('textbox', { name: 'Question' }).fill('Who owns the Power Platform CoE?');
    await editor.getByRole('textbox', { name: 'Alternate phrasings' }).fill('who runs the coe\nwho is the CoE team');
    await preview.getByText('who runs the coe · who is the CoE team', { exact: false }).waitFor();
    await preview.getByRole('heading', { name: 'Who owns the Power Platform CoE?' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await docsShot(page, 'tab-ticket-promote');
    await editor.getByRole('textbox', { name: 'Question' }).fill('Who');
    await editor.getByRole('button', { name: 'Save to knowledge base' }).click();
    await editor.getByText('Write the question (at least 5 characters).').waitFor();
    assert.equal(await session.app.app.services.store.repos.kbEntries.find(`ticket-${ticket.number}`), undefined, 'a refused entry stores nothing');
    await editor.getByRole('textbox', { name: 'Question' }).fill('Who owns the Power Platform CoE?');
    await editor.getByRole('button', { name: 'Save to knowledge base' }).click();
    await editor.waitFor({ state: 'detached' });
    await card.getByRole('status').getByText('"Who owns the Power Platform CoE?" is now in the knowledge base.').waitFor();
    await card.getByText('In the knowledge base', { exact: true }).waitFor();
    const entry = await session.app.app.services.store.repos.kbEntries.find(`ticket-${ticket.number}`);
    assert.equal(entry?.question, 'Who owns the Power Platform CoE?');
    assert.deepEqual(entry?.alternates, ['who runs the coe', 'who is the CoE team']);
  });
});
