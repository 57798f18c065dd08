import assert from 'node:assert/strict';
import { ConversationService } from '../../src/domain/conversations/service.js';
import type { ConversationInput } from '../../src/domain/conversations/types.js';
import { IdentityService, profileUnchanged } from '../../src/domain/identity/service.js';
import { RecentCache } from '../../src/domain/identity/recent-cache.js';
import { userChange, type User } from '../../src/domain/identity/types.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { ManualClock } from '../helpers/training-events.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';
const MIA = '00000000-0000-0000-0000-00000000b002';
const OPERATOR = { kind: 'operator', name: 'test' } as const;

const mia = (extra: Partial<{ displayName: string; email: string | null; locale: string | null; timeZone: string | null }> = {}) => ({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia Maker', locale: 'en-US', ...extra });

function conversation(extra: Partial<ConversationInput> = {}): ConversationInput {
  const id = 'a:personal-mia';
  return { id, tenantId: TENANT, scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: null, serviceUrl: 'http://127.0.0.1:1/', reference: { conversation: { id }, user: { id: '29:mia' } }, ...extra };
}

describe('recent principals and conversation records (per-turn bookkeeping without writes)', () => {
  let clock: ManualClock;
  let store: SqlStore;
  let identity: IdentityService;
  let conversations: ConversationService;

  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-23T09:00:00.000Z'));
    store = new SqlStore(await openDatabase({ kind: 'sqlite', file: ':memory:' }), { clock });
    await migrateToLatest(store.handle.db);
    identity = new IdentityService(store, clock, { initialAdmins: [ADA] });
    conversations = new ConversationService(store, clock);
    // Someone has to be coe-admin, so that revoking from others is allowed.
    await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada Admin' });
  });
  afterEach(async () => store.close());

  const stored = async () => (await store.repos.users.findByRef({ tenantId: TENANT, aadObjectId: MIA }))!;

  describe('sign-in', () => {
    it('when a person signs in again within the TTL with the same profile, then nothing is written: last_seen_at keeps the first visit', async () => {
      const first = await identity.signIn(mia());
      const firstSeen = clock.now().toISOString();
      assert.equal((await stored()).lastSeenAt, firstSeen);
      clock.advance(30_000);
      const again = await identity.signIn(mia());
      assert.deepEqual(again, first, 'the same principal');
      assert.equal((await stored()).lastSeenAt, firstSeen, 'no write within the TTL');
    });

    it('when the TTL has passed, then the next sign-in writes again: last_seen_at is the last visit to within a minute', async () => {
      await identity.signIn(mia());
      clock.advance(59_000);
      await identity.signIn(mia());
      clock.advance(2_000);
      await identity.signIn(mia());
      assert.equal((await stored()).lastSeenAt, clock.now().toISOString());
    });

    it('when the profile changes (a new display name, email, locale or time zone), then it is written at once', async () => {
      await identity.signIn(mia());
      clock.advance(1_000);
      const renamed = await identity.signIn(mia({ displayName: 'Mia Müller' }));
      assert.equal(renamed.user.displayName, 'Mia Müller');
      assert.equal((await stored()).displayName, 'Mia Müller');
      assert.equal((await stored()).lastSeenAt, clock.now().toISOString());
      clock.advance(1_000);
      await identity.signIn(mia({ displayName: 'Mia Müller', email: 'mia@contoso.example', timeZone: 'Europe/Berlin' }));
      const after = await stored();
      assert.equal(after.email, 'mia@contoso.example');
      assert.equal(after.timeZone, 'Europe/Berlin');
      clock.advance(1_000);
      await identity.signIn(mia({ displayName: 'Mia Müller', locale: 'de-DE' }));
      assert.equal((await stored()).locale, 'de-DE');
    });

    it('when a turn carries less (no name, no email, no locale), then that is no change and nothing is written', async () => {
      await identity.signIn(mia({ email: 'mia@contoso.example' }));
      const firstSeen = clock.now().toISOString();
      clock.advance(1_000);
      const principal = await identity.signIn({ tenantId: TENANT, aadObjectId: MIA, displayName: '' });
      assert.equal(principal.user.displayName, 'Mia Maker');
      assert.equal(principal.user.email, 'mia@contoso.example');
      assert.equal((await stored()).lastSeenAt, firstSeen);
    });

    it('when a role is granted or revoked through the service, then the very next sign-in sees it', async () => {
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker']);
      await identity.grantRole({ actor: OPERATOR }, { tenantId: TENANT, aadObjectId: MIA }, 'champion');
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker', 'champion']);
      await identity.revokeRole({ actor: OPERATOR }, { tenantId: TENANT, aadObjectId: MIA }, 'champion');
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker']);
    });

    it('when a role changes in another process (a second instance or the CLI), then this one sees it once its entry expires', async () => {
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker']);
      const elsewhere = new IdentityService(store, clock, { initialAdmins: [ADA] });
      await elsewhere.grantRole({ actor: OPERATOR }, { tenantId: TENANT, aadObjectId: MIA }, 'expert');
      clock.advance(30_000);
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker'], 'stale within the TTL (documented)');
      clock.advance(30_001);
      assert.deepEqual((await identity.signIn(mia())).roles, ['maker', 'expert']);
    });

    it('when notifications are turned off, then the next sign-in carries the new choice', async () => {
      const principal = await identity.signIn(mia());
      await identity.setNotificationsOptOut(userChange(principal), true);
      assert.equal((await identity.signIn(mia())).user.notificationsOptOut, true);
    });

    it('when a caller changes the principal it got, then the remembered one is not affected', async () => {
      const principal = await identity.signIn(mia());
      principal.roles.push('coe-admin');
      principal.user.displayName = 'Mallory';
      const again = await identity.signIn(mia());
      assert.deepEqual(again.roles, ['maker']);
      assert.equal(again.user.displayName, 'Mia Maker');
    });

    it('when the cache is turned off (TTL 0), then every sign-in writes as before', async () => {
      const uncached = new IdentityService(store, clock, { initialAdmins: [ADA], recentPrincipals: { ttlMs: 0, maxEntries: 100 } });
      await uncached.signIn(mia());
      clock.advance(1_000);
      await uncached.signIn(mia());
      assert.equal((await stored()).lastSeenAt, clock.now().toISOString());
    });
  });

  describe('conversation records', () => {
    const updatedAt = async () => (await store.repos.conversations.find('a:personal-mia'))!.updatedAt;

    it('when the same conversation record comes again within the TTL, then it is not written again', async () => {
      await conversations.recordActivity(conversation());
      const first = clock.now().toISOString();
      clock.advance(10_000);
      await conversations.recordActivity(conversation());
      assert.equal(await updatedAt(), first);
      clock.advance(50_001);
      await conversations.recordActivity(conversation());
      assert.equal(await updatedAt(), clock.now().toISOString(), 'written again after the TTL');
    });

    it('when the reference changes (another service URL), then it is written at once', async () => {
      await conversations.recordActivity(conversation());
      clock.advance(1_000);
      await conversations.recordActivity(conversation({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
      const stored = await store.repos.conversations.find('a:personal-mia');
      assert.equal(stored?.serviceUrl, 'https://smba.trafficmanager.net/emea/');
      assert.equal(stored?.updatedAt, clock.now().toISOString());
    });

    it('when a conversation was removed, then its next activity writes (and re-registers it) as before', async () => {
      await conversations.recordActivity(conversation());
      await conversations.recordRemoved('a:personal-mia');
      assert.equal((await conversations.listInstalled()).length, 0);
      await conversations.recordActivity(conversation());
      assert.equal((await conversations.listInstalled()).length, 1);
    });

    it('when the Teams layer forgets a conversation (a refused delivery), then its next activity clears the unreachable mark', async () => {
      await conversations.recordActivity(conversation());
      await store.repos.outbox.markConversationUnreachable('a:personal-mia', '403 blocked', clock.now().toISOString());
      conversations.forget('a:personal-mia');
      await conversations.recordActivity(conversation());
      assert.equal((await store.repos.conversations.find('a:personal-mia'))?.unreachableAt, null);
    });

    it('when an install arrives, then it is always written, even right after an identical activity', async () => {
      await conversations.recordActivity(conversation());
      clock.advance(1_000);
      await conversations.recordInstalled(conversation());
      assert.equal(await updatedAt(), clock.now().toISOString());
    });
  });

  describe('profileUnchanged', () => {
    const user: User = { id: 'u', tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia', email: 'm@x', department: null, timeZone: 'UTC', locale: 'en-US', notificationsOptOut: false, createdAt: '', lastSeenAt: '' };
    it('follows the repository rule: only a real new value is a change', () => {
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia' }), true);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: '' }), true);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: MIA }), true, 'the object id standing in for a name');
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia', email: null, locale: null, timeZone: null }), true);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia M.' }), false);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia', email: 'other@x' }), false);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia', locale: 'de-DE' }), false);
      assert.equal(profileUnchanged(user, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia', timeZone: 'Europe/Berlin' }), false);
    });
  });

  describe('RecentCache', () => {
    it('expires entries after the TTL and keeps at most maxEntries, dropping the least recently used', () => {
      const cache = new RecentCache<number>(clock, { ttlMs: 1_000, maxEntries: 2 });
      cache.set('a', 1);
      cache.set('b', 2);
      assert.equal(cache.get('a'), 1, 'a is now the most recently used');
      cache.set('c', 3);
      assert.equal(cache.get('b'), undefined, 'b was evicted');
      assert.equal(cache.size, 2);
      clock.advance(1_000);
      assert.equal(cache.get('a'), undefined, 'expired');
      assert.equal(cache.get('c'), undefined);
      assert.equal(cache.size, 0);
    });

    it('remembers nothing when turned off', () => {
      const cache = new RecentCache<number>(clock, { ttlMs: 0, maxEntries: 10 });
      cache.set('a', 1);
      assert.equal(cache.get('a'), undefined);
    });
  });
});
