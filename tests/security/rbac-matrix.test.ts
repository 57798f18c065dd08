import assert from 'node:assert/strict';
import { VERB_RULES, type CardSubject, type CardVerb } from '../../bot/handlers/verb-rules.js';
import { hasRole, type Role } from '../../src/domain/identity/types.js';
import { routeTable, type RouteRule } from '../../src/server/routes/access.js';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { JwksServer } from '../helpers/jwks-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createFixtures, paramValue, PEOPLE, SAMPLE_BODIES, SECRETS, TENANT, type Fixtures, type PersonKey } from './rbac-fixtures.js';

const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
type Caller = PersonKey | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'maker', 'champion', 'expert', 'owner', 'admin'];

/** Who may see what the fixtures hold, by the tab API's rules (written out here, independently of the code). */
const SEES: Record<CardSubject, readonly PersonKey[]> = {
  'environment-request': ['owner', 'admin'],
  ticket: ['owner', 'expert', 'admin'],
  question: ['owner'],
  story: ['owner', 'champion', 'admin'],
  event: ['maker', 'champion', 'expert', 'owner', 'admin'],
};
const ROUTE_SUBJECT_SEES: Record<string, readonly PersonKey[]> = { 'environment-request': SEES['environment-request'], ticket: SEES.ticket, question: SEES.question, story: SEES.story, 'story-image': SEES.story, 'inbox-item': ['owner'] };

const rolesOf = (who: PersonKey) => PEOPLE[who].roles as readonly Role[];
const principalLike = (who: PersonKey) => ({ user: { id: who } as never, roles: [...rolesOf(who)] });

/**
 * The RBAC matrix, generated from the live route table (every mounted route with the rule its
 * handler carries) and the verb table (every card verb's rule): each route and each verb, as
 * each role and as the owner of the data, with someone else's ids. A route or verb without a rule
 * fails here; so does a rule the server does not keep.
 */
describe('RBAC matrix: every route and every card verb, as every role', function () {
  this.timeout(180_000);
  let jwks: JwksServer;
  let stub: ConnectorStub;
  let t: TestApp;
  const tokens = new Map<PersonKey, string>();

  before(async () => {
    jwks = await new JwksServer().start();
    stub = await new ConnectorStub().start();
    t = await startTestApp({ AUTH_DEV_MODE: 'false', AAD_APP_CLIENT_ID: CLIENT_ID, AAD_JWKS_URI: jwks.url, ALLOWED_TENANTS: TENANT, DELIVERY_WORKER: 'off' });
    for (const [key, p] of Object.entries(PEOPLE)) tokens.set(key as PersonKey, await jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: p.oid, name: p.name }));
  });
  after(async () => {
    await t.close();
    await stub.stop();
    await jwks.stop();
  });

  describe('routes', () => {
    let table: RouteRule[];
    let f: Fixtures;
    before(async () => {
      table = routeTable(t.app.server);
      f = await createFixtures(t.app, 'routes');
    });

    it('when the route table is read from the live server, then every route carries a rule', () => {
      const missing = table.filter((r) => !r.access).map((r) => `${r.method} ${r.path}`);
      assert.deepEqual(missing, [], 'routes without an access rule (declare one where the route is mounted: routes/access.ts)');
      assert.ok(table.length >= 60, `the whole table was read (${table.length} routes)`);
    });

    it('when every signed-in route is called as each role with someone else’s ids, then the answer follows its rule', async () => {
      const problems: string[] = [];
      const api = table.filter((r) => r.access && (r.access.kind === 'signed-in' || r.access.kind === 'roles'));
      // Changes run last, so reads see the fixtures as created; the admin goes last within a route.
      const ordered = [...api.filter((r) => r.method === 'GET'), ...api.filter((r) => r.method !== 'GET' && r.method !== 'DELETE'), ...api.filter((r) => r.method === 'DELETE')];
      for (const route of ordered) {
        const access = route.access!;
        if (access.kind !== 'signed-in' && access.kind !== 'roles') continue;
        const sample = SAMPLE_BODIES[`${route.method} ${route.path}`];
        let gone = false;
        const url = route.path.replace(/:(\w+)/g, (_m, param: string) => {
          const value = paramValue(route.path, param, f);
          if (value === undefined) problems.push(`${route.method} ${route.path}: no fixture for :${param} (add one in rbac-fixtures.ts)`);
          return encodeURIComponent(value ?? 'missing');
        });
        for (const caller of CALLERS) {
          const headers: Record<string, string> = { 'content-type': 'application/json', ...(caller === 'anonymous' ? {} : { authorization: `Bearer ${tokens.get(caller)}` }) };
          const res = await fetch(`${t.baseUrl}${url}`, { method: route.method, headers, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { body: JSON.stringify(sample ?? {}) }) });
          const text = await res.text();
          const where = `${route.method} ${route.path} as ${caller}: ${res.status}`;
          if (res.status >= 500) problems.push(`${where} (server error)`);
          if (caller === 'anonymous') {
            if (res.status !== 401) problems.push(`${where}, expected 401`);
            continue;
          }
          if (access.kind === 'roles') {
            const allowed = hasRole(principalLike(caller), ...access.roles);
            if (allowed && (res.status === 401 || res.status === 403)) problems.push(`${where}, expected the ${access.roles.join('/')} to pass`);
            if (!allowed && res.status !== 403) problems.push(`${where}, expected 403 (only ${access.roles.join('/')})`);
          } else if (access.subject) {
            const sees = ROUTE_SUBJECT_SEES[access.subject]!.includes(caller);
            // After one caller deleted it, the next finds nothing: that is not a refusal.
            if (sees && (res.status === 401 || (res.status === 404 && !gone))) problems.push(`${where}, expected ${caller} to reach their ${access.subject}`);
            if (route.method === 'DELETE' && res.ok) gone = true;
            if (!sees && res.status !== 404 && res.status !== 403) problems.push(`${where}, expected 404/403 for someone else's ${access.subject}`);
          } else if (res.status === 401 || res.status === 403) problems.push(`${where}, expected every signed-in person to pass`);
          const refused = res.status === 401 || res.status === 403 || res.status === 404;
          if (refused && SECRETS.some((secret) => text.includes(secret))) problems.push(`${where} leaks: ${text.slice(0, 200)}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('card verbs', () => {
    let f: Fixtures;
    before(async () => {
      f = await createFixtures(t.app, 'verbs');
    });
    const idOf = (subject: CardSubject): Record<string, string> =>
      ({ 'environment-request': { requestId: f.requestId }, ticket: { ticketId: f.ticketId }, question: { questionId: f.questionId }, story: { storyId: f.storyId }, event: { eventId: f.eventId } })[subject];

    async function press(verb: string, data: Record<string, unknown>, who: PersonKey) {
      const person = PEOPLE[who];
      const from = { id: `29:${who}`, name: person.name, aadObjectId: person.oid };
      const activity = {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `rbac-${verb}-${who}-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: stub.url,
        from,
        recipient: { id: '28:maker-hub-bot', name: 'Maker Hub' },
        conversation: { id: `a:personal-${person.oid}`, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
        value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' },
      };
      const res = await postActivity(t.baseUrl, activity);
      assert.equal(res.status, 200, `${verb} as ${who}`);
      return (res.body as { value?: unknown }).value;
    }
    const denied = async (action: string) => (await t.app.services.store.repos.audit.list({ action: `${action}.denied`, limit: 1000 })).length;

    it('when every verb is pressed by someone who may not see what it names, then the card says "not found", shows nothing of it, and the refusal is audited', async () => {
      const problems: string[] = [];
      for (const [verb, rule] of Object.entries(VERB_RULES) as Array<[CardVerb, (typeof VERB_RULES)[CardVerb]]>) {
        if (!rule.subject) continue;
        for (const who of Object.keys(PEOPLE) as PersonKey[]) {
          if (SEES[rule.subject].includes(who)) continue;
          const before = await denied(rule.action);
          const card = await press(verb, { ...idOf(rule.subject), comment: 'x', answer: 'x', version: 1, response: 'going' }, who);
          const text = cardText(card);
          if (!text.startsWith('Not found')) problems.push(`${verb} as ${who}: "${text.slice(0, 80)}"`);
          if (SECRETS.some((secret) => text.includes(secret))) problems.push(`${verb} as ${who} leaks: ${text.slice(0, 120)}`);
          if ((await denied(rule.action)) !== before + 1) problems.push(`${verb} as ${who}: refusal not audited as ${rule.action}.denied`);
        }
      }
      assert.deepEqual(problems, []);
    });

    it('when a verb needs a role the person lacks but they may see its subject, then it is refused in words, audited, and shows none of the data', async () => {
      const problems: string[] = [];
      for (const [verb, rule] of Object.entries(VERB_RULES) as Array<[CardVerb, (typeof VERB_RULES)[CardVerb]]>) {
        if (!rule.subject || !rule.roles) continue;
        for (const who of SEES[rule.subject]) {
          if (hasRole(principalLike(who), ...rule.roles)) continue;
          const before = await denied(rule.action);
          const text = cardText(await press(verb, { ...idOf(rule.subject), comment: 'x', answer: 'x', version: 1 }, who));
          if (!/^That didn't work\nOnly .+ can do that\.$/.test(text)) problems.push(`${verb} as ${who}: "${text.slice(0, 100)}"`);
          if ((await denied(rule.action)) !== before + 1) problems.push(`${verb} as ${who}: refusal not audited`);
        }
      }
      assert.deepEqual(problems, []);
    });

    it('when the refresh verbs are pressed by someone else, then they are refused and audited too', async () => {
      const before = [await denied('environment.view'), await denied('ask.ticket.view')];
      assert.match(cardText(await press('env.admin.refresh', { requestId: f.requestId }, 'maker')), /^Not found/);
      assert.match(cardText(await press('ask.ticket.refresh', { ticketId: f.ticketId }, 'maker')), /^Not found/);
      assert.deepEqual([await denied('environment.view'), await denied('ask.ticket.view')], [before[0]! + 1, before[1]! + 1]);
    });

    it('when the owner or a permitted role presses a verb, then its handler answers (never the not-found card)', async () => {
      const problems: string[] = [];
      const verbs = Object.entries(VERB_RULES) as Array<[CardVerb, (typeof VERB_RULES)[CardVerb]]>;
      // Deleting runs last: every other verb still finds the story.
      verbs.sort(([a], [b]) => Number(a === 'stories.delete.confirm') - Number(b === 'stories.delete.confirm'));
      for (const [verb, rule] of verbs) {
        if (!rule.subject) continue;
        for (const who of SEES[rule.subject]) {
          if (rule.roles && !hasRole(principalLike(who), ...rule.roles)) continue;
          const text = cardText(await press(verb, { ...idOf(rule.subject), comment: 'Looks fine to me.', answer: 'Use the SQL connector.', version: 1, response: 'going' }, who));
          if (text.startsWith('Not found')) problems.push(`${verb} as ${who} was refused`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });
});
