import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { IdentityService } from '../../src/domain/identity/service.js';
import { userChange, type Principal, type UserChange } from '../../src/domain/identity/types.js';
import type { Clock } from '../../src/domain/shared/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/domain/shared/errors.js';
import { storyLinks, type StorySettings } from '../../src/domain/stories/context.js';
import { uploadImage } from '../../src/domain/stories/images.js';
import { StoryService } from '../../src/domain/stories/service.js';
import type { StoryDraft } from '../../src/domain/stories/validation.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { TINY_PNG } from '../helpers/stories.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';
const MIA = '00000000-0000-0000-0000-00000000b002';
const CHRIS = '00000000-0000-0000-0000-00000000c003';
const OMAR = '00000000-0000-0000-0000-00000000d004';

/** A valid story; tests change what they are about. */
export function storyDraft(overrides: StoryDraft = {}): StoryDraft {
  return {
    title: 'Expense approvals in one flow',
    problem: 'Expense reports went round by email and took two weeks to approve.',
    solution: 'A Power Apps form with a Power Automate approval flow and a Power BI report.',
    products: 'power-apps,power-automate',
    hoursSavedPerMonth: '40',
    peopleServed: '250',
    costAvoided: '12000',
    currency: 'EUR',
    department: 'Finance',
    imageUrl: 'https://contoso.example/expenses.png',
    linkUrl: 'https://contoso.sharepoint.example/sites/finance/expenses',
    ...overrides,
  };
}

/**
 * The success story contract on a real database, run unchanged on SQLite and PostgreSQL (PGlite and
 * a server): submission, validation, moderation, kudos, edits, deletion, the gallery's filters and totals.
 */
export function storiesStorageSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`stories on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let stories: StoryService;
    let now = new Date('2026-03-02T09:00:00.000Z');
    const clock: Clock = { now: () => now };
    let mia: Principal;
    let omar: Principal;
    let chris: Principal;
    let ada: Principal;
    const settings: StorySettings = { showcaseConversationIds: [], moderationConversationId: null, moderatorsPublishDirectly: true, currencies: ['USD', 'EUR', 'GBP'] };
    const as = (principal: Principal): UserChange => (userChange(principal));
    const storyUrl = (id: string) => `http://localhost:3978/stories/${id}`;

    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      store = new SqlStore(await openDatabase(opened.config));
      await migrateToLatest(store.handle.db);
      now = new Date('2026-03-02T09:00:00.000Z');
      const identity = new IdentityService(store, clock, { initialAdmins: [ADA] });
      ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada Admin' });
      await identity.grantRole({ actor: { kind: 'user', principal: ada } }, { tenantId: TENANT, aadObjectId: CHRIS, displayName: 'Chris Champion' }, 'champion');
      chris = await identity.signIn({ tenantId: TENANT, aadObjectId: CHRIS, displayName: 'Chris Champion' });
      mia = await identity.signIn({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia Maker' });
      omar = await identity.signIn({ tenantId: TENANT, aadObjectId: OMAR, displayName: 'Omar Ops' });
      stories = new StoryService({ store, clock, settings: { ...settings }, storyUrl, publicOrigin: 'https://hub.contoso.example' });
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    it('when a maker submits a story, then it waits for review, is audited, and the same form sent twice is one story', async () => {
      const first = await stories.submit(as(mia), storyDraft(), 'form-1');
      assert.equal(first.created, true);
      assert.equal(first.story.status, 'pending');
      assert.equal(first.story.authorName, 'Mia Maker');
      assert.deepEqual(first.story.products, ['power-apps', 'power-automate']);
      assert.equal(first.story.hoursSavedPerMonth, 40);
      assert.equal(first.story.costAvoided, 12000);
      assert.equal(first.story.publishedAt, null);
      const again = await stories.submit(as(mia), storyDraft({ title: 'Something else entirely' }), 'form-1');
      assert.equal(again.created, false);
      assert.equal(again.story.id, first.story.id);
      const [both1, both2] = await Promise.all([stories.submit(as(mia), storyDraft(), 'form-2'), stories.submit(as(mia), storyDraft(), 'form-2')]);
      assert.equal(both1.story.id, both2.story.id, 'a double click at the same moment is one story');
      assert.equal((await stories.mine(mia)).length, 2);
      const audit = await store.repos.audit.list({ entity: { type: 'story', id: first.story.id } });
      assert.deepEqual(audit.map((a) => a.action), ['story.submit']);
      assert.equal((audit[0]!.after as { title: string }).title, 'Expense approvals in one flow');
    });

    it('when a draft breaks the rules, then every problem is named next to its field and nothing is stored', async () => {
      const bad = storyDraft({
        title: ' ',
        products: 'power-apps,excel',
        hoursSavedPerMonth: 'lots',
        costAvoided: '5000',
        currency: '',
        department: 'F',
        imageUrl: 'http://insecure.example/x.png',
        linkUrl: 'javascript:alert(1)',
      });
      const error = await stories.submit(as(mia), bad, 'form-bad').then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(Object.keys(error.fields).sort(), ['currency', 'department', 'hoursSavedPerMonth', 'imageUrl', 'linkUrl', 'products', 'title']);
      assert.match(error.fields['imageUrl']!, /https/);
      assert.match(error.fields['linkUrl']!, /http/);
      const noImpact = await stories.submit(as(mia), storyDraft({ hoursSavedPerMonth: '', peopleServed: '', costAvoided: '' }), 'form-x').then(() => undefined, (e: unknown) => e);
      assert.ok(noImpact instanceof ValidationError);
      assert.match(noImpact.fields['hoursSavedPerMonth']!, /at least one/);
      assert.equal((await stories.mine(mia)).length, 0);
    });

    it('when a champion submits, then the story is published at once unless the CoE wants every story reviewed', async () => {
      const { story } = await stories.submit(as(chris), storyDraft(), 'c-1');
      assert.equal(story.status, 'published');
      assert.equal(story.publishedAt, now.toISOString());
      const strict = new StoryService({ store, clock, settings: { ...settings, moderatorsPublishDirectly: false }, storyUrl, publicOrigin: 'https://hub.contoso.example' });
      assert.equal((await strict.submit(as(chris), storyDraft(), 'c-2')).story.status, 'pending');
    });

    it('when moderators approve, ask for changes and decline, then each decision is stored, audited and impossible moves are refused', async () => {
      const a = (await stories.submit(as(mia), storyDraft({ title: 'Story A is here' }), 'a')).story;
      const b = (await stories.submit(as(mia), storyDraft({ title: 'Story B is here' }), 'b')).story;
      const c = (await stories.submit(as(mia), storyDraft({ title: 'Story C is here' }), 'c')).story;
      assert.deepEqual((await stories.queue(as(chris))).map((v) => v.story.title).sort(), ['Story A is here', 'Story B is here', 'Story C is here']);

      now = new Date('2026-03-03T10:00:00.000Z');
      const approved = await stories.moderate(as(chris), a.id, 'approve', 'Lovely!', a.version);
      assert.equal(approved.status, 'published');
      assert.equal(approved.publishedAt, '2026-03-03T10:00:00.000Z');
      assert.equal(approved.moderatedByName, 'Chris Champion');

      await assert.rejects(stories.moderate(as(ada), b.id, 'request-changes', '  '), (e: unknown) => e instanceof ValidationError && 'comment' in e.fields);
      const returned = await stories.moderate(as(ada), b.id, 'request-changes', 'Please add how many people use it.');
      assert.equal(returned.status, 'changes-requested');
      assert.equal(returned.moderationComment, 'Please add how many people use it.');
      const declined = await stories.moderate(as(chris), c.id, 'decline', 'Not a Power Platform solution.');
      assert.equal(declined.status, 'declined');

      await assert.rejects(stories.moderate(as(chris), c.id, 'approve'), (e: unknown) => e instanceof ConflictError && /declined/.test(e.message));
      await assert.rejects(stories.moderate(as(chris), a.id, 'approve'), ConflictError, 'a second approval is refused');
      await assert.rejects(stories.update(as(mia), c.id, storyDraft()), ConflictError, 'a declined story cannot be edited');

      // The author reworks the returned story: it goes back to the queue, with the new text.
      now = new Date('2026-03-04T10:00:00.000Z');
      const resubmitted = await stories.update(as(mia), b.id, storyDraft({ title: 'Story B, now with numbers', peopleServed: '300' }), returned.version);
      assert.equal(resubmitted.status, 'pending');
      assert.equal(resubmitted.peopleServed, 300);
      const actions = (await store.repos.audit.list({ entity: { type: 'story', id: b.id } })).map((e) => e.action).reverse();
      assert.deepEqual(actions, ['story.submit', 'story.request-changes', 'story.resubmit']);
      assert.deepEqual((await stories.queue(as(chris))).map((v) => v.story.id), [b.id]);
    });

    it('when a maker tries to moderate or a moderator reviews their own story, then it is refused and the refusal is audited', async () => {
      const { story } = await stories.submit(as(mia), storyDraft(), 'm-1');
      await assert.rejects(stories.moderate(as(omar), story.id, 'approve'), ForbiddenError);
      await assert.rejects(stories.queue(as(omar)), ForbiddenError);
      const strict = new StoryService({ store, clock, settings: { ...settings, moderatorsPublishDirectly: false }, storyUrl, publicOrigin: 'https://hub.contoso.example' });
      const own = (await strict.submit(as(chris), storyDraft(), 'c-own')).story;
      await assert.rejects(strict.moderate(as(chris), own.id, 'approve'), /Someone else/);
      const denied = (await store.repos.audit.list({})).filter((e) => e.action.endsWith('.denied')).map((e) => e.action).sort();
      assert.deepEqual(denied, ['story.approve.denied', 'story.approve.denied', 'story.queue.denied']);
      assert.equal((await stories.find(story.id))?.status, 'pending');
    });

    it('when people give kudos, then each counts once, a second click takes it back, and unpublished stories take none', async () => {
      const { story } = await stories.submit(as(chris), storyDraft(), 'k-1');
      assert.equal((await stories.toggleKudos(as(mia), story.id)).story.kudosCount, 1);
      const omars = await stories.toggleKudos(as(omar), story.id);
      assert.equal(omars.given, true);
      assert.equal(omars.story.kudosCount, 2);
      const back = await stories.toggleKudos(as(mia), story.id);
      assert.equal(back.given, false);
      assert.equal(back.story.kudosCount, 1);
      assert.deepEqual((await stories.detail(omar, story.id)).kudosGiven, true);
      assert.deepEqual((await stories.detail(mia, story.id)).kudosGiven, false);
      assert.deepEqual(back.kudosFrom, ['Omar Ops'], 'kudos show who gave them');
      assert.deepEqual((await stories.detail(mia, story.id)).kudosFrom, ['Omar Ops']);
      // The author may not applaud themselves: refused with the reason, nothing counted or audited.
      await assert.rejects(stories.toggleKudos(as(chris), story.id), (e: Error) => e instanceof ForbiddenError && /your own story/.test(e.message));
      assert.equal((await stories.find(story.id))?.kudosCount, 1);
      const audit = await store.repos.audit.list({ action: 'story.kudos' });
      assert.equal(audit.length, 3);
      const pending = (await stories.submit(as(mia), storyDraft(), 'k-2')).story;
      // Omar may not see Mia's pending story at all: not found, not even "not published yet".
      await assert.rejects(stories.toggleKudos(as(omar), pending.id), NotFoundError);
      await assert.rejects(stories.toggleKudos(as(mia), pending.id), ConflictError);
    });

    it('when the gallery is filtered by product, department, dates and words, then it lists and totals exactly those stories', async () => {
      const publish = async (key: string, draft: StoryDraft, day: string) => {
        now = new Date(`${day}T12:00:00.000Z`);
        return (await stories.submit(as(chris), storyDraft(draft), key)).story;
      };
      await publish('g1', { title: 'Invoice bot for finance', products: 'copilot-studio', department: 'Finance', hoursSavedPerMonth: '10', peopleServed: '5', costAvoided: '1000', currency: 'EUR' }, '2026-01-10');
      await publish('g2', { title: 'Shift planner app', products: 'power-apps,dataverse', department: 'finance', hoursSavedPerMonth: '2.5', peopleServed: '', costAvoided: '500', currency: 'USD' }, '2026-02-15');
      await publish('g3', { title: 'Sales dashboard 100% live', products: 'power-bi', department: 'Sales', hoursSavedPerMonth: '', peopleServed: '40', costAvoided: '', currency: 'USD' }, '2026-03-01');
      await stories.submit(as(mia), storyDraft({ title: 'Pending one is hidden' }), 'g4');

      const all = await stories.gallery(omar, {});
      assert.deepEqual(all.stories.map((v) => v.story.title), ['Sales dashboard 100% live', 'Shift planner app', 'Invoice bot for finance']);
      assert.deepEqual(all.totals, { stories: 3, hoursSavedPerMonth: 12.5, peopleServed: 45, costAvoided: [{ currency: 'EUR', amount: 1000 }, { currency: 'USD', amount: 500 }] });
      assert.deepEqual(all.departments, ['Finance', 'Sales']);
      assert.equal(all.stories[0]!.story.currency, null, 'a currency without an amount is not kept');

      const titles = async (filter: Parameters<StoryService['gallery']>[1]) => (await stories.gallery(omar, filter)).stories.map((v) => v.story.title);
      assert.deepEqual(await titles({ product: 'dataverse' }), ['Shift planner app']);
      assert.deepEqual(await titles({ department: 'FINANCE' }), ['Shift planner app', 'Invoice bot for finance']);
      assert.deepEqual(await titles({ from: '2026-02-01', to: '2026-02-28' }), ['Shift planner app']);
      assert.deepEqual(await titles({ search: 'planner' }), ['Shift planner app']);
      assert.deepEqual(await titles({ search: 'finance invoice' }), ['Invoice bot for finance'], 'every word must match');
      assert.equal((await titles({ search: 'CHRIS' })).length, 3, 'the author name counts');
      assert.deepEqual(await titles({ search: '100%' }), ['Sales dashboard 100% live'], '% is a character, not a wildcard');
      assert.deepEqual(await titles({ search: '_' }), []);
      assert.deepEqual((await stories.gallery(omar, { department: 'Finance' })).totals.costAvoided, [{ currency: 'EUR', amount: 1000 }, { currency: 'USD', amount: 500 }]);
      assert.deepEqual(await stories.impactTotals({ product: 'power-bi' }), { stories: 1, hoursSavedPerMonth: 0, peopleServed: 40, costAvoided: [] });
    });

    it('when someone other than the author edits, then it is refused and audited; stale forms are refused; the author edits a published story in place', async () => {
      const { story } = await stories.submit(as(chris), storyDraft(), 'e-1');
      await assert.rejects(stories.update(as(mia), story.id, storyDraft({ title: 'Hijacked title!' })), ForbiddenError);
      await assert.rejects(stories.update(as(ada), story.id, storyDraft({ title: 'Admin rewrite' })), ForbiddenError);
      assert.equal((await store.repos.audit.list({ action: 'story.update.denied' })).length, 2);

      const edited = await stories.update(as(chris), story.id, storyDraft({ title: 'Expense approvals, now mobile' }), story.version);
      assert.equal(edited.status, 'published');
      assert.equal(edited.publishedAt, story.publishedAt, 'an edit does not re-date the story');
      await assert.rejects(stories.update(as(chris), story.id, storyDraft({ title: 'From an old form' }), story.version), (e: unknown) => e instanceof ConflictError && /still here/.test(e.message));
      const same = await stories.update(as(chris), story.id, storyDraft({ title: 'Expense approvals, now mobile' }), edited.version);
      assert.equal(same.version, edited.version, 'saving without changes changes nothing');
      const audit = await store.repos.audit.list({ action: 'story.update' });
      assert.equal(audit.length, 1);
      assert.deepEqual((audit[0]!.before as { title: string }).title, 'Expense approvals in one flow');
      assert.deepEqual((audit[0]!.after as { title: string }).title, 'Expense approvals, now mobile');
    });

    it('when stories are deleted by their author or a moderator, then they vanish from every list; others may not delete', async () => {
      const mine = (await stories.submit(as(chris), storyDraft({ title: 'Chris deletes this' }), 'd-1')).story;
      const theirs = (await stories.submit(as(mia), storyDraft({ title: 'Ada takes this down' }), 'd-2')).story;
      await stories.moderate(as(chris), theirs.id, 'approve');
      await assert.rejects(stories.remove(as(omar), theirs.id), ForbiddenError);
      assert.equal((await store.repos.audit.list({ action: 'story.delete.denied' })).length, 1);

      assert.equal((await stories.remove(as(chris), mine.id)).status, 'deleted');
      assert.equal((await stories.remove(as(ada), theirs.id, 'Contains customer names')).status, 'deleted');
      assert.deepEqual((await stories.gallery(omar, {})).stories, []);
      assert.deepEqual(await stories.mine(mia), []);
      await assert.rejects(stories.detail(chris, mine.id), NotFoundError);
      await assert.rejects(stories.remove(as(chris), mine.id), NotFoundError, 'a second delete finds nothing');
      await assert.rejects(stories.toggleKudos(as(omar), theirs.id), NotFoundError);
      const removal = (await store.repos.audit.list({ action: 'story.delete' })).find((e) => e.entity.id === theirs.id)!;
      assert.deepEqual(removal.after, { status: 'deleted', comment: 'Contains customer names' });
      assert.equal((await stories.impactTotals()).stories, 0);
    });

    it('when channels are configured, then every change queues its cards in the outbox in the same transaction', async () => {
      const channels: StorySettings = { ...settings, showcaseConversationIds: ['19:show-a@thread.tacv2', '19:show-b@thread.tacv2'], moderationConversationId: '19:mods@thread.tacv2' };
      const svc = new StoryService({ store, clock, settings: channels, storyUrl, publicOrigin: 'https://hub.contoso.example' });
      const at = clock.now().toISOString();
      await store.repos.conversations.upsertInstalled({ id: 'a:mia', tenantId: TENANT, scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: mia.user.id, serviceUrl: 'http://127.0.0.1:1/', reference: {} }, at);
      const outbox = async () =>
        (await store.handle.db.selectFrom('outbox').select(['idempotency_key', 'operation', 'conversation_id', 'target_key', 'template', 'payload_json']).orderBy('id').execute()).map((r) => ({
          key: r.idempotency_key,
          op: r.operation,
          to: r.conversation_id,
          target: r.target_key,
          template: r.template,
          payload: JSON.parse(r.payload_json) as { story: { status: string; kudosCount: number }; headline: string; storyUrl: string },
        }));

      const { story } = await svc.submit(as(mia), storyDraft(), 'o-1');
      let queued = await outbox();
      assert.deepEqual(queued.map((m) => [m.template, m.op, m.to]), [['stories.review', 'send', '19:mods@thread.tacv2']], 'the author acted herself: no note to her');
      assert.equal(queued[0]!.payload.storyUrl, `http://localhost:3978/stories/${story.id}`);
      const reviewKey = queued[0]!.key;

      await assert.rejects(svc.moderate(as(chris), story.id, 'approve', null, story.version - 1), ConflictError, 'a decision on an outdated card');
      assert.equal((await outbox()).length, 1, 'a refused decision queues nothing');
      await svc.moderate(as(chris), story.id, 'approve');
      queued = (await outbox()).slice(1);
      assert.deepEqual(queued.map((m) => [m.template, m.op, m.to, m.target]), [
        ['stories.showcase', 'send', '19:show-a@thread.tacv2', null],
        ['stories.showcase', 'send', '19:show-b@thread.tacv2', null],
        ['stories.review', 'update', '19:mods@thread.tacv2', reviewKey],
        ['stories.author', 'send', 'a:mia', null],
      ]);
      assert.equal(queued[3]!.payload.headline, 'Published by Chris Champion');
      const posts = queued.slice(0, 2).map((m) => m.key);

      await svc.toggleKudos(as(omar), story.id);
      queued = (await outbox()).slice(5);
      assert.deepEqual(queued.map((m) => [m.template, m.op, m.target, m.payload.story.kudosCount]), [
        ['stories.author', 'send', null, 1],
        ...posts.map((p) => ['stories.showcase', 'update', p, 1]),
      ]);
      assert.equal(queued[0]!.to, 'a:mia', 'the author hears of the kudos in her chat');
      assert.equal(queued[0]!.payload.headline, 'Omar Ops gave your story kudos (1 in all).');

      await svc.update(as(mia), story.id, storyDraft({ title: 'Expense approvals, edited' }));
      await svc.remove(as(mia), story.id);
      queued = (await outbox()).slice(8);
      assert.deepEqual(queued.map((m) => [m.template, m.op, m.target, m.payload.story.status]), [
        ['stories.showcase', 'update', posts[0], 'published'],
        ['stories.showcase', 'update', posts[1], 'published'],
        ['stories.review', 'update', reviewKey, 'published'],
        ['stories.showcase', 'update', posts[0], 'deleted'],
        ['stories.showcase', 'update', posts[1], 'deleted'],
        ['stories.review', 'update', reviewKey, 'deleted'],
      ]);
    });

    it('when a maker uploads a picture and a story shows it, then the bytes come back exactly, the story carries its card address, and a deleted story no longer shows it', async () => {
      const bytes = Buffer.concat([TINY_PNG, Buffer.alloc(3000, 7)]);
      const image = await uploadImage(stories.context, as(mia), bytes);
      assert.equal(image.contentType, 'image/png');
      assert.deepEqual(await store.repos.storyImages.bytes(image.id), bytes);
      assert.deepEqual(await store.repos.storyImages.storiesShowing(image.id), []);
      const { story } = await stories.submit(as(mia), storyDraft({ imageUrl: '', imageId: image.id }), 'form-picture');
      assert.equal(story.imageId, image.id);
      assert.equal(story.imageToken, image.token);
      assert.equal(storyLinks(stories.context, story).pictureUrl, `https://hub.contoso.example/story-images/${story.id}/${image.id}/${image.token}`);
      assert.deepEqual(await store.repos.storyImages.storiesShowing(image.id), [story.id]);
      await assert.rejects(stories.submit(as(omar), storyDraft({ imageUrl: '', imageId: image.id }), 'form-stolen'), (e: any) => /not available/.test(e.fields?.imageId));
      await stories.remove(as(mia), story.id);
      assert.deepEqual(await store.repos.storyImages.storiesShowing(image.id), []);
    });

    it('when a story is not published, then only its author and the moderators can see it', async () => {
      const { story } = await stories.submit(as(mia), storyDraft(), 'v-1');
      await assert.rejects(stories.detail(omar, story.id), NotFoundError);
      assert.equal((await stories.detail(mia, story.id)).canEdit, true);
      const forChris = await stories.detail(chris, story.id);
      assert.equal(forChris.canModerate, true);
      assert.equal(forChris.canEdit, false);
      assert.equal(forChris.canDelete, true);
    });
  });
}
