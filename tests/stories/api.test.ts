import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ADMIN, MAKER } from '../helpers/activities.js';
import { COLLEAGUE, STORY_FORM } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Json = Record<string, any>;

/** The tab's story API, as the tab calls it (development identity; X-Dev-User picks the person). */
describe('stories: the tab API', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
  });
  after(async () => t.close());

  async function api(method: string, path: string, body?: unknown, who = ADMIN): Promise<{ status: number; body: Json }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (who !== ADMIN) Object.assign(headers, { 'x-dev-user': who.aadObjectId, 'x-dev-user-name': who.name });
    const res = await fetch(`${t.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }
  const submit = (form: Json, who = MAKER) => api('POST', '/api/stories', { submissionKey: randomUUID(), ...form }, who);

  it('when a maker submits through the tab, then errors come back per field (400), and a valid story waits for review, visible only to them and the moderators', async () => {
    const bad = await submit({ ...STORY_FORM, title: '', products: [], imageUrl: 'javascript:alert(1)' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid_input');
    assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['imageUrl', 'products', 'title']);

    const ok = await submit({ ...STORY_FORM, products: ['power-apps', 'Power BI'] });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.created, true);
    const story = ok.body.story;
    assert.equal(story.status, 'pending');
    assert.equal(story.statusLabel, 'Waiting for review');
    assert.deepEqual(story.products, ['power-apps', 'power-bi']);
    assert.equal(story.mine, true);
    assert.equal(story.canEdit, true);
    assert.equal('authorId' in story, false, 'user ids stay on the server');

    assert.equal((await api('GET', `/api/stories/${story.id}`, undefined, COLLEAGUE)).status, 404, 'not published: hidden from others');
    assert.equal((await api('GET', '/api/stories/mine')).body.stories.length, 0, 'the admin has none of their own');
    assert.equal((await api('GET', '/api/stories/mine', undefined, MAKER)).body.stories.length, 1);
    assert.equal((await api('GET', '/api/stories')).body.stories.length, 0, 'the gallery shows published stories only');
  });

  it('when a maker opens the review queue or decides, then it is refused (403) and audited; an admin sees the queue and publishes', async () => {
    const queueForMaker = await api('GET', '/api/stories/review', undefined, MAKER);
    assert.equal(queueForMaker.status, 403);
    const queue = await api('GET', '/api/stories/review');
    assert.equal(queue.status, 200);
    const [waiting] = queue.body.stories;
    assert.equal(waiting.canModerate, true);
    assert.equal((await api('POST', `/api/stories/${waiting.id}/moderation`, { decision: 'approve' }, MAKER)).status, 403);
    const missing = await api('POST', `/api/stories/${waiting.id}/moderation`, { decision: 'request-changes', comment: '' });
    assert.equal(missing.status, 400);
    assert.ok(missing.body.error.fields.comment);
    const approved = await api('POST', `/api/stories/${waiting.id}/moderation`, { decision: 'approve', comment: 'Great work', version: waiting.version });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.story.status, 'published');
    assert.equal((await api('POST', `/api/stories/${waiting.id}/moderation`, { decision: 'decline' })).status, 409, 'decided already');
    const denied = await t.app.services.store.repos.audit.list({ action: 'story.queue.denied' });
    assert.equal(denied.length, 1);
  });

  it('when the gallery is filtered and searched, then it returns those stories with the impact totals and the departments', async () => {
    await submit({ ...STORY_FORM, title: 'Sales pipeline in Power BI', problem: 'Nobody knew which deals would close this quarter.', solution: 'A Power BI report on the CRM data, refreshed every hour.', products: 'power-bi', department: 'Sales', hoursSavedPerMonth: '5', peopleServed: '', costAvoided: '', currency: '' }, ADMIN);
    const all = await api('GET', '/api/stories');
    assert.equal(all.body.stories.length, 2);
    assert.deepEqual(all.body.totals, { stories: 2, hoursSavedPerMonth: 45, peopleServed: 250, costAvoided: [{ currency: 'EUR', amount: 12000 }] });
    assert.deepEqual(all.body.departments, ['Finance', 'Sales']);
    assert.deepEqual((await api('GET', '/api/stories?product=power-bi&department=sales')).body.stories.map((s: Json) => s.title), ['Sales pipeline in Power BI']);
    assert.deepEqual((await api('GET', '/api/stories?q=expense')).body.stories.map((s: Json) => s.title), [STORY_FORM.title]);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await api('GET', `/api/stories?from=${today}&to=${today}`)).body.stories.length, 2);
    assert.equal((await api('GET', '/api/stories?from=2000-01-01&to=2000-12-31')).body.stories.length, 0);
    assert.equal((await api('GET', '/api/stories?product=excel')).status, 400);
    assert.equal((await api('GET', '/api/stories?from=yesterday')).status, 400);
  });

  it('when people give kudos, then each toggles their own, and the count is what everyone sees', async () => {
    const [story] = (await api('GET', `/api/stories?q=expense`)).body.stories;
    assert.deepEqual((await api('POST', `/api/stories/${story.id}/kudos`, {}, COLLEAGUE)).body, { kudosCount: 1, kudosGiven: true, kudosFrom: [COLLEAGUE.name] });
    assert.deepEqual((await api('POST', `/api/stories/${story.id}/kudos`, {})).body, { kudosCount: 2, kudosGiven: true, kudosFrom: [COLLEAGUE.name, ADMIN.name] });
    assert.deepEqual((await api('POST', `/api/stories/${story.id}/kudos`, {}, COLLEAGUE)).body, { kudosCount: 1, kudosGiven: false, kudosFrom: [ADMIN.name] });
    const own = await api('POST', `/api/stories/${story.id}/kudos`, {}, MAKER);
    assert.equal(own.status, 403, 'the author cannot give kudos to their own story');
    assert.match(own.body.error.message, /cannot give kudos to your own story/);
    const seen = (await api('GET', `/api/stories/${story.id}`, undefined, COLLEAGUE)).body.story;
    assert.equal(seen.kudosCount, 1);
    assert.equal(seen.kudosGiven, false);
    assert.deepEqual(seen.kudosFrom, [ADMIN.name], 'kudos show who gave them');
    const note = (await api('GET', '/api/inbox', undefined, MAKER)).body;
    assert.ok(JSON.stringify(note).includes('got kudos'), 'the author finds the kudos in their inbox');
    assert.equal(seen.moderationComment, null, 'the moderator’s note is not for everyone');
  });

  it('when the author edits and deletes, then stale versions (409) and other people (403) are refused; a deleted story is gone (404)', async () => {
    const [story] = (await api('GET', `/api/stories?q=expense`, undefined, MAKER)).body.stories;
    assert.equal(story.moderationComment, 'Great work', 'the author reads the note');
    const edited = await api('PUT', `/api/stories/${story.id}`, { ...STORY_FORM, title: 'Expense approvals, edited in the tab', version: story.version }, MAKER);
    assert.equal(edited.status, 200);
    assert.equal(edited.body.story.title, 'Expense approvals, edited in the tab');
    assert.equal((await api('PUT', `/api/stories/${story.id}`, { ...STORY_FORM, version: story.version }, MAKER)).status, 409);
    assert.equal((await api('PUT', `/api/stories/${story.id}`, { ...STORY_FORM, version: edited.body.story.version }, COLLEAGUE)).status, 403);
    assert.equal((await api('DELETE', `/api/stories/${story.id}`, undefined, COLLEAGUE)).status, 403);
    assert.deepEqual((await api('DELETE', `/api/stories/${story.id}`, undefined, MAKER)).body, { deleted: true });
    assert.equal((await api('GET', `/api/stories/${story.id}`, undefined, MAKER)).status, 404);
    assert.equal((await api('GET', '/api/stories/not-an-id')).status, 400);
  });

  it('when a story contains markup, then the API returns it exactly as typed (the tab renders text, never HTML)', async () => {
    const xss = { ...STORY_FORM, title: '<img src=x onerror=alert(1)>', problem: '**[click](javascript:alert(1))** and <script>alert(2)</script> for the team' };
    const { body } = await submit(xss, ADMIN);
    assert.equal(body.story.title, xss.title);
    assert.equal(body.story.problem, xss.problem);
    const options = await api('GET', '/api/stories/options');
    assert.deepEqual(options.body.currencies, ['USD', 'EUR', 'GBP']);
    assert.equal(options.body.products.length, 6);
  });
});
