/**
 * A success story end to end in the Microsoft 365 Agents Playground (Microsoft's Teams emulator):
 * a maker types "share a story" in their chat with Maker Hub, fills the form card and submits it;
 * a champion approves it from the tab; the story card arrives in the showcase channel through the
 * delivery engine; the maker's own kudos are refused on the card, and a colleague's kudos from the
 * tab update the count and names in place. Screenshots: test-results/screenshots/playground-stories-*.png.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../helpers/browser.js';
import { useChannelPlayground } from '../helpers/playground-channel.js';
import { cards, clickCardButton, fillCardInput, REPLY_TIMEOUT_MS, sendMessage, waitForCardText } from '../helpers/playground.js';
import { TEST_SETTINGS, type TestApp } from '../helpers/test-app.js';
import { tabApi } from '../helpers/training-events.js';

const TENANT = TEST_SETTINGS['DEV_TENANT_ID']!;
const MAKER = { tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', name: 'Mia Maker' };
const COLLEAGUE = { id: '29:omar', name: 'Omar Ops', aadObjectId: '00000000-0000-0000-0000-00000000d004' };
const SHOWCASE = '19:maker-showcase@thread.tacv2';
const TITLE = 'Expense approvals in one flow';

describe('Maker Hub in the Agents Playground: a story shared in chat, published to the showcase channel, kudos in place', function () {
  this.timeout(180_000);
  const session = useChannelPlayground({
    name: 'stories',
    person: MAKER,
    settings: { STORIES_SHOWCASE_CONVERSATION_IDS: SHOWCASE },
    team: { id: '19:maker-community-team@thread.tacv2', name: 'Power Platform Community' },
    channel: { id: SHOWCASE, name: 'Showcase' },
    viewport: { width: 1400, height: 1300 },
  });
  let app: TestApp | undefined;
  let teams: Page;
  let storyId = '';

  before(() => {
    ({ app, teams } = session());
  });

  it('when the maker types "share a story" and submits the form card, then the card thanks them and the story waits for review', async () => {
    await sendMessage(teams, 'share a story');
    // Not "Share a success story": the welcome card says that too.
    const form = await waitForCardText(teams, 'Tell the maker community what you built');
    await fillCardInput(teams, 'Title', TITLE, form);
    await fillCardInput(teams, 'The problem', 'Expense reports went round by email and took two weeks to approve.', form);
    await fillCardInput(teams, 'What you built', 'A Power Apps form with a Power Automate approval flow and a Power BI report.', form);
    // The renderer's check boxes are styled replacements of hidden native inputs: a person clicks their labels.
    for (const product of ['Power Apps', 'Power Automate']) await form.locator('label').filter({ hasText: new RegExp(`^${product}$`) }).click();
    await fillCardInput(teams, 'Hours saved per month', '40', form);
    await fillCardInput(teams, 'People served', '250', form);
    await fillCardInput(teams, 'Team or department', 'Finance', form);
    await saveScreenshot(teams, 'playground-stories-1-form');
    await clickCardButton(teams, 'Submit story', form);

    const thanks = await waitForCardText(teams, 'Thanks! Your story is with the CoE champions');
    assert.match(await thanks.innerText(), /Expense approvals in one flow[\s\S]*Waiting for review/);
    await saveScreenshot(teams, 'playground-stories-2-submitted');
    const maker = await app!.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: MAKER.aadObjectId, displayName: MAKER.name });
    const [mine] = await app!.app.services.stories.mine(maker);
    assert.equal(mine?.story.status, 'pending');
    assert.deepEqual(mine?.story.products, ['power-apps', 'power-automate']);
    storyId = mine!.story.id;
  });

  it('when a champion approves it in the tab, then the story card with its kudos button appears in the showcase channel', async () => {
    await teams.getByRole('treeitem').filter({ hasText: 'Showcase' }).click();
    for (let i = 0; i < 100 && !(await app!.app.services.conversations.listInstalled({ scope: 'channel' })).some((c) => c.id === SHOWCASE); i += 1) await new Promise((r) => setTimeout(r, 100));

    const approved = await tabApi(app!.baseUrl, 'POST', `/api/stories/${storyId}/moderation`, { decision: 'approve', comment: 'Lovely work!' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    const card = await waitForCardText(teams, TITLE, { timeout: 30_000 });
    const text = await card.innerText();
    assert.match(text, /Success story[\s\S]*Finance[\s\S]*Expense approvals in one flow[\s\S]*Shared by Mia Maker/);
    assert.match(text, /The problem[\s\S]*What they built[\s\S]*40 hours a month/);
    assert.ok(await card.locator('button').filter({ hasText: '👏 Give kudos' }).first().isVisible(), 'the card offers kudos');
    await saveScreenshot(teams, 'playground-stories-3-in-channel');
  });

  it('when the maker presses kudos on their own story, then the card says why not; a colleague’s kudos update it in place with their name', async () => {
    await clickCardButton(teams, '👏 Give kudos', cards(teams, TITLE).last());
    await waitForCardText(teams, 'you cannot give kudos to your own story');
    await saveScreenshot(teams, 'playground-stories-4-own-kudos-refused');
    assert.equal((await app!.app.services.stories.find(storyId))?.kudosCount, 0);

    const other = await tabApi(app!.baseUrl, 'POST', `/api/stories/${storyId}/kudos`, {}, COLLEAGUE);
    assert.deepEqual(other.body, { kudosCount: 1, kudosGiven: true, kudosFrom: ['Omar Ops'] });
    await teams.locator('.ac-adaptiveCard').filter({ hasText: TITLE }).locator('button').filter({ hasText: '👏 Kudos · 1' }).first().waitFor({ timeout: REPLY_TIMEOUT_MS * 2 });
    await waitForCardText(teams, 'Kudos from Omar Ops');
    assert.equal(await cards(teams, TITLE).count(), 1, 'one card, updated in place');
    await saveScreenshot(teams, 'playground-stories-5-kudos-updated');
  });
});
