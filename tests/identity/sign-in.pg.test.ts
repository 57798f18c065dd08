/**
 * Sign-in on a PostgreSQL server, where transactions really run side by side: the tab's first load
 * signs a new person in from several calls at once (docs/tab-speed.md, round seven), and each must
 * see one person, granted once, audited once. (Today the profile upsert's row lock lines the
 * transactions up; this holds the behaviour whatever the sign-in's writes become.)
 */
import assert from 'node:assert/strict';
import { IdentityService } from '../../src/domain/identity/service.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { freshPostgresDatabase } from '../helpers/postgres.js';
import { ManualClock } from '../helpers/training-events.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';

describe('identity on a PostgreSQL server: sign-ins at the same moment', () => {
  let db: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let store: SqlStore;

  beforeEach(async () => {
    db = await freshPostgresDatabase();
    const clock = new ManualClock(new Date('2026-12-07T09:00:00.000Z'));
    store = new SqlStore(await openDatabase({ kind: 'postgres', url: db.url }), { clock });
    await migrateToLatest(store.handle.db);
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  it('when an initial admin’s first visit signs them in from five calls at once, then there is one person, coe-admin once and one audit entry of the grant', async () => {
    const clock = new ManualClock(new Date('2026-12-07T09:00:00.000Z'));
    // Five instances' worth of stores and services (a store runs its own transactions one after
    // another, instances do not): none knows of the others' sign-ins.
    const stores = await Promise.all(Array.from({ length: 5 }, async () => new SqlStore(await openDatabase({ kind: 'postgres', url: db.url }), { clock })));
    try {
      const principals = await Promise.all(stores.map((s) => new IdentityService(s, clock, { initialAdmins: [ADA] }).signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada Admin' })));
      assert.equal(new Set(principals.map((p) => p.user.id)).size, 1, 'one person');
      for (const p of principals) assert.ok(p.roles.includes('coe-admin'), 'every call answers as coe-admin');
      assert.deepEqual(await store.repos.roles.rolesOf(principals[0]!.user.id), ['coe-admin']);
      const grants = await store.repos.audit.list({ action: 'role.grant' });
      assert.equal(grants.length, 1, 'the grant is audited once');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
