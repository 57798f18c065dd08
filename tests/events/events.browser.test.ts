/**
 * The Events pages in Chromium: list with filters, details in the viewer's time zone, RSVP that
 * survives a reload, the wait list, an admin creating an event, feedback after an event; light
 * and dark, desktop and phone, with axe. Screenshots: test-results/screenshots/events-*.png.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow as overflow, waitForHeading as h1 } from '../helpers/tab-journey.js';
import { DESKTOP, PHONE, tabSession } from '../helpers/tab-session.js';
import { startTestApp } from '../helpers/test-app.js';
import { ManualClock, MAX, sampleEvent, tabApi } from '../helpers/training-events.js';
import { MAKER } from '../helpers/activities.js';

describe('tab: community events (Chromium)', function () {
  this.timeout(120_000);
  // Four sample events in Europe/Berlin over the next three weeks, as a fresh `npm start` shows them.
  // Viewers are in New York unless a test says otherwise: the events are planned in Berlin.
  const session = tabSession({ name: 'events', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'America/New_York' } });
  const open = session.open;
  const items = (page: Page) => page.getByRole('list', { name: /events$/ }).locator(':scope > li');

  it('when a maker opens Events, then upcoming events show in their time zone, filter by type, and Past is empty', async () => {
    const page = await open(`/events?theme=light&devUser=${MAKER.aadObjectId}`);
    await h1(page, 'Community events');
    await items(page).first().waitFor();
    assert.equal(await items(page).count(), 4);
    const first = await items(page).first().innerText();
    assert.match(first, /Office hours[\s\S]*Power Automate office hours[\s\S]*(09|10):00\s?AM.*E[SD]T/, 'Berlin 15:00 is 9:00 in New York');
    assert.match(first, /0 going · 0 maybe/);
    await saveScreenshot(page, 'events-list-light');

    await page.getByLabel('Type').selectOption({ label: 'Hackathons' });
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('main ul[aria-label$="events"] > li').length === 1);
    assert.match(await items(page).first().innerText(), /Copilot Studio hackathon/);
    await page.getByLabel('Type').selectOption({ label: 'All types' });
    await page.getByRole('tab', { name: 'Past' }).click();
    await page.getByText('No past events yet').waitFor();
  });

  it('when a maker answers Going on an event, then the answer and counts persist after a reload and the event is in My RSVPs', async () => {
    const page = await open(`/events?theme=light&devUser=${MAKER.aadObjectId}`);
    await page.getByRole('link', { name: 'Webinar: governance basics for new makers' }).click();
    await h1(page, 'Webinar: governance basics for new makers');
    await page.getByText(/Planned for .* in Europe\/Berlin/).waitFor();
    assert.match(await page.getByRole('region', { name: 'When and where' }).innerText(), /0 going · 0 maybe · 200 of 200 seats left/);
    await page.getByRole('button', { name: 'Going' }).click();
    await page.getByText('Your answer: Going.').waitFor();
    await page.getByText(/1 going · 0 maybe · 199 of 200 seats left/).waitFor();
    await saveScreenshot(page, 'events-detail-going-light');

    await page.reload();
    await h1(page, 'Webinar: governance basics for new makers');
    await page.getByText(/1 going/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Going' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Maybe' }).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href'), `http://localhost:3978/calendar/events/${page.url().split('/').pop()}.ics`);

    await page.getByRole('link', { name: 'All events' }).click();
    await page.getByRole('tab', { name: 'My RSVPs' }).click();
    await items(page).first().waitFor();
    assert.equal(await items(page).count(), 1);
    assert.match(await items(page).first().innerText(), /Going[\s\S]*Webinar: governance basics/);
  });

  it('when the only seat is taken, then the next maker joins the wait list and sees their place', async () => {
    const created = await tabApi(session.app.baseUrl, 'POST', '/api/admin/events', { ...sampleEvent(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10), { capacity: 1, title: 'Desktop flows clinic' }) });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    await tabApi(session.app.baseUrl, 'PUT', `/api/events/${created.body.id}/rsvp`, { response: 'going' }, MAX);
    const page = await open(`/events/${created.body.id}?theme=light&devUser=${MAKER.aadObjectId}`);
    await h1(page, 'Desktop flows clinic');
    await page.getByText(/Full \(1 seat\)/).waitFor();
    await page.getByRole('button', { name: 'Going' }).click();
    await page.getByText("It's full, so you're on the wait list (number 1).", { exact: false }).waitFor();
    await page.getByText(/1 going · 0 maybe · 1 on the wait list/).waitFor();
  });

  it('when an admin creates an event that ends before it starts, then the field says what is wrong; fixed, it opens on its page with admin actions', async () => {
    const page = await open('/admin?theme=light', { timezoneId: 'Europe/Berlin' });
    await h1(page, 'CoE admin');
    await page.getByRole('button', { name: 'New event' }).click();
    await h1(page, 'New event');
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Title').fill('Power Apps component clinic');
    // The time zone starts as the admin's own, offers the common ones first, and is searchable.
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    assert.equal(await zone.inputValue(), 'Europe/Berlin');
    await zone.click();
    await page.getByRole('group', { name: 'Common' }).getByRole('option', { name: 'Europe/Berlin (yours)' }).waitFor();
    await saveScreenshot(page, 'events-admin-time-zones-light');
    await zone.fill('tokyo');
    await page.getByRole('listbox').getByRole('group', { name: 'Common' }).waitFor({ state: 'detached' });
    await page.getByRole('option', { name: 'Asia/Tokyo' }).click();
    assert.equal(await zone.inputValue(), 'Asia/Tokyo');
    await zone.click();
    await zone.fill('no such place');
    await page.getByLabel('Title').click();
    assert.equal(await zone.inputValue(), 'Asia/Tokyo', 'typing alone changes nothing: the picked zone stays');
    // Typed key by key, as people do, a zone outside the common ones is found and nothing else is shown.
    const listbox = page.getByRole('listbox');
    await zone.click();
    await zone.selectText();
    await zone.pressSequentially('kathmandu');
    await listbox.getByRole('option', { name: 'Asia/Kathmandu' }).waitFor();
    assert.equal(await listbox.getByRole('group', { name: 'Common' }).count(), 0, 'a search shows matches, not the common zones');
    assert.deepEqual(await listbox.getByRole('option').allInnerTexts(), ['Asia/Kathmandu']);
    await listbox.getByRole('option', { name: 'Asia/Kathmandu' }).click();
    assert.equal(await zone.inputValue(), 'Asia/Kathmandu');
    await zone.click();
    await zone.selectText();
    await page.keyboard.type('no such place');
    await listbox.getByRole('option', { name: 'No time zone matches “no such place”' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByLabel('Title').click();
    assert.equal(await zone.inputValue(), 'Asia/Kathmandu', 'a search without a pick keeps the picked zone');
    await zone.click();
    await zone.fill('berlin');
    await page.getByRole('option', { name: 'Europe/Berlin' }).click();
    assert.equal(await zone.inputValue(), 'Europe/Berlin');
    await page.getByLabel('Starts').fill(`${day}T16:00`);
    await page.getByLabel('Ends').fill(`${day}T15:30`);
    await page.getByLabel('Online meeting link').fill('https://teams.microsoft.com/l/meetup-join/abc');
    assert.equal(await page.getByRole('button', { name: 'Create Teams meeting' }).count(), 0, 'without Graph the link is pasted, no button offered');
    await page.getByLabel('Capacity (optional)').fill('12');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByText('The event must end after it starts.').waitFor();
    await saveScreenshot(page, 'events-admin-form-error-light');
    await page.getByLabel('Ends').fill(`${day}T17:30`);
    await page.getByRole('button', { name: 'Create event' }).click();
    await h1(page, 'Power Apps component clinic');
    // The confirmation names the event and links to the list, which shows it without a reload.
    const created = page.getByRole('status').filter({ hasText: 'Event created: “Power Apps component clinic”' });
    await created.waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'events-admin-created-light');
    await copyFile(path.resolve('test-results', 'screenshots', 'events-admin-created-light.png'), path.resolve('docs', 'screenshots', 'tab-event-created.png'));
    assert.match(await page.getByRole('region', { name: 'When and where' }).innerText(), /0?4:00\s?PM–0?5:30\s?PM/);
    await page.getByRole('region', { name: 'For CoE admins' }).waitFor();
    await page.getByRole('button', { name: 'Announce' }).click();
    await page.getByRole('dialog').getByText('not installed in any channel yet').waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await page.evaluate('window.__notReloaded = true');
    await created.getByRole('link', { name: 'See it in Events' }).click();
    await h1(page, 'Community events');
    await page.getByRole('link', { name: 'Power Apps component clinic' }).waitFor();
    assert.equal(await page.evaluate('window.__notReloaded'), true, 'the list shows the new event without a page load');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the events pages are shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(`/events?theme=${theme}&devUser=${MAKER.aadObjectId}`, { viewport });
        await h1(page, 'Community events');
        await items(page).first().waitFor();
        assert.equal(await overflow(page), 0, 'the list scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `events-list-${theme}-${width}`);
        await page.getByRole('link', { name: 'Copilot Studio hackathon' }).click();
        await h1(page, 'Copilot Studio hackathon');
        await page.getByRole('button', { name: 'Going' }).waitFor();
        assert.equal(await overflow(page), 0, 'the details scroll sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `events-detail-${theme}-${width}`);
      });
    }
  }

  it('when an event is over, then it is listed under Past and an attendee rates it; the results show on the event', async () => {
    const clock = new ManualClock(new Date());
    const past = await startTestApp({ DELIVERY_WORKER: 'off' }, { clock });
    try {
      const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const created = await tabApi(past.baseUrl, 'POST', '/api/admin/events', sampleEvent(day, { title: 'Copilot Studio office hours' }));
      await tabApi(past.baseUrl, 'PUT', `/api/events/${created.body.id}/rsvp`, { response: 'going' }, MAKER);
      clock.advance(3 * 86_400_000);
      const page = await open(`/events?theme=light&devUser=${MAKER.aadObjectId}`, { baseUrl: past.baseUrl });
      await h1(page, 'Community events');
      await page.getByText('No upcoming events').waitFor();
      await page.getByRole('tab', { name: 'Past' }).click();
      await page.getByRole('link', { name: 'Copilot Studio office hours' }).click();
      await h1(page, 'Copilot Studio office hours');
      await page.getByRole('radio', { name: '5 – Excellent' }).check();
      await page.getByLabel('Comment (optional)').fill('Great answers, thank you!');
      await page.getByRole('button', { name: 'Send feedback' }).click();
      await page.getByText('Thanks for your feedback!').waitFor();
      await page.getByText('Average 5/5 from 1 rating.').waitFor();
      await saveScreenshot(page, 'events-feedback-light');
      await expectNoSeriousA11yViolations(page);
    } finally {
      await past.close();
    }
  });
});
