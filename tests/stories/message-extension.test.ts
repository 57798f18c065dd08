import assert from 'node:assert/strict';
import { MAKER, TENANT } from '../helpers/activities.js';
import { assertCardSays, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { inputValue } from '../helpers/environment-requests.js';
import { CHAMPION, extensionInvoke, STORY_FORM, STORY_SETTINGS } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Card = Record<string, unknown>;
interface TaskResponse {
  task?: { type: 'continue' | 'message'; value: string | { title: string; card: { contentType: string; content: Card } } };
  composeExtension?: { type: string; attachments: Array<{ contentType: string; content: Card; preview?: unknown }> };
}

/** "Share a success story" from the compose box: composeExtension/fetchTask → the dialog → composeExtension/submitAction. */
describe('stories from the compose box: the shareStory action command (protocol)', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  const opts = (from = MAKER) => ({ serviceUrl: stub.url, from });

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp(STORY_SETTINGS);
    await t.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: CHAMPION.aadObjectId, displayName: CHAMPION.name }, 'champion');
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  async function send(name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: Card, from = MAKER): Promise<TaskResponse> {
    const res = await postActivity(t.baseUrl, extensionInvoke(name, value, opts(from)));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as TaskResponse;
  }

  /** The dialog's form card from a `task: continue` answer. */
  function dialogCard(body: TaskResponse): Card {
    assert.equal(body.task?.type, 'continue', JSON.stringify(body));
    const value = body.task!.value as { title: string; card: { contentType: string; content: Card } };
    assert.equal(value.title, 'Share a success story');
    assert.equal(value.card.contentType, 'application/vnd.microsoft.card.adaptive');
    return value.card.content;
  }

  it('when a maker opens the command from the compose box, then a dialog shows the story form with a plain submit button', async () => {
    const form = dialogCard(await send('composeExtension/fetchTask', {}));
    assertCardSays(form, 'Share a success story', 'Title', 'Products used', 'Team or department');
    const [submit] = form.actions as Array<{ type: string; title: string; data: { submissionKey: string } }>;
    assert.equal(submit!.type, 'Action.Submit', 'dialogs submit with Action.Submit (composeExtension/submitAction)');
    assert.match(submit!.data.submissionKey, /^[0-9a-f-]{36}$/);
  });

  it('when it is started from a message, then the message text (without its HTML) is the first draft of "What you built"', async () => {
    const messagePayload = { body: { contentType: 'html', content: '<p>We built a <b>Copilot Studio</b> agent &amp; it answers HR questions.</p><p>Saves <i>hours</i>!</p>' } };
    const form = dialogCard(await send('composeExtension/fetchTask', { commandContext: 'message', messagePayload }));
    assert.equal(inputValue(form, 'solution'), 'We built a Copilot Studio agent & it answers HR questions.\nSaves hours!');
  });

  it('when the dialog is submitted with mistakes, then the same dialog returns with the answers kept and the errors under the fields', async () => {
    const data = { submissionKey: '11111111-2222-4333-8444-555555555555', ...STORY_FORM, department: '', hoursSavedPerMonth: 'many', imageUrl: 'ftp://example.com/a.png' };
    const form = dialogCard(await send('composeExtension/submitAction', { data }));
    assertCardSays(form, 'Some answers need another look', 'Please add your team or department.', 'Enter hours as a number', 'Only https:// addresses are allowed here.');
    assert.equal(inputValue(form, 'title'), STORY_FORM.title);
    assert.equal(inputValue(form, 'imageUrl'), 'ftp://example.com/a.png');
    assert.equal((form.actions as Array<{ data: { submissionKey: string } }>)[0]!.data.submissionKey, data.submissionKey);
    assert.equal((await t.app.services.stories.impactTotals()).stories, 0);
  });

  it('when a maker submits a valid story, then the dialog closes with a thank-you and the story waits for review', async () => {
    const body = await send('composeExtension/submitAction', { data: { submissionKey: '21111111-2222-4333-8444-555555555555', ...STORY_FORM } });
    assert.equal(body.task?.type, 'message');
    assert.match(String(body.task?.value), /with the CoE champions for review/);
    const maker = await t.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: MAKER.aadObjectId, displayName: MAKER.name });
    assert.deepEqual((await t.app.services.stories.mine(maker)).map((v) => v.story.status), ['pending']);
  });

  it('when a champion submits, then the published story card is offered for the conversation, well under the 28 KB limit', async () => {
    const body = await send('composeExtension/submitAction', { data: { submissionKey: '31111111-2222-4333-8444-555555555555', ...STORY_FORM, title: 'Champion story goes live' } }, CHAMPION);
    assert.equal(body.composeExtension?.type, 'result');
    const [attachment] = body.composeExtension!.attachments;
    assert.equal(attachment!.contentType, 'application/vnd.microsoft.card.adaptive');
    assertCardSays(attachment!.content, 'Champion story goes live', '👏 Give kudos');
    assert.ok(attachment!.preview, 'a preview for the compose box');
    assert.ok(JSON.stringify(body).length < 28_000);
  });

  it('when the dialog sends forged data, then it answers with a message and stores nothing', async () => {
    const body = await send('composeExtension/submitAction', { data: { title: 'No submission key' } });
    assert.equal(body.task?.type, 'message');
    assert.match(String(body.task?.value), /could not be read/);
  });
});
