import assert from 'node:assert/strict';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { postActivity, assertCardSays } from '../helpers/bot-client.js';
import { BOT, CHANNEL, MAKER, TEAM, botAddedToTeam, personalConversation, personalInstall, personalMessage, teamInstall } from '../helpers/activities.js';

describe('bot: install, welcome and uninstall', () => {
  let stub: ConnectorStub;
  let t: TestApp;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    stub.reset();
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('when a maker installs the app, then they get one welcome card and the chat is stored for proactive messages', async () => {
    const res = await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
    assert.equal(res.status, 200);
    const cards = stub.cards(personalConversation().id);
    assert.equal(cards.length, 1);
    assertCardSays(cards[0], `Welcome, ${MAKER.name}!`, 'What can you do?', 'Request an environment');
    assert.equal(cards[0]!.version, '1.5');

    const user = await t.app.services.identity.findUser({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: MAKER.aadObjectId });
    assert.ok(user, 'the maker is registered');
    const personal = await t.app.services.conversations.listInstalled({ scope: 'personal' });
    assert.equal(personal.length, 1);
    assert.equal(personal[0]!.userId, user.id);
    assert.equal(personal[0]!.serviceUrl, stub.url);
    assert.equal((personal[0]!.reference.bot as { id: string }).id, BOT.id);
  });

  it('when the install carries no name and Teams cannot tell it, then the welcome says "Welcome!" and no placeholder name is stored over a real one', async () => {
    await postActivity(t.baseUrl, personalMessage('hi', { serviceUrl: stub.url }));
    stub.reset();
    const install = personalInstall('add', { serviceUrl: stub.url });
    await postActivity(t.baseUrl, { ...install, from: { id: MAKER.id, aadObjectId: MAKER.aadObjectId } });
    assertCardSays(stub.cards()[0], 'Welcome', 'What can you do?');
    const user = await t.app.services.identity.findUser({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: MAKER.aadObjectId });
    assert.equal(user?.displayName, MAKER.name, 'the name from the earlier message is kept');
  });

  it('when the install carries no name, then the welcome asks Teams for the member and greets them by name', async () => {
    stub.members.set(MAKER.id, { id: MAKER.id, name: 'Mia From Teams', aadObjectId: MAKER.aadObjectId });
    const install = personalInstall('add', { serviceUrl: stub.url });
    await postActivity(t.baseUrl, { ...install, from: { id: MAKER.id, aadObjectId: MAKER.aadObjectId } });
    stub.members.clear();
    assertCardSays(stub.cards()[0], 'Welcome, Mia From Teams! 👋');
    const user = await t.app.services.identity.findUser({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: MAKER.aadObjectId });
    assert.equal(user?.displayName, 'Mia From Teams');
  });

  it('when Teams sends the install twice (installationUpdate and conversationUpdate), then the welcome is sent once', async () => {
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, botAddedToTeam({ serviceUrl: stub.url }));
    const cards = stub.cards(CHANNEL.id);
    assert.equal(cards.length, 1);
    assertCardSays(cards[0], 'Hello, makers!', '@mention me');
    const channels = await t.app.services.conversations.listInstalled({ scope: 'channel' });
    assert.deepEqual(channels.map((c) => [c.teamId, c.teamName, c.channelId]), [[TEAM.id, TEAM.name, CHANNEL.id]]);
  });

  it('when the app is removed from a personal chat or a team, then neither is a target any more and both are audited', async () => {
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url }));
    assert.equal((await t.app.services.conversations.listInstalled()).length, 2);

    stub.reset();
    await postActivity(t.baseUrl, personalInstall('remove', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, teamInstall('remove', { serviceUrl: stub.url }));
    assert.equal((await t.app.services.conversations.listInstalled()).length, 0);
    assert.equal(stub.messages().length, 0, 'nothing is sent to a conversation being removed');
    const audit = await t.app.services.store.repos.audit.list({});
    assert.ok(audit.some((a) => a.action === 'conversation.uninstall'));
    assert.ok(audit.some((a) => a.action === 'team.uninstall' && a.entity.id === TEAM.id));
  });

  it('when the app is re-installed after removal, then the chat is reachable again without a second welcome', async () => {
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, personalInstall('remove', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
    assert.equal((await t.app.services.conversations.listInstalled({ scope: 'personal' })).length, 1);
    assert.equal(stub.cards().length, 1);
  });
});
