/**
 * What happened to an environment request reaches a German maker in German: the domain queues the
 * note as parts, and the delivery engine words it in the maker's last seen locale, while the CoE
 * admins' channel card stays English. Through the bot endpoint and the Bot Connector protocol.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ADMIN, CHANNEL, personalConversation, personalInstall, teamInstall } from '../helpers/activities.js';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { APPROVALS_CHANNEL, execute, press, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('delivery: environment request notes in the maker\'s language', function () {
  this.timeout(30_000);
  let stub: ConnectorStub;
  let t: TestApp;
  const makerChat = personalConversation().id;

  beforeEach(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ ENVIRONMENT_APPROVALS_CONVERSATION_ID: APPROVALS_CHANNEL, ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off' });
    await postActivity(t.baseUrl, { ...personalInstall('add', { serviceUrl: stub.url }), locale: 'de-DE' });
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url, from: ADMIN }));
    await deliver();
  });
  afterEach(async () => {
    await t.close();
    await stub.stop();
  });

  const deliver = () => t.app.delivery.worker.runUntilIdle();
  const makerMessages = () => stub.calls.filter((c) => c.conversationId === makerChat && c.method === 'POST' && c.activity?.type === 'message').map((c) => c.activity!);
  const channelCards = () => stub.calls.filter((c) => c.conversationId === CHANNEL.id && (c.method === 'POST' || c.method === 'PUT')).map((c) => cardText(((c.activity?.attachments as Array<{ content: unknown }>) ?? [])[0]?.content));

  /** The German maker sends the form; the admin decides in the channel. Returns the request id. */
  async function submitted(name: string): Promise<string> {
    const res = await postActivity(t.baseUrl, { ...execute('env.submit', { formId: randomUUID(), ...SANDBOX_DRAFT, displayName: name }, { serviceUrl: stub.url }), locale: 'de-DE' });
    assert.equal(res.status, 200);
    await deliver();
    const requests = await t.app.services.environments.service.listAll({ kind: 'system', name: 'test' }, {});
    return requests.find((r) => r.displayName === name)!.id;
  }

  it('when an admin approves with a comment, then the maker reads it in German (card and chat-list summary) and the channel card stays English', async () => {
    const id = await submitted('FIN-Reisekosten');
    stub.reset();
    await press(t.baseUrl, 'env.approve', { requestId: id, comment: 'Viel Erfolg' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    const [message] = makerMessages();
    assert.ok(message, 'the maker got a message');
    const said = /Genehmigt von Ada Admin mit dem Kommentar: „Viel Erfolg“ (Ihre Umgebung wird jetzt erstellt; ich sage Ihnen Bescheid, sobald sie bereit ist\.|Das CoE-Team erstellt Ihre Umgebung und teilt den Link hier\.)/;
    assert.match(String(message.summary), said);
    const card = cardText((message.attachments as Array<{ content: unknown }>)[0]!.content);
    assert.match(card, said);
    assert.doesNotMatch(card, /Approved by|They said/);
    assert.ok(channelCards().some((c) => /Approved by Ada Admin\. They said: “Viel Erfolg”/.test(c)), channelCards().join('\n====\n'));
  });

  it('when an admin rejects, then the maker reads the rejection and the comment in German', async () => {
    const id = await submitted('FIN-Abgelehnt');
    stub.reset();
    await press(t.baseUrl, 'env.reject', { requestId: id, comment: 'Bitte eine Sandbox im Team nutzen' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    const card = cardText((makerMessages()[0]!.attachments as Array<{ content: unknown }>)[0]!.content);
    assert.match(card, /Abgelehnt von Ada Admin: „Bitte eine Sandbox im Team nutzen“/);
    assert.match(card, /Status: Abgelehnt/);
  });
});
