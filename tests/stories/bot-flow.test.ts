import assert from 'node:assert/strict';
import { ADMIN, MAKER, personalConversation, personalInstall, personalMessage, teamInstall, TENANT } from '../helpers/activities.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { buttons, inputValue, press } from '../helpers/environment-requests.js';
import { CHAMPION, COLLEAGUE, MODERATORS_CHANNEL, moderatorsChannelInstall, SHOWCASE_CHANNEL, STORY_FORM, STORY_SETTINGS, submitStory } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Card = Record<string, unknown>;

/**
 * A story's whole life through /api/messages, as Teams drives it: the form in chat, a refused and
 * a corrected submission, the review card in the champions' channel (with role checks), changes
 * requested and made, publication to the showcase channel, kudos, an edit and the deletion — and
 * every channel card kept current by the delivery engine against a Bot Connector stand-in.
 */
describe('stories in Teams: submit, review, publish, kudos, edit and delete (protocol)', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  let storyId: string;
  const makerChat = personalConversation(MAKER).id;
  const opts = (from = MAKER, inChannel = false) => ({ serviceUrl: stub.url, from, inChannel });
  const deliver = () => t.app.delivery.worker.runUntilIdle();
  const calls = (conversationId: string, method: 'POST' | 'PUT') => stub.calls.filter((c) => c.conversationId === conversationId && c.method === method);
  const cardOf = (activity: Card | null) => ((activity?.attachments as Array<{ content: Card }>) ?? [])[0]?.content;
  const lastCard = (conversationId: string, method: 'POST' | 'PUT') => cardOf(calls(conversationId, method).at(-1)?.activity ?? null)!;
  const verbOf = (card: Card, title: string) => ((card.actions as Array<{ title: string; verb?: string; data?: Card }>) ?? []).find((a) => a.title === title);

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp(STORY_SETTINGS);
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url, from: MAKER }));
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url, from: ADMIN }));
    await postActivity(t.baseUrl, moderatorsChannelInstall({ serviceUrl: stub.url, from: ADMIN }));
    await t.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: CHAMPION.aadObjectId, displayName: CHAMPION.name }, 'champion');
    await deliver();
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });
  beforeEach(() => stub.reset());

  it('when a maker types "share a story", then the form card asks for every field and offers one submit button', async () => {
    await postActivity(t.baseUrl, personalMessage('share a story', opts()));
    const [form] = stub.cards();
    assertCardSays(form, 'Share a success story', 'Title', 'The problem', 'What you built', 'Products used', 'Hours saved per month', 'People served', 'Cost avoided per year', 'Team or department', 'Image address (optional, https)');
    assert.deepEqual(buttons(form!), ['Submit story']);
    assert.equal(verbOf(form!, 'Submit story')?.verb, 'stories.submit');
    assert.equal(form!.version, '1.5');
    assert.ok(JSON.stringify(form).length < 28_000);
  });

  it('when the maker submits answers that break the rules, then the same form comes back with the answers kept, each error under its field, and nothing is stored', async () => {
    const bad = { ...STORY_FORM, title: 'Hi', imageUrl: 'http://insecure.example/x.png', linkUrl: 'javascript:alert(1)', products: '', costAvoided: '500', currency: '' };
    const card = await submitStory(t.baseUrl, bad, { ...opts(), submissionKey: 'form-key-invalid-1' });
    assertCardSays(card, 'Some answers need another look', 'at least 5 characters', 'Only https:// addresses are allowed here.', 'Only http:// or https:// addresses', 'Pick at least one product', 'Which currency');
    for (const [field, value] of Object.entries(bad)) if (value) assert.equal(inputValue(card, field), value, `${field} is kept`);
    assert.equal((verbOf(card, 'Submit story')?.data as Card).submissionKey, 'form-key-invalid-1', 'the corrected form is still the same submission');
    assert.deepEqual(await t.app.services.stories.mine((await t.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: MAKER.aadObjectId, displayName: MAKER.name }))), []);
  });

  it('when the maker submits a valid story (twice, by double click), then one story waits for review and one review card goes to the champions', async () => {
    const thanks = await submitStory(t.baseUrl, STORY_FORM, { ...opts(), submissionKey: 'form-key-valid-1' });
    assertCardSays(thanks, 'Thanks! Your story is with the CoE champions', 'Expense approvals in one flow', 'Waiting for review');
    assert.deepEqual(buttons(thanks), ['Edit story', 'Delete', 'Open in Maker Hub']);
    const again = await submitStory(t.baseUrl, STORY_FORM, { ...opts(), submissionKey: 'form-key-valid-1' });
    assertCardSays(again, 'You already sent this form');
    storyId = (verbOf(thanks, 'Edit story')!.data as { storyId: string }).storyId;

    await deliver();
    assert.equal(calls(MODERATORS_CHANNEL, 'POST').length, 1);
    const review = lastCard(MODERATORS_CHANNEL, 'POST');
    assertCardSays(review, 'Success story waiting for review', 'Expense approvals in one flow', 'Mia Maker', 'Finance', '40 hours a month', '12,000 EUR', 'Power Apps, Power Automate');
    assert.deepEqual(buttons(review), ['Approve and publish', 'Request changes', 'Decline', 'Open in Maker Hub']);
    assert.equal(calls(SHOWCASE_CHANNEL, 'POST').length, 0, 'nothing is published before review');
    assert.equal(stub.cards(makerChat).length, 0, 'the maker read the outcome in their own reply');
  });

  it('when a maker (not a champion) presses Approve on a pending story, then the card says not found and shows nothing of it, nothing changes and the refusal is audited', async () => {
    const story = (await t.app.services.stories.find(storyId))!;
    const card = await press(t.baseUrl, 'stories.approve', { storyId, version: story.version, comment: 'ok' }, opts(COLLEAGUE, true));
    assertCardSays(card, 'Not found');
    assert.ok(!/Expense approvals|Approve and publish|Mia Maker/.test(cardText(card)), 'the card shows nothing of the pending story');
    assert.equal((await t.app.services.stories.find(storyId))?.status, 'pending');
    const denied = await t.app.services.store.repos.audit.list({ action: 'story.approve.denied' });
    assert.equal(denied.length, 1);
    await deliver();
    assert.equal(stub.calls.length, 0, 'a refusal sends nothing');
  });

  it('when a champion asks for changes, then a note is required, the author gets it in chat and the review card is updated for everyone', async () => {
    const version = (await t.app.services.stories.find(storyId))!.version;
    const noNote = await press(t.baseUrl, 'stories.request-changes', { storyId, version, comment: '  ' }, opts(CHAMPION, true));
    assertCardSays(noNote, 'Tell the author what to change.');
    const note = 'Please add how many people use it — and a screenshot <b>if you can</b>.';
    const decided = await press(t.baseUrl, 'stories.request-changes', { storyId, version, comment: note }, opts(CHAMPION, true));
    assertCardSays(decided, 'Changes requested', 'Chris Champion', 'You sent “Expense approvals in one flow” back to Mia Maker');
    assert.deepEqual(buttons(decided), ['Open in Maker Hub'], 'a decided card offers no decisions');

    await deliver();
    assert.equal(calls(MODERATORS_CHANNEL, 'PUT').length, 1);
    assert.ok(calls(MODERATORS_CHANNEL, 'PUT')[0]!.activityId, 'the update names the posted card');
    const toAuthor = stub.cards(makerChat);
    assert.equal(toAuthor.length, 1);
    assertCardSays(toAuthor[0], 'Your story needs a few changes', 'Note from Chris Champion', 'Edit story');
    assert.ok(cardText(toAuthor[0]).includes('\\<b\\>if you can\\</b\\>'), 'the note is shown as typed, not as markup');
  });

  it('when the author edits the returned story, then the form is prefilled and saving sends it back for review with a fresh review card', async () => {
    const form = await press(t.baseUrl, 'stories.edit', { storyId }, opts());
    assertCardSays(form, 'Edit your success story');
    assert.equal(inputValue(form, 'title'), STORY_FORM.title);
    assert.equal(inputValue(form, 'products'), 'power-apps,power-automate');
    const data = verbOf(form, 'Save changes')!.data as Card;
    const saved = await press(t.baseUrl, 'stories.save', { ...data, ...STORY_FORM, peopleServed: '300' }, opts());
    assertCardSays(saved, 'Thanks! Your story is with the CoE champions', 'Your changes are saved.');

    const stale = await press(t.baseUrl, 'stories.save', { ...data, ...STORY_FORM, title: 'From the old form' }, opts());
    assertCardSays(stale, 'This story changed since you opened it');
    assert.equal(inputValue(stale, 'title'), 'From the old form', 'the answers of a stale form are kept');

    await deliver();
    assert.equal(calls(MODERATORS_CHANNEL, 'POST').length, 1, 'back in the queue: a new card where moderators look');
    assertCardSays(lastCard(MODERATORS_CHANNEL, 'POST'), 'Success story waiting for review', '300');
  });

  it('when a champion approves, then the story is posted to the showcase channel with a kudos button, and the author hears of it', async () => {
    const version = (await t.app.services.stories.find(storyId))!.version;
    const card = await press(t.baseUrl, 'stories.approve', { storyId, version, comment: '' }, opts(CHAMPION, true));
    assertCardSays(card, 'Published', 'Chris Champion', 'You published “Expense approvals in one flow”. It is in the showcase now and Mia Maker is told');
    assert.ok(buttons(card).includes('Open in Maker Hub'), 'the confirmation links to the story');

    await deliver();
    assert.equal(calls(SHOWCASE_CHANNEL, 'POST').length, 1);
    const posted = lastCard(SHOWCASE_CHANNEL, 'POST');
    assertCardSays(posted, 'Success story', 'Expense approvals in one flow', 'Shared by Mia Maker', 'The problem', 'What they built', '300', 'Read the full story', 'See it in action');
    assert.equal(verbOf(posted, '👏 Give kudos')?.verb, 'stories.kudos');
    assert.ok(((posted.body as Card[]).find((e) => e.type === 'Image') as Card).url === STORY_FORM.imageUrl);
    assert.ok(JSON.stringify(posted).length < 28_000, 'well under the message size limit');
    assert.ok((posted.actions as unknown[]).length <= 6);
    assertCardSays(stub.cards(makerChat)[0], 'Your story is published');
    assert.equal(calls(MODERATORS_CHANNEL, 'PUT').length, 1, 'the review card shows the decision');
    assert.doesNotMatch(cardText(lastCard(MODERATORS_CHANNEL, 'PUT')), /You published/, "the confirmation is the clicker's, not the channel's");
  });

  it('when people give kudos, then the clicker sees the new count at once, the channel card updates in place, and a second press takes it back', async () => {
    const first = await press(t.baseUrl, 'stories.kudos', { storyId }, opts(COLLEAGUE, true));
    assert.ok(buttons(first).includes('👏 Kudos · 1'));
    assertCardSays(first, 'You gave kudos');
    await press(t.baseUrl, 'stories.kudos', { storyId }, opts(ADMIN, true));
    const back = await press(t.baseUrl, 'stories.kudos', { storyId }, opts(COLLEAGUE, true));
    assert.ok(buttons(back).includes('👏 Kudos · 1'));
    assertCardSays(back, 'You took your kudos back');
    assert.equal((await t.app.services.stories.find(storyId))?.kudosCount, 1);

    await deliver();
    const updates = calls(SHOWCASE_CHANNEL, 'PUT');
    assert.ok(updates.length >= 1, 'the channel card was updated');
    assert.ok(updates.every((u) => u.activityId !== null));
    assert.ok(buttons(lastCard(SHOWCASE_CHANNEL, 'PUT')).includes('👏 Kudos · 1'), 'everyone sees the final count');
    assertCardSays(lastCard(SHOWCASE_CHANNEL, 'PUT'), 'Kudos from Ada Admin');
    assert.equal(calls(SHOWCASE_CHANNEL, 'POST').length, 0, 'updated in place, never posted again');
    // The author hears once per giver in their chat: Omar's give-take-give... is not a stream of pings.
    const notes = stub.cards(makerChat).filter((c) => JSON.stringify(c).includes('Your story got kudos'));
    assert.equal(notes.length, 2, 'one note for Omar, one for Ada');
    assertCardSays(notes[1], 'Ada Admin gave your story kudos');
  });

  it('when the author presses kudos on their own story, then it is refused with the reason on the card, and nothing is counted', async () => {
    const own = await press(t.baseUrl, 'stories.kudos', { storyId }, opts(MAKER, true));
    assertCardSays(own, 'cannot give kudos to your own story', 'Expense approvals in one flow', 'Kudos from Ada Admin');
    assert.ok(buttons(own).includes('👏 Kudos · 1'), 'the card stays the story, with the count unchanged');
    assert.equal((await t.app.services.stories.find(storyId))?.kudosCount, 1);
    await deliver();
    assert.equal(calls(SHOWCASE_CHANNEL, 'PUT').length, 0, 'nothing changed, so no channel update');
  });

  it('when someone other than the author tries to edit or delete, then they are refused and the attempts are audited', async () => {
    const version = (await t.app.services.stories.find(storyId))!.version;
    const edit = await press(t.baseUrl, 'stories.edit', { storyId }, opts(COLLEAGUE));
    assertCardSays(edit, "You can't edit this story", 'Only its author');
    const save = await press(t.baseUrl, 'stories.save', { submissionKey: 'forged-key-1', storyId, version, ...STORY_FORM, title: 'Hijacked!' }, opts(COLLEAGUE));
    assertCardSays(save, 'Only the author can change this story.');
    const remove = await press(t.baseUrl, 'stories.delete.confirm', { storyId }, opts(COLLEAGUE));
    assertCardSays(remove, 'Only the author, a champion or a CoE admin can do that.');
    assert.equal((await t.app.services.stories.find(storyId))?.title, STORY_FORM.title);
    const audit = (await t.app.services.store.repos.audit.list({ entity: { type: 'story', id: storyId } })).map((e) => e.action);
    assert.ok(audit.includes('story.update.denied') && audit.includes('story.delete.denied'));
  });

  it('when the author edits the published story, then it stays published and the channel card shows the new text', async () => {
    const form = await press(t.baseUrl, 'stories.edit', { storyId }, opts());
    const saved = await press(t.baseUrl, 'stories.save', { ...(verbOf(form, 'Save changes')!.data as Card), ...STORY_FORM, title: 'Expense approvals, now on mobile', peopleServed: '300' }, opts());
    assertCardSays(saved, 'Your story is published', 'Expense approvals, now on mobile');
    await deliver();
    assertCardSays(lastCard(SHOWCASE_CHANNEL, 'PUT'), 'Expense approvals, now on mobile', '👏 Kudos · 1');
    assert.equal(calls(SHOWCASE_CHANNEL, 'POST').length, 0);
  });

  it('when the maker types "my stories", then their stories are listed with status and kudos', async () => {
    await postActivity(t.baseUrl, personalMessage('my stories', opts()));
    assertCardSays(stub.cards()[0], 'Your stories', 'Expense approvals, now on mobile', 'Published', '👏 1', 'Edit', 'Delete');
  });

  it('when the author deletes the story, then they confirm first, the channel card is replaced and kudos on the old card find nothing', async () => {
    const confirm = await press(t.baseUrl, 'stories.delete', { storyId }, opts());
    assertCardSays(confirm, 'Delete this story?', 'Yes, delete it', 'Keep it');
    const kept = await press(t.baseUrl, 'stories.show', { storyId }, opts());
    assertCardSays(kept, 'Your story is published');
    const gone = await press(t.baseUrl, 'stories.delete.confirm', { storyId }, opts());
    assertCardSays(gone, 'Your story was deleted');
    await deliver();
    const replaced = lastCard(SHOWCASE_CHANNEL, 'PUT');
    assertCardSays(replaced, 'This story was removed');
    assert.ok(!cardText(replaced).includes('Expense'), 'nothing of the story remains on the card');
    const late = await press(t.baseUrl, 'stories.kudos', { storyId }, opts(COLLEAGUE, true));
    assertCardSays(late, 'This story was removed');
    assert.equal((await t.app.services.stories.gallery((await t.app.services.identity.signIn({ tenantId: TENANT, aadObjectId: ADMIN.aadObjectId, displayName: ADMIN.name })), {})).stories.length, 0);
  });

  it('when a card sends forged or stale data, then the person gets a clear card and nothing changes', async () => {
    const forged = await press(t.baseUrl, 'stories.kudos', { storyId: 'not-a-uuid' }, opts(COLLEAGUE, true));
    assertCardSays(forged, 'This card is out of date');
    const oversized = await submitStory(t.baseUrl, { ...STORY_FORM, problem: 'x'.repeat(50_000) }, opts());
    assertCardSays(oversized, 'This card is out of date');
    const unknown = await press(t.baseUrl, 'stories.show', { storyId: '00000000-0000-4000-8000-000000000000' }, opts());
    assertCardSays(unknown, 'Not found');
  });
});
