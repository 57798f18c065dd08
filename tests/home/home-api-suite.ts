import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { as, buildWorld, OWEN_SECRETS, type HomeWorld, type Who } from './home-fixture.js';

type Json = Record<string, any>;

/** GET /api/home over HTTP as each person: their own sections, the community's news, their roles' work. */
export function homeApiSuite(name: string, open: () => Promise<{ database: DatabaseConfig['kind'] | DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`GET /api/home on ${name}`, function () {
    this.timeout(90_000);
    let t: TestApp;
    let w: HomeWorld;
    let cleanup: (() => Promise<void>) | undefined;

    before(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      t = await startTestApp({ DELIVERY_WORKER: 'off' }, { database: opened.database });
      w = await buildWorld(t, new Date());
    });
    after(async () => {
      await t?.close();
      await cleanup?.();
    });

    async function call(method: string, url: string, who: Who, body?: unknown) {
      const res = await fetch(`${t.baseUrl}${url}`, { method, headers: { 'content-type': 'application/json', ...as(who) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await res.text();
      return { status: res.status, text, body: (text ? JSON.parse(text) : null) as Json };
    }
    const home = async (who: Who) => {
      const res = await call('GET', '/api/home', who);
      assert.equal(res.status, 200, res.text);
      return res;
    };

    it('when a maker opens Home, then it shows their next events with their RSVP, the join link only when near, and not the declined one', async () => {
      const { body } = await home('mia');
      assert.deepEqual(
        body.events.map((e: Json) => [e.title, e.response, e.joinUrl !== null, e.link]),
        [
          ['Starting soon', 'going', true, `/events/${w.soonEventId}`],
          ['Community call later', 'maybe', false, `/events/${w.laterEventId}`],
        ],
      );
      assert.match(body.events[0].joinUrl, /^https:\/\/teams\.microsoft\.com\//);
      assert.equal(body.firstRun, false);
    });

    it('when a maker has started a path, then Home resumes it at the next module', async () => {
      const { body } = await home('mia');
      assert.equal(body.training.path.id, w.pathId);
      assert.deepEqual([body.training.completed, body.training.total, body.training.next.title, body.training.suggested], [1, 3, 'Module 2', false]);
    });

    it('when a maker has requests, questions and stories, then Home lists their own with state and kudos', async () => {
      const { body } = await home('owen');
      assert.deepEqual(body.requests.map((r: Json) => [r.displayName, r.status]), [['FIN-OWENREQUEST vault', 'pending-approval']]);
      assert.deepEqual(body.questions.map((q: Json) => [q.ticketId, q.state, q.answer]), [[w.owenTicketId, 'open', null]]);
      assert.deepEqual(body.stories.map((s: Json) => [s.title, s.status, s.link]), [['OWENSTORY payroll bot', 'pending', `/stories/${w.owenStoryId}`]]);
      const mia = (await home('mia')).body;
      assert.deepEqual(mia.stories.map((s: Json) => [s.title, s.status, s.kudosCount]), [['Mia invoice flow', 'published', 0]]);
    });

    it('when anyone opens Home, then the community shows published stories, announced events and new FAQ entries, never a pending story', async () => {
      const { body } = await home('nina');
      assert.deepEqual(body.community.stories.map((s: Json) => s.title), ['Mia invoice flow']);
      assert.deepEqual(body.community.events.map((e: Json) => e.title), ['Community call later']);
      assert.deepEqual(body.community.faq.map((f: Json) => f.question), ['Who approves production environments?']);
    });

    it('when someone else opens Home, then nothing of another person’s requests, questions, stories or RSVPs shows', async () => {
      for (const who of ['mia', 'nina', 'eli', 'chris', 'admin'] as Who[]) {
        const { body, text } = await home(who);
        for (const secret of OWEN_SECRETS) assert.ok(!text.includes(secret), `${who}'s Home shows ${secret}`);
        assert.equal(body.requests.length + body.questions.length + body.stories.length, who === 'mia' ? 1 : 0, `${who} sees only their own things`);
      }
      const nina = (await home('nina')).body;
      assert.deepEqual(nina.events, [], 'Owen’s and Mia’s RSVPs are not Nina’s events');
    });

    it('when a person has done nothing yet, then Home is a first run with a suggested first path, until they dismiss it', async () => {
      const before = (await home('nina')).body;
      assert.equal(before.firstRun, true);
      assert.deepEqual([before.training.path.id, before.training.suggested, before.training.next.title], [w.pathId, true, 'Module 1']);
      assert.deepEqual(before.work, []);
      const dismissed = await call('POST', '/api/home/welcome/dismiss', 'nina');
      assert.deepEqual([dismissed.status, dismissed.body], [200, { firstRun: false }]);
      assert.equal((await home('nina')).body.firstRun, false);
      // Remembered server-side for Nina alone.
      const fresh = await t.app.services.identity.signIn({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: '00000000-0000-0000-0000-00000000abcd', displayName: 'Fay Fresh' });
      const fay = await fetch(`${t.baseUrl}/api/home`, { headers: { 'x-dev-user': fresh.user.aadObjectId, 'x-dev-user-name': 'Fay Fresh' } });
      assert.equal(((await fay.json()) as Json).firstRun, true);
    });

    it('when each role opens Home, then it gets its waiting work with counts and a link to the work', async () => {
      const ids = async (who: Who) => (await home(who)).body.work.map((x: Json) => [x.id, x.count, x.link]);
      assert.deepEqual(await ids('mia'), []);
      assert.deepEqual(await ids('eli'), [['open-tickets', 1, '/ask?view=all']]);
      assert.deepEqual(await ids('chris'), [['stories-in-review', 1, '/stories/review']]);
      assert.deepEqual(await ids('admin'), [
        ['requests-awaiting-approval', 1, '/admin'],
        ['stories-to-moderate', 1, '/stories/review'],
        ['knowledge-gaps', 1, '/admin/insights?days=7'],
        ['events-without-announcements', 2, '/admin'],
      ]);
      const eli = (await home('eli')).body.work[0];
      assert.ok(eli.oldestAt && Date.parse(eli.oldestAt) <= Date.now(), 'the oldest waiting ticket is dated');
    });

    it('when Home is called without a person, then it is refused', async () => {
      const res = await fetch(`${t.baseUrl}/api/home`, { headers: { 'x-dev-user': 'not-a-guid' } });
      assert.equal(res.status, 401);
    });
  });
}
