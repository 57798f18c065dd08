/**
 * Training (#19) in Chromium: following a module's link counts as started — the row says so, and
 * still does after a reload — and "Done" is one click on the row. Light, dark and high contrast,
 * desktop and phone, with axe. Screenshots: test-results/screenshots/training-started-*.png.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow as overflow, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { DESKTOP, PHONE, tabSession } from '../helpers/tab-session.js';

const MAKER_ID = '00000000-0000-0000-0000-00000000b0c1';

describe('tab: training modules opened count as started (Chromium)', function () {
  this.timeout(120_000);
  const session = tabSession({ name: 'training-starts', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-GB' } });

  /** The path page, with Microsoft Learn answered locally (no internet here): the new tab opens and is closed. */
  async function openPath(theme: string, viewport = DESKTOP, devUser = MAKER_ID): Promise<Page> {
    const page = await session.open(`/training?theme=${theme}&devUser=${devUser}`, { viewport });
    await page.context().route('https://learn.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Learn</title>' }));
    await h1(page, 'Training paths');
    await page.getByRole('link', { name: 'Your first Power App' }).click();
    await h1(page, 'Your first Power App');
    return page;
  }
  const row = (page: Page, title: string) => page.getByRole('list', { name: 'Modules' }).locator(':scope > li', { hasText: title });

  it('when a maker follows a module link, then the module shows as started, also after a reload; Done is one click', async () => {
    const page = await openPath('light');
    const module = row(page, 'What are canvas apps?');
    assert.equal(await module.getByText('Started', { exact: true }).count(), 0);
    const [learn] = await Promise.all([page.context().waitForEvent('page'), module.getByRole('link', { name: /What are canvas apps\?/ }).click()]);
    await learn.close();
    await module.getByText('Started', { exact: true }).waitFor();
    await page.reload();
    await h1(page, 'Your first Power App');
    await row(page, 'What are canvas apps?').getByText('Started', { exact: true }).waitFor();
    await saveScreenshot(page, 'training-started-light');

    await row(page, 'What are canvas apps?').getByRole('checkbox', { name: 'Mark “What are canvas apps?” as done' }).check();
    await page.getByText('1 of 11 modules done (9%)').waitFor();
    assert.equal(await row(page, 'What are canvas apps?').getByText('Started', { exact: true }).count(), 0, 'done replaces started');
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when a started module is shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await openPath(theme, viewport, `00000000-0000-0000-0000-00000000b0${theme === 'light' ? 'd' : theme === 'dark' ? 'e' : 'f'}${width === 'phone' ? '1' : '2'}`);
        const [learn] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: /^Start: / }).click()]);
        await learn.close();
        await page.getByText('Started', { exact: true }).first().waitFor();
        assert.equal(await overflow(page), 0);
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `training-started-${theme}-${width}`);
      });
    }
  }
});
