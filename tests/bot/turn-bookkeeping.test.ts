import assert from 'node:assert/strict';
import { forgetOnFailure } from '../../bot/delivery/runtime.js';
import type { Conversation } from '../../src/domain/conversations/types.js';
import { TransportError, type Transport } from '../../src/domain/delivery/transport.js';
import { textNotice } from '../../src/domain/delivery/service.js';
import { waitFor } from '../helpers/delivery-fakes.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ADMIN, MAKER, TENANT, personalConversation, personalMessage } from '../helpers/activities.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { ManualClock } from '../helpers/training-events.js';

const OPERATOR = { kind: 'operator', name: 'test' } as const;
const MAKER_REF = { tenantId: TENANT, aadObjectId: MAKER.aadObjectId };

describe('bot: per-turn sign-in and conversation record', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  let clock: ManualClock;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    stub.reset();
    clock = new ManualClock(new Date());
    t = await startTestApp({}, { clock });
  });
  afterEach(async () => t.close());

  const say = async (text: string, from = MAKER) => {
    stub.reset();
    const res = await postActivity(t.baseUrl, personalMessage(text, { serviceUrl: stub.url, from }));
    assert.equal(res.status, 200);
    return stub.cards()[0];
  };

  it('when a maker writes twice within a minute, then the second turn writes neither the user nor the conversation', async () => {
    await say('help');
    const seen = clock.now().toISOString();
    const user = await t.app.services.identity.findUser(MAKER_REF);
    const conversation = await t.app.services.store.repos.conversations.find(personalConversation().id);
    assert.equal(user?.lastSeenAt, seen);
    assert.equal(conversation?.updatedAt, seen);

    clock.advance(20_000);
    await say('help');
    assert.equal((await t.app.services.identity.findUser(MAKER_REF))?.lastSeenAt, seen, 'last_seen_at: not written again within the TTL');
    assert.equal((await t.app.services.store.repos.conversations.find(personalConversation().id))?.updatedAt, seen);

    clock.advance(41_000);
    await say('help');
    assert.equal((await t.app.services.identity.findUser(MAKER_REF))?.lastSeenAt, clock.now().toISOString(), 'written again once the minute is over');
  });

  it('when a maker is made coe-admin between two turns, then the next turn has the role, and loses it when it is revoked', async () => {
    await t.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: ADMIN.aadObjectId, displayName: ADMIN.name });
    assert.doesNotMatch(cardText(await say('help')), /Announce an event/);
    await t.app.services.identity.grantRole({ actor: OPERATOR }, MAKER_REF, 'coe-admin');
    assertCardSays(await say('help'), 'Announce an event');
    await t.app.services.identity.revokeRole({ actor: OPERATOR }, MAKER_REF, 'coe-admin');
    assert.doesNotMatch(cardText(await say('help')), /Announce an event/);
  });

  it('when Teams sends a new display name, then the next turn stores it at once', async () => {
    await say('help');
    clock.advance(1_000);
    await say('help', { ...MAKER, name: 'Mia Müller' });
    const user = await t.app.services.identity.findUser(MAKER_REF);
    assert.equal(user?.displayName, 'Mia Müller');
    assert.equal(user?.lastSeenAt, clock.now().toISOString());
  });

  it('when Teams refuses a proactive message to a conversation, then the conversation is forgotten, so its next turn clears the unreachable mark', async () => {
    const forgotten: string[] = [];
    const refusing: Transport = {
      send: async () => {
        throw new TransportError('blocked', { status: 403 });
      },
      update: async () => undefined,
      delete: async () => undefined,
    };
    const watched = forgetOnFailure(refusing, (id) => forgotten.push(id));
    await assert.rejects(watched.send({ id: 'a:1' } as Conversation, { idempotencyKey: 'k', template: 't', payload: {} }), TransportError);
    await watched.update({ id: 'a:2' } as Conversation, 'x', { idempotencyKey: 'k', template: 't', payload: {} });
    assert.deepEqual(forgotten, ['a:1']);

    // End to end: a turn records the chat; Teams refuses the next proactive message there (the user
    // blocked the app); the user unblocks and writes within the minute: that turn clears the mark.
    await say('help');
    const id = personalConversation().id;
    stub.failNext({ status: 403, body: { error: { code: 'MessageWritesBlocked', message: 'blocked' } } });
    await t.app.services.delivery.enqueue(textNotice({ key: 'reminder-1', conversationId: id, text: 'Reminder' }));
    await waitFor(async () => (await t.app.services.store.repos.conversations.find(id))?.unreachableAt, 'the chat to be marked unreachable');
    clock.advance(5_000);
    await say('help');
    assert.equal((await t.app.services.store.repos.conversations.find(id))?.unreachableAt, null);
  });
});
