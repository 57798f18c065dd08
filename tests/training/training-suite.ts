import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { IdentityService } from '../../src/domain/identity/identity-service.js';
import type { Principal } from '../../src/domain/identity/types.js';
import { ConflictError, ForbiddenError, type ValidationError } from '../../src/domain/shared/errors.js';
import { TrainingService } from '../../src/domain/training/training-service.js';
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
      const path = await training.admin.createPath(asActor(admin), samplePath('first-steps', 3));
      const [m1, m2, m3] = path.modules;
      let view = await training.path(maker, path.id);
      assert.deepEqual([view.progress.percent, view.progress.nextModuleId], [0, m1!.id]);

      await training.setDone(maker, m1!.id, true);
      const again = await training.setDone(maker, m1!.id, true);
      assert.equal(again.changed, false, 'a double click changes nothing');
      await training.setDone(maker, m3!.id, true);
      view = await training.path(maker, path.id);
      assert.deepEqual([view.progress.done, view.progress.percent, view.progress.nextModuleId], [2, 66, m2!.id]);

      const last = await training.setDone(maker, m2!.id, true);
      assert.equal(last.completedNow, true);
      assert.equal(last.progress.percent, 100);
      assert.equal(last.progress.completedAt, clock.now().toISOString());
      assert.equal((await store.repos.audit.list({ action: 'training.path.complete' })).length, 1);
      assert.equal((await store.repos.audit.list({ action: 'training.module.done' })).length, 3);

      const undone = await training.setDone(maker, m2!.id, false);
      assert.equal(undone.progress.completedAt, null, 'undoing a module takes the badge back until it is redone');
      assert.equal((await store.repos.audit.list({ action: 'training.path.reopen' })).length, 1);
    });

    it('when an admin reorders and retires modules, then makers see the new order and a retired module no longer counts', async () => {
      const path = await training.admin.createPath(asActor(admin), samplePath('reorder', 3));
      const ids = path.modules.map((m) => m.id);
      const reordered = await training.admin.reorderModules(asActor(admin), path.id, [ids[2]!, ids[0]!, ids[1]!]);
      assert.deepEqual(reordered.modules.map((m) => m.title), ['Module 3', 'Module 1', 'Module 2']);
      await assert.rejects(training.admin.reorderModules(asActor(admin), path.id, [ids[0]!, ids[1]!]), ConflictError);

      await training.setDone(maker, ids[2]!, true);
      await training.setDone(maker, ids[0]!, true);
      await training.admin.setModuleRetired(asActor(admin), ids[1]!, true);
      const view = await training.path(maker, path.id);
      assert.deepEqual([view.path.modules.length, view.progress.percent, view.progress.nextModuleId], [2, 100, null]);
      await assert.rejects(training.setDone(maker, ids[1]!, true), ConflictError);

      await training.admin.setPathRetired(asActor(admin), path.id, true);
      assert.equal((await training.overview(maker)).paths.length, 0, 'a retired path is hidden from makers');
      assert.equal((await training.admin.list(asActor(admin))).length, 1, 'admins still see it');
      const actions = (await store.repos.audit.list({ limit: 50 })).map((e) => e.action);
      for (const a of ['training.path.create', 'training.module.reorder', 'training.module.retire', 'training.path.retire']) assert.ok(actions.includes(a), a);
    });

    it('when a maker tries to edit training, then it is refused and the refusal is audited; bad input names its fields', async () => {
      await assert.rejects(training.admin.createPath(asActor(maker), samplePath('nope')), ForbiddenError);
      const denied = await store.repos.audit.list({ action: 'training.path.create.denied' });
      assert.equal(denied.length, 1);
      assert.equal(denied[0]!.actorId, maker.user.id);
      await assert.rejects(
        training.admin.createPath(asActor(admin), samplePath('bad', 1, { modules: [{ title: '', url: 'http://x', minutes: 0, kind: 'podcast' }] })),
        (e: ValidationError) => ['modules.0.title', 'modules.0.url', 'modules.0.minutes', 'modules.0.kind'].every((f) => f in e.fields),
      );
      await training.admin.createPath(asActor(admin), samplePath('dup'));
      await assert.rejects(training.admin.createPath(asActor(admin), samplePath('dup')), ConflictError);
    });

    it('when a maker opens Home, then they are offered the new-maker path, then the path they started, and admins the admin path', async () => {
      const newMaker = await training.admin.createPath(asActor(admin), samplePath('new', 2));
      const experienced = await training.admin.createPath(asActor(admin), samplePath('deeper', 2, { audience: 'experienced-maker', level: 'intermediate' }));
      const governance = await training.admin.createPath(asActor(admin), samplePath('gov', 2, { audience: 'admin', level: 'intermediate' }));
      assert.equal((await training.overview(maker)).recommendation?.pathId, newMaker.id);
      assert.equal((await training.overview(admin)).recommendation?.pathId, governance.id);

      await training.setDone(maker, experienced.modules[0]!.id, true);
      const rec = (await training.overview(maker)).recommendation;
      assert.deepEqual([rec?.pathId, rec?.reason], [experienced.id, 'continue']);
      await training.setDone(maker, experienced.modules[1]!.id, true);
      assert.equal((await training.overview(maker)).recommendation?.pathId, newMaker.id, 'a finished path is not recommended again');
    });
  });
}
