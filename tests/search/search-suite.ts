import assert from 'node:assert/strict';
import { SiteSearch } from '../../src/domain/search/site-search.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { ADMIN, MAKER } from '../helpers/activities.js';
import { COLLEAGUE } from '../helpers/stories.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../helpers/test-app.js';
import { api, publish, search, seedEveryKind, submitStory, type Json } from './search-fixture.js';

export interface SearchDatabase {
  database?: TestAppOptions['database'];
  cleanup?: () => Promise<void>;
}

const marked = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end).toLowerCase());

/** GET /api/search through the real server on one database flavour: kinds, ranking, highlights, filters, visibility, freshness. */
/** `shared`: a second connection can open the same database (not PGlite: in memory, one process), so the cross-instance case runs. */
export function searchApiSuite(name: string, open: () => Promise<SearchDatabase>, { shared }: { shared: boolean }): void {
  describe(`search API on ${name}`, function () {
    this.timeout(60_000);
    let t: TestApp;
    let db: SearchDatabase;
    let ids: Awaited<ReturnType<typeof seedEveryKind>>;

    before(async () => {
      db = await open();
      t = await startTestApp({ DELIVERY_WORKER: 'off' }, { database: db.database });
      ids = await seedEveryKind(t);
    });
    after(async () => {
      await t?.close();
      await db?.cleanup?.();
    });

    it('when a maker searches a word every kind has, then FAQ, document, path, module, event and story come back together, each with its tab page and the word marked', async () => {
      const results = await search(t, 'canvas');
      assert.deepEqual(new Set(results.map((r) => r.kind)), new Set(['faq', 'document', 'path', 'module', 'event', 'story']));
      const byKind = (kind: string) => results.find((r) => r.kind === kind)!;
      assert.equal(byKind('event').url, `/events/${ids.eventId}`);
      assert.equal(byKind('story').url, `/stories/${ids.storyId}`);
      assert.equal(byKind('path').url, `/training/${ids.pathId}`);
      assert.equal(byKind('module').url, `/training/${ids.pathId}#module-${ids.moduleId}`);
      assert.equal(byKind('faq').url, `/ask?q=${encodeURIComponent('Who can open a canvas app I built?')}`);
      assert.match(byKind('document').url, /^\/ask\?q=Canvas%20layout%20guide$/);
      for (const r of results) {
        assert.deepEqual(Object.keys(r).sort(), ['highlights', 'id', 'kind', 'snippet', 'title', 'url']);
        const words = [...marked(r.title, r.highlights.title), ...marked(r.snippet, r.highlights.snippet)];
        assert.ok(words.length > 0 && words.every((w) => w === 'canvas'), `${r.kind} ${r.title}: ${words.join(',')}`);
      }
    });

    it('when the words are misspelt or half typed, then the same things are found (the matched spelling is marked)', async () => {
      const typo = await search(t, 'inspectoins');
      assert.equal(typo[0]?.id, ids.storyId);
      assert.deepEqual(marked(typo[0]!.title, typo[0]!.highlights.title), ['inspections']);
      const prefix = await search(t, 'clin');
      assert.equal(prefix[0]?.kind, 'event');
      assert.deepEqual((await search(t, 'shar yor app')).map((r) => r.title).slice(0, 1), ['Share your app']);
    });

    it('when kinds are chosen, then only those come back; an unknown kind, a missing or an over-long query is a 400 that says what is wrong', async () => {
      assert.deepEqual([...new Set((await search(t, 'q=canvas&kind=event')).map((r) => r.kind))], ['event']);
      assert.deepEqual(new Set((await search(t, 'q=canvas&kind=module,story')).map((r) => r.kind)), new Set(['module', 'story']));
      assert.deepEqual(new Set((await search(t, 'q=canvas&kind=faq&kind=document')).map((r) => r.kind)), new Set(['faq', 'document']));
      const unknown = await api(t, 'GET', '/api/search?q=canvas&kind=tickets', undefined, MAKER);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.error.fields.kind, /"tickets" is not a kind: use faq, document, path, module, event, story/);
      assert.equal((await api(t, 'GET', '/api/search', undefined, MAKER)).status, 400);
      assert.equal((await api(t, 'GET', '/api/search?q=%20%20', undefined, MAKER)).status, 400);
      const long = await api(t, 'GET', `/api/search?q=${'a'.repeat(201)}`, undefined, MAKER);
      assert.equal(long.status, 400);
      assert.match(long.body.error.fields.q, /at most 200/);
      assert.equal((await api(t, 'GET', '/api/search?q=canvas&limit=500', undefined, MAKER)).status, 400);
      const hostile = await search(t, `q=${encodeURIComponent('<script>alert(1)</script> canvas')}`);
      assert.ok(hostile.length > 0 && hostile.every((r) => !/<script/i.test(r.snippet)));
    });

    it('when a story is not published, an event is cancelled, a module retired or renamed, then search shows only what is live; other people’s questions never appear', async () => {
      const pending = await submitStory(t, { title: 'Zeppelin fleet tracker', problem: 'Zeppelins got lost between the hangars.', solution: 'A canvas app that tracks every zeppelin.' });
      for (const who of [MAKER, COLLEAGUE, ADMIN]) assert.deepEqual(await search(t, 'zeppelin', who), [], 'pending: not even its author or a moderator finds it');
      await publish(t, pending);
      assert.deepEqual((await search(t, 'zeppelin', COLLEAGUE)).map((r) => r.id), [pending.id], 'published: found at once');

      const cancelled = await api(t, 'POST', `/api/admin/events/${ids.eventId}/cancel`, { reason: 'Speaker ill' });
      assert.equal(cancelled.status, 200);
      assert.deepEqual((await search(t, 'clinic')).filter((r) => r.kind === 'event'), []);

      const module = (await api(t, 'GET', `/api/admin/training/paths/${ids.pathId}`)).body.modules.find((m: Json) => m.title === 'Galleries');
      assert.equal((await api(t, 'PATCH', `/api/admin/training/modules/${module.id}`, { title: 'Galleries and lists of orchids', version: module.version })).status, 200);
      assert.deepEqual((await search(t, 'orchids')).map((r) => r.id), [module.id], 'an edited module is found by its new words');
      assert.equal((await api(t, 'POST', `/api/admin/training/modules/${module.id}/retire`, { retired: true })).status, 200);
      assert.deepEqual(await search(t, 'orchids'), [], 'a retired module is gone');

      const asked = await api(t, 'POST', '/api/ask/questions', { question: 'Why does my quokka flow fail every night?' }, MAKER);
      assert.equal(asked.status, 200);
      for (const who of [MAKER, COLLEAGUE, ADMIN]) assert.deepEqual(await search(t, 'quokka', who), [], 'questions are nobody’s search results');
    });

    if (shared) it('when another instance sharing the database changes content, then this instance’s next search shows it', async () => {
      const other = new SqlStore(await openDatabase(t.config.database));
      try {
        const index = new SiteSearch(other);
        assert.deepEqual(await index.search('narwhal', { limit: 5 }), []);
        const story = await submitStory(t, { title: 'Narwhal sightings log', problem: 'Sightings were kept in spreadsheets.', solution: 'A model-driven app with a map view.' });
        await publish(t, story);
        assert.deepEqual((await index.search('narwhal', { limit: 5 })).map((r) => r.id), [story.id]);
        assert.equal((await api(t, 'POST', '/api/admin/kb/faq', { id: 'narwhal-faq', question: 'Where do narwhal reports go?', answer: 'To the ocean team.' })).status, 200);
        assert.deepEqual(new Set((await index.search('narwhal', { limit: 5 })).map((r) => r.kind)), new Set(['story', 'faq']));
      } finally {
        await other.close();
      }
    });
  });
}
