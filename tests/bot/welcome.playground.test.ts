/**
 * Maker Hub in the Microsoft 365 Agents Playground (Microsoft's Teams emulator), driven through
 * Chromium the way a maker uses it: the app is installed in a personal chat, the maker reads the
 * welcome, types "help", presses card buttons and types things the bot does not know.
 *
 * One app, one Playground and one browser page for the suite (like one person in one chat); each
 * test waits for the *new* message its action causes, so the tests do not depend on each other.
 * Screenshots: test-results/screenshots/playground-*.png.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot } from '../helpers/browser.js';
import {
  cards,
  clickCardButton,
  logEntries,
  mockActivity,
  openPlayground,
  REPLY_TIMEOUT_MS,
  sendMessage,
  startPlayground,
  waitForCardText,
  type PlaygroundIdentity,
  type StartedPlayground,
} from '../helpers/playground.js';
import { startTestApp, TEST_SETTINGS, type TestApp } from '../helpers/test-app.js';

/** A plain maker (not an initial admin) in the test tenant. */
const MAKER: PlaygroundIdentity = {
  tenantId: TEST_SETTINGS['DEV_TENANT_ID']!,
  aadObjectId: '00000000-0000-0000-0000-00000000b001',
  name: 'Megan Maker',
};

const WELCOME = /Welcome, Megan Maker! 👋/;
const HELP_HEADING = 'What I can do';
const NOT_UNDERSTOOD = "I don't know that one";
const OPTED_OUT = "I won't send you event announcements or reminders.";
const OPTED_IN = "You'll get event announcements and reminders.";

describe('Maker Hub in the Agents Playground: personal chat', function () {
  // Starting the app, the Playground and Chromium takes a few seconds; every wait below is bounded.
  this.timeout(120_000);
  let app: TestApp | undefined;
  let playground: StartedPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(180_000);
    app = await startTestApp();
    playground = await startPlayground(`${app.baseUrl}/api/messages`, { identity: MAKER });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Opening the Playground is installing the app: it sends conversationUpdate and installationUpdate.
    await openPlayground(page, playground.url);
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed' && page && !page.isClosed()) {
      const name = `playground-failed-${test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
      await saveScreenshot(page, name).catch(() => undefined);
    }
  });

  after(async function () {
    this.timeout(60_000);
    // Each step runs even when an earlier one failed, so nothing is left running.
    await browser?.close().catch(() => undefined);
    await playground?.close().catch(() => undefined);
    await app?.close();
  });

  it('when the Playground installs the app in the personal chat, then exactly one welcome card greets the maker with what Maker Hub does', async function () {
    const welcome = await waitForCardText(page, WELCOME);
    // Both install activities reached the bot and were answered (the Playground's log panel).
    await logEntries(page, 'installationUpdate 200').first().waitFor({ timeout: REPLY_TIMEOUT_MS });
    await logEntries(page, 'conversationUpdate 200').first().waitFor({ timeout: REPLY_TIMEOUT_MS });
    await saveScreenshot(page, 'playground-welcome');

    assert.equal(await cards(page, WELCOME).count(), 1, 'Teams sends two install activities; the welcome must come once');
    assert.equal((await welcome.getByRole('heading').first().innerText()).trim(), 'Welcome, Megan Maker! 👋');
    const text = await welcome.innerText();
    for (const part of ['Answer your questions', 'Request an environment', 'Share a success story', 'Training paths and community events', 'Type help at any time'])
      assert.ok(text.includes(part), `the welcome card should mention "${part}"; it shows:\n${text}`);
    for (const button of ['What can you do?', 'Open Maker Hub', 'Training', 'Events'])
      assert.ok(await welcome.locator('button').filter({ hasText: button }).first().isVisible(), `the welcome card should offer "${button}"`);
  });

  it('when the maker presses "What can you do?" on the welcome card, then the help card answers', async function () {
    const helpBefore = await cards(page, HELP_HEADING).count();
    await clickCardButton(page, 'What can you do?', cards(page, WELCOME).first());
    await waitForCardText(page, HELP_HEADING, { after: helpBefore });
  });

  it('when the maker types "help", then the help card lists what they can do, with a button for each', async function () {
    const before = await cards(page, HELP_HEADING).count();
    await sendMessage(page, 'help');
    const help = await waitForCardText(page, HELP_HEADING, { after: before });
    await saveScreenshot(page, 'playground-help');

    const text = await help.innerText();
    for (const part of ['Help', 'See everything I can do.', 'Notifications', 'Try: "notifications"'])
      assert.ok(text.includes(part), `the help card should show "${part}"; it shows:\n${text}`);
    assert.ok(!text.includes('@mention me'), 'the channel hint does not belong in a personal chat');
    for (const button of ['Help', 'Notifications'])
      assert.ok(await help.locator('button').filter({ hasText: button }).first().isVisible(), `the help card should offer "${button}"`);

    // The Playground's user is the person the bot signed in: a maker, not an admin.
    const user = await app!.app.services.identity.findUser({ tenantId: MAKER.tenantId, aadObjectId: MAKER.aadObjectId });
    assert.equal(user?.displayName, MAKER.name);
  });

  it('when the maker presses "Notifications" on the help card and then "Turn notifications off", then the choice is shown and stored', async function () {
    const helpBefore = await cards(page, HELP_HEADING).count();
    await sendMessage(page, 'help');
    const help = await waitForCardText(page, HELP_HEADING, { after: helpBefore });
    const statusBefore = await cards(page, OPTED_IN).count();
    await clickCardButton(page, 'Notifications', help);
    const status = await waitForCardText(page, OPTED_IN, { after: statusBefore });

    const confirmedBefore = await cards(page, OPTED_OUT).count();
    await clickCardButton(page, 'Turn notifications off', status);
    await waitForCardText(page, OPTED_OUT, { after: confirmedBefore });
    await saveScreenshot(page, 'playground-notifications-button');
    const ref = { tenantId: MAKER.tenantId, aadObjectId: MAKER.aadObjectId };
    assert.equal((await app!.app.services.identity.findUser(ref))?.notificationsOptOut, true);
    await sendMessage(page, 'notifications on');
  });

  it('when the maker types "notifications off" and then "notifications on", then the bot confirms each and stores the choice for them', async function () {
    const offBefore = await cards(page, OPTED_OUT).count();
    await sendMessage(page, 'notifications off');
    await waitForCardText(page, OPTED_OUT, { after: offBefore });
    const ref = { tenantId: MAKER.tenantId, aadObjectId: MAKER.aadObjectId };
    assert.equal((await app!.app.services.identity.findUser(ref))?.notificationsOptOut, true);

    const onBefore = await cards(page, OPTED_IN).count();
    await sendMessage(page, 'notifications on');
    await waitForCardText(page, OPTED_IN, { after: onBefore });
    await saveScreenshot(page, 'playground-notifications');
    assert.equal((await app!.app.services.identity.findUser(ref))?.notificationsOptOut, false);
  });

  it('when the maker types something the bot does not understand, then it says so kindly and offers an expert (free text is a question for the knowledge base)', async function () {
    const before = await cards(page, NOT_UNDERSTOOD).count();
    await sendMessage(page, 'can you order me a pizza');
    const reply = await waitForCardText(page, NOT_UNDERSTOOD, { after: before });
    await saveScreenshot(page, 'playground-not-understood');

    const text = await reply.innerText();
    assert.ok(text.includes('Nothing in the CoE knowledge base answers it'), `the reply should explain; it shows:\n${text}`);
    assert.ok(await reply.locator('button').filter({ hasText: 'Ask an expert' }).first().isVisible(), 'the reply should offer an expert');
  });

  it('when the app is installed again from "Mock an Activity", then the bot answers the install without a second welcome', async function () {
    const installs = logEntries(page, 'installationUpdate 200');
    const installsBefore = await installs.count();
    await mockActivity(page, 'Install application');
    await installs.nth(installsBefore).waitFor({ timeout: REPLY_TIMEOUT_MS });
    // A round trip after the install: anything the bot sent for the install is on screen by now.
    const helpBefore = await cards(page, HELP_HEADING).count();
    await sendMessage(page, 'help');
    await waitForCardText(page, HELP_HEADING, { after: helpBefore });
    assert.equal(await cards(page, WELCOME).count(), 1);
  });
});
