import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { channelMention, MAKER, personalMessage, TENANT } from '../helpers/activities.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { waitFor } from '../helpers/delivery-fakes.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const REPLY_TIMEOUT_MS = 1500;

/** A port nothing listens on (taken and given back), so connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('bot endpoint edge: bounded identity fields (defect 9) and a bounded turn (defect 10)', function () {
  let t: TestApp;
  let stub: ConnectorStub;

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ BOT_REPLY_TIMEOUT_MS: String(REPLY_TIMEOUT_MS), DELIVERY_POLL_MS: '20', DELIVERY_BACKOFF_BASE_MS: '20', DELIVERY_BACKOFF_MAX_MS: '50' });
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });
  beforeEach(() => stub.reset());

  const db = () => t.app.services.store.handle.db;
  const usersOf = async (aadObjectId: string) => db().selectFrom('users').selectAll().where('aad_object_id', '=', aadObjectId).execute();

  it('when a name of 99,000 characters arrives, then the turn is served and the stored name is cut to 256', async () => {
    const long = { ...MAKER, name: 'N'.repeat(99_000) };
    const res = await postActivity(t.baseUrl, personalMessage('help', { serviceUrl: stub.url, from: long }));
    assert.equal(res.status, 200);
    const [user] = await usersOf(MAKER.aadObjectId);
    assert.equal(user?.display_name.length, 256);
  });

  const forged: Array<[string, (a: ReturnType<typeof personalMessage>) => unknown, string]> = [
    ['aadObjectId is not a GUID', (a) => ({ ...a, from: { ...a.from, aadObjectId: 'robert); drop table users;--' } }), 'from.aadObjectId'],
    ['the conversation id has 3,000 characters', (a) => ({ ...a, conversation: { ...a.conversation, id: `a:${'c'.repeat(3000)}` } }), 'conversation.id'],
    ['the tenant id is not a GUID', (a) => ({ ...a, channelData: { tenant: { id: 'contoso' } } }), 'channelData.tenant.id'],
    ['the sender id has 10,000 characters', (a) => ({ ...a, from: { ...a.from, id: `29:${'x'.repeat(10_000)}` } }), 'from.id'],
  ];
  for (const [when, forge, field] of forged) {
    it(`when ${when}, then the activity is refused with 400 naming ${field}, and nothing is stored`, async () => {
      const usersBefore = (await db().selectFrom('users').select('id').execute()).length;
      const conversationsBefore = (await db().selectFrom('conversations').select('id').execute()).length;
      const res = await postActivity(t.baseUrl, forge(personalMessage('help', { serviceUrl: stub.url })));
      assert.equal(res.status, 400);
      assert.match(String((res.body as { error: { message: string } }).error.message), new RegExp(field.replace(/\./g, '\\.')));
      assert.equal((await db().selectFrom('users').select('id').execute()).length, usersBefore);
      assert.equal((await db().selectFrom('conversations').select('id').execute()).length, conversationsBefore);
      assert.equal(stub.calls.length, 0, 'no reply');
    });
  }

  it('when the serviceUrl is unreachable, then the request ends within the reply timeout and the reply waits in the outbox', async () => {
    const deadUrl = `http://127.0.0.1:${await closedPort()}/`;
    const started = Date.now();
    const res = await postActivity(t.baseUrl, personalMessage('help', { serviceUrl: deadUrl }));
    const took = Date.now() - started;
    assert.equal(res.status, 200);
    // Before: botbuilder retried the reply for about 11 s. The bound is the setting plus slack for a loaded machine.
    assert.ok(took < REPLY_TIMEOUT_MS + 3000, `the request took ${took} ms`);
    const queued = await db().selectFrom('outbox').select(['template', 'conversation_id']).where('template', '=', 'notice.reply').execute();
    assert.deepEqual(queued.map((q) => q.conversation_id), [`a:personal-${MAKER.aadObjectId}`]);
  });

  it('when the Bot Connector refuses the inline reply with 503, then the person still gets it, once, through the outbox', async () => {
    const other = { ...MAKER, id: '29:other', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Dora Dev' };
    stub.failNext({ status: 503 });
    const res = await postActivity(t.baseUrl, personalMessage('help', { serviceUrl: stub.url, from: other }));
    assert.equal(res.status, 200);
    const chat = `a:personal-${other.aadObjectId}`;
    const row = await waitFor(
      async () => (await db().selectFrom('outbox').select(['state', 'template']).where('conversation_id', '=', chat).where('state', '=', 'sent').executeTakeFirst()) ?? undefined,
      'the reply delivered by the outbox',
      15_000,
      20,
    );
    assert.deepEqual(row, { state: 'sent', template: 'notice.reply' });
    assert.equal(stub.messages(chat).length, 1, 'exactly one copy');
  });

  it('when the Bot Connector accepts the connection but never answers, then the request still ends within the reply timeout and the reply is queued for later', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer(() => undefined);
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      const who = { ...MAKER, id: '29:silent', aadObjectId: '00000000-0000-0000-0000-00000000d005', name: 'Sid Silent' };
      const started = Date.now();
      const res = await postActivity(t.baseUrl, personalMessage('help', { serviceUrl: url, from: who }));
      assert.equal(res.status, 200);
      assert.ok(Date.now() - started < REPLY_TIMEOUT_MS + 3000, `the request took ${Date.now() - started} ms`);
      const [row] = await db().selectFrom('outbox').select(['state', 'not_before']).where('conversation_id', '=', `a:personal-${who.aadObjectId}`).execute();
      assert.equal(row?.state, 'queued');
      assert.ok(row?.not_before && Date.parse(row.not_before) > Date.now(), 'it waits until the slow call had its chance');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('when a channel post does not @mention the bot (RSC delivers every post), then it is ignored: no reply, nothing stored about its author', async () => {
    const quiet = { ...MAKER, id: '29:quiet', aadObjectId: '00000000-0000-0000-0000-00000000d006', name: 'Quinn Quiet' };
    const post = channelMention('what is a DLP policy?', { serviceUrl: stub.url, from: quiet });
    const res = await postActivity(t.baseUrl, { ...post, text: 'lunch anyone?', entities: [] });
    assert.equal(res.status, 200);
    assert.equal(stub.calls.length, 0, 'no reply');
    assert.deepEqual(await usersOf(quiet.aadObjectId), []);
    await postActivity(t.baseUrl, post);
    assert.equal(stub.messages().length, 1, 'an @mention is answered');
  });

  it('when the tenant of an activity is a GUID but not allowed, then nothing about the person is stored', async () => {
    const app = await startTestApp({ ALLOWED_TENANTS: '00000000-0000-0000-0000-0000000000bb' });
    try {
      const res = await postActivity(app.baseUrl, personalMessage('help', { serviceUrl: stub.url }));
      assert.equal(res.status, 200);
      assert.equal((await app.app.services.store.handle.db.selectFrom('users').select('id').where('tenant_id', '=', TENANT).execute()).length, 0);
    } finally {
      await app.close();
    }
  });
});
