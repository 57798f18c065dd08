import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { IdentityService } from '../../src/domain/identity/service.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/shared/errors.js';
import { STALE_MODULE, STALE_MODULE_ORDER, STALE_PATH, STALE_PATH_ORDER } from '../../src/domain/training/training-admin.js';
import { TrainingService } from '../../src/domain/training/service.js';
import { TITLE_WITHOUT_LETTERS } from '../../src/domain/training/validation.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { asActor, closeStore, ManualClock, samplePath } from '../helpers/training-events.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';

/** Training paths and progress, run unchanged on SQLite, PGlite and a PostgreSQL server. */
export function trainingSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`training on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let clock: ManualClock;
    let training: TrainingService;
    let admin: Principal;
    let maker: Principal;

    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      store = new SqlStore(await openDatabase(opened.config));
      await migrateToLatest(store.handle.db);
      clock = new ManualClock(new Date('2026-05-04T09:00:00.000Z'));
      const identity = new IdentityService(store, clock, { initialAdmins: ['00000000-0000-0000-0000-00000000a001'] });
      admin = await identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000a001', displayName: 'Ada Admin' });
      maker = await identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' });
      training = new TrainingService(store, clock);
    });
    afterEach(async () => {
      await closeStore(store);
      await cleanup?.();
    });

    it('when a maker works through a path, then percent, the next module and the badge follow, each change audited', async () => {
      const path = await training.admin.createPath({ actor: asActor(admin) }, samplePath('first-steps', 3));
      const [m1, m2, m3] = path.modules;
      let view = await training.path(maker, path.id);
      assert.deepEqual([view.progress.percent, view.progress.nextModuleId], [0, m1!.id]);

      await training.setDone(userChange(maker), m1!.id, true);
      const again = await training.setDone(userChange(maker), m1!.id, true);
      assert.equal(again.changed, false, 'a double click changes nothing');
      await training.setDone(userChange(maker), m3!.id, true);
      view = await training.path(maker, path.id);
      assert.deepEqual([view.progress.done, view.progress.percent, view.progress.nextModuleId], [2, 66, m2!.id]);

      const last = await training.setDone(userChange(maker), m2!.id, true);
      assert.equal(last.completedNow, true);
      assert.equal(last.progress.percent, 100);
      assert.equal(last.progress.completedAt, clock.now().toISOString());
      assert.equal((await store.repos.audit.list({ action: 'training.path.complete' })).length, 1);
      assert.equal((await store.repos.audit.list({ action: 'training.module.done' })).length, 3);

      const undone = await training.setDone(userChange(maker), m2!.id, false);
      assert.equal(undone.progress.completedAt, null, 'undoing a module takes the badge back until it is redone');
      assert.equal((await store.repos.audit.list({ action: 'training.path.reopen' })).length, 1);
    });

    it('when an admin reorders and retires modules, then makers see the new order and a retired module no longer counts', async () => {
      const path = await training.admin.createPath({ actor: asActor(admin) }, samplePath('reorder', 3));
      const ids = path.modules.map((m) => m.id);
      const reordered = await training.admin.reorderModules({ actor: asActor(admin) }, path.id, [ids[2]!, ids[0]!, ids[1]!], ids);
      assert.deepEqual(reordered.modules.map((m) => m.title), ['Module 3', 'Module 1', 'Module 2']);
      const current = reordered.modules.map((m) => m.id);
      await assert.rejects(training.admin.reorderModules({ actor: asActor(admin) }, path.id, [ids[0]!, ids[1]!], current), ValidationError, 'a new order that leaves a module out is malformed');

      await training.setDone(userChange(maker), ids[2]!, true);
      await training.setDone(userChange(maker), ids[0]!, true);
      await training.admin.setModuleRetired({ actor: asActor(admin) }, ids[1]!, true);
      const view = await training.path(maker, path.id);
      assert.deepEqual([view.path.modules.length, view.progress.percent, view.progress.nextModuleId], [2, 100, null]);
      await assert.rejects(training.setDone(userChange(maker), ids[1]!, true), ConflictError);

      await training.admin.setPathRetired({ actor: asActor(admin) }, path.id, true);
      assert.equal((await training.overview(maker)).paths.length, 0, 'a retired path is hidden from makers');
      assert.equal((await training.admin.list(asActor(admin))).length, 1, 'admins still see it');
      const actions = (await store.repos.audit.list({ limit: 50 })).map((e) => e.action);
      for (const a of ['training.path.create', 'training.module.reorder', 'training.module.retire', 'training.path.retire']) assert.ok(actions.includes(a), a);
    });

    it('when a maker tries to edit training, then it is refused and the refusal is audited; bad input names its fields', async () => {
      await assert.rejects(training.admin.createPath({ actor: asActor(maker) }, samplePath('nope')), ForbiddenError);
      const denied = await store.repos.audit.list({ action: 'training.path.create.denied' });
      assert.equal(denied.length, 1);
      assert.equal(denied[0]!.actorId, maker.user.id);
      await assert.rejects(
        training.admin.createPath({ actor: asActor(admin) }, samplePath('bad', 1, { modules: [{ title: '', url: 'http://x', minutes: 0, kind: 'podcast' }] })),
        (e: ValidationError) => ['modules.0.title', 'modules.0.url', 'modules.0.minutes', 'modules.0.kind'].every((f) => f in e.fields),
      );
      await training.admin.createPath({ actor: asActor(admin) }, samplePath('dup'));
      await assert.rejects(training.admin.createPath({ actor: asActor(admin) }, samplePath('dup')), ConflictError);
    });

    it('when two admins edit a path from the same version, then the second save is refused and changes nothing, and succeeds once based on the new version', async () => {
      const created = await training.admin.createPath({ actor: asActor(admin) }, samplePath('shared', 2));
      assert.equal(created.version, 1);
      assert.deepEqual(created.modules.map((m) => m.version), [1, 1]);
      const otherAdmin = await new IdentityService(store, clock, { initialAdmins: ['00000000-0000-0000-0000-00000000a002'] }).signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000a002', displayName: 'Bea Admin' });

      clock.advance(60_000);
      const bea = await training.admin.updatePath({ actor: asActor(otherAdmin) }, created.id, { title: 'Bea’s title' }, created.version);
      assert.deepEqual([bea.title, bea.version], ['Bea’s title', 2]);
      const audited = () => store.repos.audit.list({ action: 'training.path.update' });
      assert.equal((await audited()).length, 1);

      await assert.rejects(training.admin.updatePath({ actor: asActor(admin) }, created.id, { title: 'Ada’s title', summary: 'Ada’s summary' }, created.version), (e: ConflictError) => e instanceof ConflictError && e.message === STALE_PATH);
      const unchanged = (await store.repos.training.findPath(created.id, { includeRetired: true }))!;
      assert.deepEqual([unchanged.title, unchanged.summary, unchanged.version, unchanged.updatedAt], ['Bea’s title', 'A short path for tests.', 2, bea.updatedAt]);
      assert.equal((await audited()).length, 1, 'a refused edit is not audited as a change');

      clock.advance(60_000);
      const ada = await training.admin.updatePath({ actor: asActor(admin) }, created.id, { title: 'Ada’s title', summary: 'Ada’s summary' }, unchanged.version);
      assert.deepEqual([ada.title, ada.summary, ada.version], ['Ada’s title', 'Ada’s summary', 3]);
      const [last] = await audited();
      assert.equal(last!.actorId, admin.user.id);
      assert.deepEqual([(last!.before as { version: number }).version, (last!.after as { version: number }).version], [2, 3]);

      // Retiring and restoring state their outcome: they neither need nor bump the version an open form is based on.
      await training.admin.setPathRetired({ actor: asActor(otherAdmin) }, created.id, true);
      await training.admin.setPathRetired({ actor: asActor(otherAdmin) }, created.id, false);
      assert.equal((await training.admin.updatePath({ actor: asActor(admin) }, created.id, { level: 'advanced' }, ada.version)).version, 4);
    });

    it('when two admins save the same version of a path at the same moment, then exactly one of them wins', async () => {
      const created = await training.admin.createPath({ actor: asActor(admin) }, samplePath('race', 1));
      const outcomes = await Promise.allSettled(['One', 'Two', 'Three'].map((title) => training.admin.updatePath({ actor: asActor(admin) }, created.id, { title }, created.version)));
      const won = outcomes.filter((o): o is PromiseFulfilledResult<Awaited<ReturnType<typeof training.admin.updatePath>>> => o.status === 'fulfilled');
      assert.equal(won.length, 1, JSON.stringify(outcomes.map((o) => o.status)));
      for (const o of outcomes) if (o.status === 'rejected') assert.ok(o.reason instanceof ConflictError, String(o.reason));
      const stored = (await store.repos.training.findPath(created.id, { includeRetired: true }))!;
      assert.deepEqual([stored.title, stored.version], [won[0]!.value.title, 2]);
      assert.equal((await store.repos.audit.list({ action: 'training.path.update' })).length, 1);
      // The write itself names the version: one based on an old version matches no row, whatever was read before.
      assert.equal(await store.repos.training.updatePath(created.id, 1, { title: 'Late' }, clock.now().toISOString()), false);
      assert.equal(await store.repos.training.updateModule(created.modules[0]!.id, 2, { title: 'Late' }, clock.now().toISOString()), false);
      assert.equal((await store.repos.training.findPath(created.id, { includeRetired: true }))!.title, won[0]!.value.title);
    });

    it('when two admins edit a module from the same version, then the second save is refused and changes nothing; retiring keeps the version', async () => {
      const path = await training.admin.createPath({ actor: asActor(admin) }, samplePath('modules', 2));
      const m1 = path.modules[0]!;
      const first = await training.admin.updateModule({ actor: asActor(admin) }, m1.id, { minutes: 30 }, m1.version);
      assert.deepEqual([first.minutes, first.version], [30, 2]);
      await assert.rejects(training.admin.updateModule({ actor: asActor(admin) }, m1.id, { title: 'Stale title', minutes: 5 }, m1.version), (e: ConflictError) => e instanceof ConflictError && e.message === STALE_MODULE);
      const stored = (await store.repos.training.findModule(m1.id))!;
      assert.deepEqual([stored.title, stored.minutes, stored.version], ['Module 1', 30, 2]);
      await training.admin.setModuleRetired({ actor: asActor(admin) }, m1.id, true);
      assert.equal((await store.repos.training.findModule(m1.id))!.version, 2);
      assert.equal((await training.admin.updateModule({ actor: asActor(admin) }, m1.id, { title: 'Fresh title' }, 2)).version, 3);
      assert.equal((await store.repos.training.findPath(path.id, { includeRetired: true }))!.version, 1, 'a module edit is not an edit of the path');
    });

    it('when an admin moves a module or a path based on an order someone else changed, then the move is refused and the order stays', async () => {
      const path = await training.admin.createPath({ actor: asActor(admin) }, samplePath('order', 3));
      const seen = path.modules.map((m) => m.id);
      const [a, b, c] = seen as [string, string, string];
      await training.admin.reorderModules({ actor: asActor(admin) }, path.id, [b, a, c], seen);
      await assert.rejects(training.admin.reorderModules({ actor: asActor(admin) }, path.id, [a, c, b], seen), (e: ConflictError) => e instanceof ConflictError && e.message === STALE_MODULE_ORDER);
      await training.admin.addModule({ actor: asActor(admin) }, path.id, { title: 'Added', url: 'https://learn.microsoft.com/en-us/training/', minutes: 5, kind: 'video' });
      await assert.rejects(training.admin.reorderModules({ actor: asActor(admin) }, path.id, [a, b, c], [b, a, c]), ConflictError, 'a module added meanwhile makes the basis stale');
      const stored = (await store.repos.training.findPath(path.id, { includeRetired: true }))!;
      assert.deepEqual(stored.modules.map((m) => m.title), ['Module 2', 'Module 1', 'Module 3', 'Added']);
      assert.equal(stored.version, 1, 'ordering modules is not an edit of the path’s own fields');

      const other = await training.admin.createPath({ actor: asActor(admin) }, samplePath('order-2', 1));
      const paths = [path.id, other.id];
      await training.admin.reorderPaths({ actor: asActor(admin) }, [other.id, path.id], paths);
      await assert.rejects(training.admin.reorderPaths({ actor: asActor(admin) }, [path.id, other.id], paths), (e: ConflictError) => e instanceof ConflictError && e.message === STALE_PATH_ORDER);
      assert.deepEqual((await training.admin.list(asActor(admin))).map((p) => p.id), [other.id, path.id]);
    });

    it('when a new path’s title has no letter or digit, then the title field says so; other titles get a short name', async () => {
      for (const title of ['!!!', '—', '🚀 ✨']) {
        await assert.rejects(training.admin.createPath({ actor: asActor(admin) }, { ...samplePath('x'), slug: undefined, title }), (e: ValidationError) => {
          assert.deepEqual(e.fields, { title: TITLE_WITHOUT_LETTERS }, title);
          assert.equal(e.message, TITLE_WITHOUT_LETTERS);
          return true;
        });
      }
      assert.equal((await training.admin.list(asActor(admin))).length, 0, 'nothing was stored');
      const accented = await training.admin.createPath({ actor: asActor(admin) }, { ...samplePath('x'), slug: undefined, title: 'Überblick: Power Platform für Einsteiger' });
      assert.equal(accented.slug, 'uberblick-power-platform-fur-einsteiger');
      const japanese = await training.admin.createPath({ actor: asActor(admin) }, { ...samplePath('x'), slug: undefined, title: 'パワーアプリ入門' });
      assert.match(japanese.slug, /^path-[0-9a-f]{12}$/);
      const again = await training.admin.createPath({ actor: asActor(admin) }, { ...samplePath('x'), slug: undefined, title: 'パワーアプリ入門' });
      assert.notEqual(again.slug, japanese.slug);
      await assert.rejects(training.admin.createPath({ actor: asActor(admin) }, { ...samplePath('x'), slug: 'Not A Slug' }), (e: ValidationError) => 'slug' in e.fields && !('title' in e.fields));
    });

    it('when a maker opens Home, then they are offered the new-maker path, then the path they started, and admins the admin path', async () => {
      const newMaker = await training.admin.createPath({ actor: asActor(admin) }, samplePath('new', 2));
      const experienced = await training.admin.createPath({ actor: asActor(admin) }, samplePath('deeper', 2, { audience: 'experienced-maker', level: 'intermediate' }));
      const governance = await training.admin.createPath({ actor: asActor(admin) }, samplePath('gov', 2, { audience: 'admin', level: 'intermediate' }));
      assert.equal((await training.overview(maker)).recommendation?.pathId, newMaker.id);
      assert.equal((await training.overview(admin)).recommendation?.pathId, governance.id);

      await training.setDone(userChange(maker), experienced.modules[0]!.id, true);
      const rec = (await training.overview(maker)).recommendation;
      assert.deepEqual([rec?.pathId, rec?.reason], [experienced.id, 'continue']);
      await training.setDone(userChange(maker), experienced.modules[1]!.id, true);
      assert.equal((await training.overview(maker)).recommendation?.pathId, newMaker.id, 'a finished path is not recommended again');
    });
  });
}
