/**
 * Domain errors through the real tab API in the caller's language: X-Locale (what the tab sends),
 * else the locale last stored for the person; English, word for word as before, without either.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { jsonApi } from '../helpers/json-api.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { STORY_FORM } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const MAKER = '00000000-0000-0000-0000-00000000d101';
const GERMAN = '00000000-0000-0000-0000-00000000d102';

describe('tab API: domain errors in the caller’s language', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off' });
  });
  after(async () => t.close());

  const as = (user: string | null, locale?: string) => ({ ...(user ? { 'x-dev-user': user, 'x-dev-user-name': 'Mia Maker' } : {}), ...(locale ? { 'x-locale': locale } : {}) });
  const call = (method: string, url: string, body: unknown, headers: Record<string, string>) => jsonApi(t.baseUrl, method, url, body, headers);
  const submit = (headers: Record<string, string>, draft: Record<string, unknown> = {}) => call('POST', '/api/environments/requests', { ...SANDBOX_DRAFT, submissionKey: randomUUID(), ...draft }, headers);

  it('when a German tab sends a bad form, then the message and every field message are German; without a locale they are English as before', async () => {
    const english = await submit(as(MAKER), { displayName: 'x', expectedUsers: 0 });
    assert.equal(english.status, 400);
    assert.equal(english.body.error.message, 'Some answers need another look.');
    assert.equal(english.body.error.fields.displayName, '“x” does not follow the naming convention above. Compare with a name that does: FIN-Invoice approvals');
    assert.equal(english.body.error.fields.expectedUsers, 'Enter how many people will use it (a whole number, at least 1).');

    const german = await submit(as(GERMAN, 'de-DE'), { displayName: 'x', expectedUsers: 0 });
    assert.equal(german.status, 400);
    assert.deepEqual(Object.keys(german.body.error).sort(), ['code', 'fields', 'message'], 'same shape as in English');
    assert.equal(german.body.error.code, 'invalid_input');
    assert.equal(german.body.error.message, 'Einige Angaben müssen noch einmal geprüft werden.');
    assert.deepEqual(Object.keys(german.body.error.fields).sort(), Object.keys(english.body.error.fields).sort());
    assert.equal(german.body.error.fields.displayName, '„x“ entspricht nicht der oben genannten Namenskonvention. Vergleichen Sie mit einem passenden Namen: FIN-Invoice approvals');
    assert.equal(german.body.error.fields.expectedUsers, 'Geben Sie an, wie viele Personen sie nutzen werden (eine ganze Zahl, mindestens 1).');
  });

  it('when a German maker is refused, asks for what is not theirs, or decides twice, then 403, 404 and 409 say so in German', async () => {
    const created = await submit(as(MAKER), { displayName: 'FIN-Budget planner' });
    const rid = created.body.request.id as string;

    const forbiddenEn = await call('POST', `/api/admin/environments/requests/${rid}/approve`, {}, as(MAKER));
    assert.deepEqual([forbiddenEn.status, forbiddenEn.body.error.message], [403, 'Only a CoE admin can do that.']);
    const forbidden = await call('POST', `/api/admin/environments/requests/${rid}/approve`, {}, as(GERMAN, 'de-DE'));
    assert.deepEqual([forbidden.status, forbidden.body.error.code, forbidden.body.error.message], [403, 'forbidden', 'Nur CoE-Admins können das tun.']);

    const notFoundEn = await call('GET', `/api/environments/requests/${rid}`, undefined, as('00000000-0000-0000-0000-00000000d103'));
    assert.deepEqual([notFoundEn.status, notFoundEn.body.error.message], [404, 'That environment request does not exist, or it is not yours.']);
    const notFound = await call('GET', `/api/environments/requests/${rid}`, undefined, as(GERMAN, 'de-DE'));
    assert.deepEqual([notFound.status, notFound.body.error.message], [404, 'Diese Umgebungsanfrage existiert nicht oder gehört nicht Ihnen.']);

    // The development admin decides; the second decision is a conflict naming who decided and the state now.
    assert.equal((await call('POST', `/api/admin/environments/requests/${rid}/approve`, { comment: 'ok' }, as(null))).status, 200);
    const twiceEn = await call('POST', `/api/admin/environments/requests/${rid}/approve`, {}, as(null));
    assert.equal(twiceEn.status, 409);
    assert.match(twiceEn.body.error.message, /^This request was already approved by Ada Admin on \d{4}-\d\d-\d\d \d\d:\d\d UTC\. It is being created now\.$/);
    const twice = await call('POST', `/api/admin/environments/requests/${rid}/approve`, {}, as(null, 'de-DE'));
    assert.equal(twice.status, 409);
    assert.match(twice.body.error.message, /^Diese Anfrage wurde bereits am \d{4}-\d\d-\d\d \d\d:\d\d UTC von Ada Admin genehmigt\. Aktueller Status: Wird erstellt\.$/);
  });

  it('when a person’s tab once sent de-DE, then a later request without the header is answered in German too; an unknown locale is English', async () => {
    const stored = await call('GET', `/api/environments/requests/${randomUUID()}`, undefined, as(GERMAN));
    assert.deepEqual([stored.status, stored.body.error.message], [404, 'Diese Umgebungsanfrage existiert nicht oder gehört nicht Ihnen.']);
    const french = await call('GET', `/api/environments/requests/${randomUUID()}`, undefined, as(GERMAN, 'fr-FR'));
    assert.equal(french.body.error.message, 'That environment request does not exist, or it is not yours.');
  });

  it('when a German tab sends a story with mistakes or edits someone else’s story, then the field messages and the refusal are German', async () => {
    const bad = { ...STORY_FORM, title: '', products: [], imageUrl: 'javascript:alert(1)', submissionKey: randomUUID() };
    const english = await call('POST', '/api/stories', bad, as(MAKER));
    assert.equal(english.status, 400);
    assert.deepEqual(english.body.error.fields, { title: 'Please add a title.', products: 'Pick at least one product you used.', imageUrl: 'Only https:// addresses are allowed here.' });
    const german = await call('POST', '/api/stories', { ...bad, submissionKey: randomUUID() }, as(GERMAN, 'de-DE'));
    assert.equal(german.body.error.message, 'Einige Angaben müssen noch einmal geprüft werden.');
    assert.deepEqual(german.body.error.fields, { title: 'Bitte geben Sie einen Titel ein.', products: 'Wählen Sie mindestens ein Produkt, das Sie verwendet haben.', imageUrl: 'Hier sind nur https://-Adressen erlaubt.' });

    const story = await call('POST', '/api/stories', { ...STORY_FORM, submissionKey: randomUUID() }, as(MAKER));
    const edit = await call('PUT', `/api/stories/${story.body.story.id}`, { ...STORY_FORM, version: story.body.story.version }, as(GERMAN, 'de-DE'));
    assert.equal(edit.status, 404, JSON.stringify(edit.body));
    assert.equal(edit.body.error.message, 'Diese Geschichte existiert nicht mehr.');
  });

  it('when a German tab rates badly or answers an event that is gone, then the messages are German', async () => {
    const id = randomUUID();
    const ratingEn = await call('PUT', `/api/events/${id}/feedback`, { rating: 9, comment: 'x'.repeat(1001) }, as(MAKER));
    assert.deepEqual([ratingEn.status, ratingEn.body.error.message, ratingEn.body.error.fields], [400, 'Please check: rating, comment.', { rating: 'Choose a rating from 1 to 5.', comment: 'Keep the comment under 1000 characters.' }]);
    const rating = await call('PUT', `/api/events/${id}/feedback`, { rating: 9, comment: 'x'.repeat(1001) }, as(GERMAN, 'de-DE'));
    assert.deepEqual([rating.status, rating.body.error.message, rating.body.error.fields], [400, 'Bitte prüfen Sie: rating, comment.', { rating: 'Wählen Sie eine Bewertung von 1 bis 5.', comment: 'Der Kommentar darf höchstens 1000 Zeichen lang sein.' }]);
    const gone = await call('PUT', `/api/events/${id}/rsvp`, { response: 'going' }, as(GERMAN, 'de-DE'));
    assert.deepEqual([gone.status, gone.body.error.message], [404, 'Diese Veranstaltung existiert nicht mehr.']);
  });

  it('when a German CoE admin sends a training path or an FAQ entry with mistakes, then the messages are German', async () => {
    const path = await call('POST', '/api/admin/training/paths', { title: '!!!', summary: '', audience: 'new-maker', level: 'beginner', modules: [] }, as(null, 'de-DE'));
    const says = 'Der Titel braucht mindestens einen Buchstaben oder eine Ziffer: Daraus wird der Kurzname des Lernpfads gebildet.';
    assert.deepEqual(path.body, { error: { code: 'invalid_input', message: says, fields: { title: says } } });
    const faq = await call('POST', '/api/admin/kb/faq', { question: 'Hm?', answer: '' }, as(null, 'de-DE'));
    assert.equal(faq.status, 400);
    assert.equal(faq.body.error.message, 'Bitte prüfen Sie: question, answer.');
    assert.deepEqual(faq.body.error.fields, { question: 'Schreiben Sie die Frage (mindestens 5 Zeichen).', answer: 'Schreiben Sie die Antwort.' });
  });
});
