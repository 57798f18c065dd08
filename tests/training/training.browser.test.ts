/**
 * The Training pages in Chromium, as makers and CoE admins use them: seeded paths, progress that
 * survives a reload, the recommendation on Home, admin editing; light and dark, desktop and phone,
 * with axe. Screenshots: test-results/screenshots/training-*.png.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow as overflow, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { DESKTOP, PHONE, tabSession } from '../helpers/tab-session.js';
import { samplePath, tabApi } from '../helpers/training-events.js';
import { STALE_MODULE, STALE_MODULE_ORDER, STALE_PATH } from '../../src/domain/training/training-admin.js';
import { TITLE_WITHOUT_LETTERS } from '../../src/domain/training/validation.js';

const MAKER_ID = '00000000-0000-0000-0000-00000000b002';
/** A second CoE admin (the development identity, Ada, is the first): two people editing at once. */
const BEA_ID = '00000000-0000-0000-0000-00000000a002';

describe('tab: training paths (Chromium)', function () {
  this.timeout(120_000);
  // Seeded from content/training: five paths, as a fresh `npm start` shows them.
  const session = tabSession({
    name: 'training',
    settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off', INITIAL_ADMINS: `00000000-0000-0000-0000-00000000a001,${BEA_ID}` },
    context: { locale: 'en-GB' },
  });
  const open = (pathAndQuery: string, viewport = DESKTOP) => session.open(pathAndQuery, { viewport });

  it('when a maker ticks modules off, then progress and the next module persist after a reload and show on the list', async () => {
    const page = await open(`/training?theme=light&devUser=${MAKER_ID}`);
    await h1(page, 'Training paths');
    const cards = page.locator('main li');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 5);
    assert.match(await cards.first().innerText(), /Recommended[\s\S]*Your first Power App/);
    await page.getByRole('link', { name: 'Your first Power App' }).click();
    await h1(page, 'Your first Power App');

    await page.getByRole('checkbox', { name: 'Mark “What is Power Apps?” as done' }).check();
    await page.getByText('1 of 11 modules done (9%)').waitFor();
    await page.getByRole('checkbox', { name: 'Mark “What are canvas apps?” as done' }).check();
    await page.getByText('2 of 11 modules done (18%)').waitFor();
    assert.match(await page.getByRole('link', { name: /Resume: Open and run a sample app/ }).innerText(), /Resume/);
    await saveScreenshot(page, 'training-path-light');

    await page.reload();
    await h1(page, 'Your first Power App');
    await page.getByText('2 of 11 modules done (18%)').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Mark “What is Power Apps?” as done' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Mark “Open and run a sample app” as done' }).isChecked(), false);
    assert.equal(await page.locator('li', { hasText: 'Open and run a sample app' }).getByText('Up next').count(), 1);

    await page.getByRole('link', { name: 'All training paths' }).click();
    await h1(page, 'Training paths');
    assert.match(await page.locator('main li').first().innerText(), /Continue[\s\S]*18% · 11 modules/);
  });

  it('when a maker finishes every module of a path, then the badge shows on the path and the list', async () => {
    const page = await open(`/training?theme=light&devUser=00000000-0000-0000-0000-00000000b0aa`);
    await h1(page, 'Training paths');
    await page.getByRole('link', { name: 'Dataverse and model-driven apps' }).click();
    await h1(page, 'Dataverse and model-driven apps');
    const boxes = page.getByRole('checkbox');
    const n = await boxes.count();
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).check();
      await page.getByText(`${i + 1} of ${n} modules done`).waitFor();
    }
    await page.getByText('Path complete — badge earned!').waitFor();
    await saveScreenshot(page, 'training-path-complete-light');
    await page.getByRole('link', { name: 'All training paths' }).click();
    assert.match(await page.locator('main li', { hasText: 'Dataverse and model-driven apps' }).innerText(), /Completed/);
  });

  it('when Home is opened, then makers are offered the new-maker path and admins the governance path', async () => {
    const maker = await open(`/?theme=light&devUser=00000000-0000-0000-0000-00000000b0bb`);
    await h1(maker, /Welcome/);
    const section = maker.getByRole('region', { name: 'Recommended training' });
    await section.waitFor();
    assert.match(await section.innerText(), /Your first Power App[\s\S]*Recommended for new makers\.[\s\S]*0 of \d+ modules done[\s\S]*Next up: What is Power Apps\?/);
    const bar = section.getByRole('progressbar', { name: 'Your first Power App: 0% complete' });
    assert.deepEqual([await bar.getAttribute('aria-valuenow'), await bar.getAttribute('aria-valuemax')], ['0', '100']);
    await section.getByRole('button', { name: 'Start the path' }).click();
    await h1(maker, 'Your first Power App');

    const admin = await open('/?theme=light');
    await h1(admin, /Welcome/);
    assert.match(await admin.getByRole('region', { name: 'Recommended training' }).innerText(), /Governance for CoE admins/);
    await saveScreenshot(admin, 'training-home-recommended-light');
  });

  it('when an admin reorders and retires a module on the Admin page, then makers see the new order without it', async () => {
    const page = await open('/admin?theme=light');
    await h1(page, 'CoE admin');
    const card = page.locator('main li', { hasText: 'Automate with Power Automate' }).first();
    await card.getByRole('button', { name: /^Modules/ }).click();
    await card.getByRole('button', { name: 'Move “Get started with Power Automate” down' }).click();
    await card.getByRole('list', { name: 'Modules of Automate with Power Automate' }).locator('li').first().filter({ hasText: 'Overview of cloud flows' }).waitFor();
    await card.getByRole('button', { name: 'Retire “Introduction to desktop flows”' }).click();
    await card.getByRole('button', { name: 'Restore “Introduction to desktop flows”' }).waitFor();
    await saveScreenshot(page, 'training-admin-light');
    await expectNoSeriousA11yViolations(page);

    const maker = await open(`/training?theme=light&devUser=${MAKER_ID}`);
    await h1(maker, 'Training paths');
    await maker.getByRole('link', { name: 'Automate with Power Automate' }).click();
    await h1(maker, 'Automate with Power Automate');
    const titles = await maker.getByRole('list', { name: 'Modules' }).locator('h3').allInnerTexts();
    assert.equal(titles[0]?.replace(/\s*\(opens in a new tab\)/, '').trim(), 'Overview of cloud flows');
    assert.ok(!titles.some((t) => t.includes('Introduction to desktop flows')), 'a retired module is gone for makers');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the training pages are shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(`/training?theme=${theme}&devUser=${MAKER_ID}`, viewport);
        await h1(page, 'Training paths');
        await page.locator('main li').first().waitFor();
        assert.equal(await overflow(page), 0, 'the list scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `training-list-${theme}-${width}`);
        await page.getByRole('link', { name: 'ALM for pro developers' }).click();
        await h1(page, 'ALM for pro developers');
        assert.equal(await overflow(page), 0, 'the path page scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `training-path-${theme}-${width}`);
      });
    }
  }

  // The edit tests run last and on paths of their own, so the seeded paths stay as the tests above expect them.
  interface StoredPath {
    id: string;
    title: string;
    summary: string;
    level: string;
    version: number;
    modules: Array<{ id: string; title: string; url: string; minutes: number; version: number }>;
  }
  async function createPath(slug: string): Promise<StoredPath> {
    const created = await tabApi(session.app.baseUrl, 'POST', '/api/admin/training/paths', samplePath(slug));
    assert.equal(created.status, 200, JSON.stringify(created.body));
    return created.body;
  }
  async function storedPath(id: string): Promise<StoredPath | undefined> {
    const { body } = await tabApi(session.app.baseUrl, 'GET', '/api/admin/training/paths');
    return (body.paths as StoredPath[]).find((p) => p.id === id);
  }
  const pathCard = (page: Page, title: string) => page.locator('main li', { has: page.getByRole('heading', { name: title, exact: true }) }).first();
  const focused = (page: Page) => page.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id ?? ""');

  it('when an admin edits a path’s title and a module’s minutes, then a maker sees the new values after a reload', async () => {
    const created = await createPath('edit-me');
    const maker = await open(`/training/${created.id}?theme=light&devUser=${MAKER_ID}`);
    await h1(maker, 'Path edit-me');
    const makerModule = (title: string) => maker.getByRole('list', { name: 'Modules' }).locator('li', { hasText: title });
    assert.match(await makerModule('Module 2').innerText(), /11 min/);

    const page = await open('/admin?theme=light');
    await h1(page, 'CoE admin');
    await pathCard(page, 'Path edit-me').getByRole('button', { name: 'Edit “Path edit-me”' }).click();
    const form = page.getByRole('form', { name: 'Edit “Path edit-me”' });
    assert.equal(await form.getByLabel('Title').inputValue(), 'Path edit-me', 'the form opens with the stored values');
    assert.equal(await form.getByLabel('Summary').inputValue(), 'A short path for tests.');
    await form.getByLabel('Title').fill('Build your first flow');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const card = pathCard(page, 'Build your first flow');
    await card.waitFor();
    assert.equal(await focused(page), 'Edit “Build your first flow”', 'the focus goes back to the Edit button');

    await card.getByRole('button', { name: /^Modules/ }).click();
    await card.getByRole('button', { name: 'Edit “Module 2”' }).click();
    const moduleForm = card.getByRole('form', { name: 'Edit “Module 2”' });
    assert.equal(await moduleForm.getByLabel('Minutes').inputValue(), '11');
    assert.equal(await moduleForm.getByLabel('Link').inputValue(), created.modules[1]!.url);
    await moduleForm.getByLabel('Minutes').fill('25');
    await saveScreenshot(page, 'training-admin-edit-light');
    await expectNoSeriousA11yViolations(page);
    await moduleForm.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('list', { name: 'Modules of Build your first flow' }).locator('li', { hasText: 'Module 2' }).getByText('Article · 25 min').waitFor();

    await maker.reload();
    await h1(maker, 'Build your first flow');
    assert.match(await makerModule('Module 2').innerText(), /25 min/);
    await maker.getByRole('link', { name: 'All training paths' }).click();
    await h1(maker, 'Training paths');
    await maker.getByRole('link', { name: 'Build your first flow' }).waitFor(); // the list loads after the heading
    assert.equal(await maker.getByRole('link', { name: 'Build your first flow' }).count(), 1);
    assert.equal(await maker.getByRole('link', { name: 'Path edit-me' }).count(), 0);
  });

  it('when an admin saves an empty title or a non-https link, then the field says what is wrong, everything typed stays and nothing is stored', async () => {
    const created = await createPath('keep-me');
    const page = await open('/admin?theme=light');
    await h1(page, 'CoE admin');
    const card = pathCard(page, 'Path keep-me');
    await card.getByRole('button', { name: 'Edit “Path keep-me”' }).click();
    const form = card.getByRole('form', { name: 'Edit “Path keep-me”' });
    await form.getByLabel('Title').fill('');
    await form.getByLabel('Summary').fill('Typed before the title was noticed.');
    await form.getByLabel('Level').selectOption('advanced');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Give the path a title.').waitFor();
    assert.equal(await form.getByLabel('Title').getAttribute('aria-invalid'), 'true');
    assert.equal(await focused(page), await form.getByLabel('Title').getAttribute('id'), 'the field to fix has the focus');
    assert.equal(await form.getByLabel('Title').inputValue(), '');
    assert.equal(await form.getByLabel('Summary').inputValue(), 'Typed before the title was noticed.');
    assert.equal(await form.getByLabel('Level').inputValue(), 'advanced');
    const afterPath = await storedPath(created.id);
    assert.deepEqual({ title: afterPath?.title, summary: afterPath?.summary, level: afterPath?.level }, { title: 'Path keep-me', summary: 'A short path for tests.', level: 'beginner' });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await card.getByText('Beginner').waitFor();

    await card.getByRole('button', { name: /^Modules/ }).click();
    await card.getByRole('button', { name: 'Edit “Module 1”' }).click();
    const moduleForm = card.getByRole('form', { name: 'Edit “Module 1”' });
    await moduleForm.getByLabel('Module title').fill('Module 1, renamed');
    await moduleForm.getByLabel('Link').fill('http://learn.microsoft.com/not-secure');
    await moduleForm.getByRole('button', { name: 'Save' }).click();
    await moduleForm.getByText('Enter the full https:// link of the module.').waitFor();
    assert.equal(await moduleForm.getByLabel('Module title').inputValue(), 'Module 1, renamed');
    assert.equal(await moduleForm.getByLabel('Link').inputValue(), 'http://learn.microsoft.com/not-secure');
    await saveScreenshot(page, 'training-admin-edit-error-light');
    await expectNoSeriousA11yViolations(page);
    const afterModule = (await storedPath(created.id))?.modules[0];
    assert.deepEqual({ title: afterModule?.title, url: afterModule?.url }, { title: 'Module 1', url: created.modules[0]!.url });
  });

  /** The text of the focused element (buttons without an aria-label or id). */
  const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');

  it('when Bea saves a path Ada has open and then Ada saves, then Ada is told, keeps what she typed, reloads, and her save goes through; a maker sees it', async () => {
    const created = await createPath('two-admins');
    const ada = await open('/admin?theme=light');
    const bea = await open(`/admin?theme=light&devUser=${BEA_ID}`);
    await h1(ada, 'CoE admin');
    await h1(bea, 'CoE admin');
    for (const page of [ada, bea]) await pathCard(page, 'Path two-admins').getByRole('button', { name: 'Edit “Path two-admins”' }).click();
    const adaForm = ada.getByRole('form', { name: 'Edit “Path two-admins”' });
    const beaForm = bea.getByRole('form', { name: 'Edit “Path two-admins”' });

    await beaForm.getByLabel('Title').fill('Flow basics by Bea');
    await beaForm.getByRole('button', { name: 'Save' }).click();
    await beaForm.waitFor({ state: 'detached' });
    await pathCard(bea, 'Flow basics by Bea').waitFor();

    await adaForm.getByLabel('Title').fill('Flow basics by Ada');
    await adaForm.getByLabel('Summary').fill('Typed while Bea was saving.');
    await adaForm.getByLabel('Level').selectOption('advanced');
    await adaForm.getByRole('button', { name: 'Save' }).click();
    const alert = adaForm.getByRole('alert');
    await alert.getByText(STALE_PATH).waitFor();
    assert.match(await alert.innerText(), /The changes were not saved/);
    assert.equal(await focusedText(ada), 'Reload', 'the focus goes to the way out: Reload');
    assert.deepEqual(
      [await adaForm.getByLabel('Title').inputValue(), await adaForm.getByLabel('Summary').inputValue(), await adaForm.getByLabel('Level').inputValue()],
      ['Flow basics by Ada', 'Typed while Bea was saving.', 'advanced'],
      'everything Ada typed is still in the form',
    );
    const refused = await storedPath(created.id);
    assert.deepEqual([refused?.title, refused?.summary, refused?.level, refused?.version], ['Flow basics by Bea', 'A short path for tests.', 'beginner', 2], 'nothing of Ada’s was stored');
    await saveScreenshot(ada, 'training-admin-conflict-light');
    await expectNoSeriousA11yViolations(ada);

    await adaForm.getByRole('button', { name: 'Reload' }).click();
    await adaForm.getByText('You have the latest version').waitFor();
    await adaForm.getByText('Saved now: “Flow basics by Bea”').waitFor();
    await adaForm.getByText('Saved now: “A short path for tests.”').waitFor();
    await adaForm.getByText('Saved now: “Beginner”').waitFor();
    assert.equal(await adaForm.getByRole('alert').count(), 0, 'the refusal is gone');
    assert.equal(await adaForm.getByLabel('Title').inputValue(), 'Flow basics by Ada', 'a reload keeps what Ada typed');
    assert.equal(await focusedText(ada), 'Save');
    assert.equal(await ada.locator('main h3', { hasText: 'Flow basics by Bea' }).count(), 1, 'the card shows the path as Bea saved it');
    await saveScreenshot(ada, 'training-admin-conflict-reloaded-light');
    await expectNoSeriousA11yViolations(ada);

    await adaForm.getByRole('button', { name: 'Save' }).click();
    await adaForm.waitFor({ state: 'detached' });
    await pathCard(ada, 'Flow basics by Ada').waitFor();
    const saved = await storedPath(created.id);
    assert.deepEqual([saved?.title, saved?.summary, saved?.level, saved?.version], ['Flow basics by Ada', 'Typed while Bea was saving.', 'advanced', 3]);

    const maker = await open(`/training/${created.id}?theme=light&devUser=${MAKER_ID}`);
    await h1(maker, 'Flow basics by Ada');
    await maker.getByText('Typed while Bea was saving.').waitFor();
  });

  it('when two admins edit the same module, then the second is told, reloads, sees what is saved now, and saves', async () => {
    const created = await createPath('module-clash');
    const ada = await open('/admin?theme=light');
    const bea = await open(`/admin?theme=light&devUser=${BEA_ID}`);
    const forms = [];
    for (const page of [ada, bea]) {
      await h1(page, 'CoE admin');
      const card = pathCard(page, 'Path module-clash');
      await card.getByRole('button', { name: /^Modules/ }).click();
      await card.getByRole('button', { name: 'Edit “Module 2”' }).click();
      forms.push(card.getByRole('form', { name: 'Edit “Module 2”' }));
    }
    const [adaForm, beaForm] = forms as [ReturnType<Page['locator']>, ReturnType<Page['locator']>];
    await beaForm.getByLabel('Minutes').fill('30');
    await beaForm.getByRole('button', { name: 'Save' }).click();
    await beaForm.waitFor({ state: 'detached' });

    await adaForm.getByLabel('Module title').fill('Module 2, longer');
    await adaForm.getByLabel('Minutes').fill('45');
    await adaForm.getByRole('button', { name: 'Save' }).click();
    await adaForm.getByRole('alert').getByText(STALE_MODULE).waitFor();
    assert.deepEqual([await adaForm.getByLabel('Module title').inputValue(), await adaForm.getByLabel('Minutes').inputValue()], ['Module 2, longer', '45']);
    assert.equal((await storedPath(created.id))?.modules[1]?.minutes, 30);

    await adaForm.getByRole('button', { name: 'Reload' }).click();
    await adaForm.getByText('Saved now: “30”').waitFor();
    assert.equal(await adaForm.getByText('Saved now: “Module 2”').count(), 1);
    await adaForm.getByRole('button', { name: 'Save' }).click();
    await adaForm.waitFor({ state: 'detached' });
    await pathCard(ada, 'Path module-clash').locator('li', { hasText: 'Module 2, longer' }).getByText('Article · 45 min').waitFor();
    const stored = (await storedPath(created.id))?.modules[1];
    assert.deepEqual([stored?.title, stored?.minutes, stored?.version], ['Module 2, longer', 45, 3]);
  });

  it('when an admin moves a module in a list someone else reordered, then the move is refused, Reload shows their order and the next move works', async () => {
    const created = await createPath('move-clash');
    const ada = await open('/admin?theme=light');
    await h1(ada, 'CoE admin');
    const card = pathCard(ada, 'Path move-clash');
    await card.getByRole('button', { name: /^Modules/ }).click();
    const titles = () => card.getByRole('list', { name: 'Modules of Path move-clash' }).locator('li').allInnerTexts();

    // Bea moves module 3 to the top from her own page (the API call her page makes).
    const ids = created.modules.map((m) => m.id);
    const moved = await tabApi(session.app.baseUrl, 'PUT', `/api/admin/training/paths/${created.id}/modules/order`, { ids: [ids[2], ids[0], ids[1]], basedOn: ids }, { id: 'bea', name: 'Bea Admin', aadObjectId: BEA_ID });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));

    await card.getByRole('button', { name: 'Move “Module 1” down' }).click();
    const alert = card.getByRole('alert');
    await alert.getByText(STALE_MODULE_ORDER).waitFor();
    assert.deepEqual((await storedPath(created.id))?.modules.map((m) => m.title), ['Module 3', 'Module 1', 'Module 2'], 'Bea’s order stands');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await alert.waitFor({ state: 'detached' });
    assert.match((await titles())[0]!, /Module 3/);
    await card.getByRole('button', { name: 'Move “Module 1” down' }).click();
    await card.getByRole('list', { name: 'Modules of Path move-clash' }).locator('li').last().filter({ hasText: 'Module 1' }).waitFor();
    assert.deepEqual((await storedPath(created.id))?.modules.map((m) => m.title), ['Module 3', 'Module 2', 'Module 1']);
  });

  it('when an admin names a new path with punctuation only, then the Title field says it needs a letter or digit and keeps the text', async () => {
    const page = await open('/admin?theme=light');
    await h1(page, 'CoE admin');
    await page.getByRole('button', { name: 'New path' }).click();
    const form = page.getByRole('form', { name: 'New training path' });
    await form.getByLabel('Title').fill('!!!');
    await form.getByLabel('Summary').fill('Kept after the refusal.');
    await form.getByRole('button', { name: 'Create path' }).click();
    await form.getByText(TITLE_WITHOUT_LETTERS).waitFor();
    assert.equal(await form.getByLabel('Title').getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByText('Please check', { exact: false }).count(), 0, 'no terse message');
    assert.deepEqual([await form.getByLabel('Title').inputValue(), await form.getByLabel('Summary').inputValue()], ['!!!', 'Kept after the refusal.']);
    await form.getByLabel('Title').fill('Flows 101');
    await form.getByRole('button', { name: 'Create path' }).click();
    await form.waitFor({ state: 'detached' });
    await pathCard(page, 'Flows 101').waitFor();
  });
});
