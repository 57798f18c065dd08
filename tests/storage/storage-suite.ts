import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { ConversationService } from '../../src/domain/conversations/service.js';
import type { ConversationInput } from '../../src/domain/conversations/types.js';
import { IdentityService } from '../../src/domain/identity/service.js';
import { ForbiddenError, ValidationError } from '../../src/domain/shared/errors.js';
import type { Clock } from '../../src/domain/shared/clock.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest, pendingMigrations } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';
const MIA = '00000000-0000-0000-0000-00000000b002';
const clock: Clock = { now: () => new Date('2026-03-29T00:30:00.000Z') };

function conversation(id: string, extra: Partial<ConversationInput> = {}): ConversationInput {
  return { id, tenantId: TENANT, scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: null, serviceUrl: 'http://127.0.0.1:1/', reference: { conversation: { id } }, ...extra };
}

/**
 * The storage contract, run unchanged on every dialect: SQLite (file or memory), PGlite and a real
 * PostgreSQL server. `open` returns a fresh, empty database each time.
 */
export function storageSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`storage on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let identity: IdentityService;
    let conversations: ConversationService;

    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      store = new SqlStore(await openDatabase(opened.config));
      await migrateToLatest(store.handle.db);
      identity = new IdentityService(store, clock, { initialAdmins: [ADA] });
      conversations = new ConversationService(store, clock);
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    it('when migrated twice, then the second run applies nothing and nothing is pending', async () => {
      const again = await migrateToLatest(store.handle.db);
      assert.deepEqual(again.applied, []);
      assert.deepEqual(await pendingMigrations(store.handle.db), []);
    });

    it('when a configured first admin signs in, then they are coe-admin, audited as a system grant', async () => {
      const ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada' });
      assert.deepEqual(ada.roles, ['maker', 'coe-admin']);
      const again = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada Lovelace' });
      assert.equal(again.user.id, ada.user.id);
      assert.equal(again.user.displayName, 'Ada Lovelace');
      const audit = await store.repos.audit.list({ action: 'role.grant' });
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.actorKind, 'system');
    });

    it('when an admin grants and revokes a role, then roles change and each change is audited with before/after', async () => {
      const ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada' });
      const actor = { kind: 'user' as const, principal: ada };
      assert.equal((await identity.grantRole({ actor }, { tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia' }, 'champion')).changed, true);
      assert.equal((await identity.grantRole({ actor }, { tenantId: TENANT, aadObjectId: MIA }, 'champion')).changed, false, 'granting twice changes nothing');
      const mia = await identity.signIn({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia Maker' });
      assert.deepEqual(mia.roles, ['maker', 'champion']);
      assert.equal(mia.user.displayName, 'Mia Maker');
      assert.equal((await identity.revokeRole({ actor }, { tenantId: TENANT, aadObjectId: MIA }, 'champion')).changed, true);
      const entries = await store.repos.audit.list({ entity: { type: 'user', id: mia.user.id } });
      assert.deepEqual(entries.map((e) => e.action).sort(), ['role.grant', 'role.revoke']);
      const grant = entries.find((e) => e.action === 'role.grant')!;
      assert.deepEqual(grant.before, { roles: [] });
      assert.deepEqual(grant.after, { roles: ['champion'] });
      assert.equal(grant.actorId, ada.user.id);
    });

    it('when a maker tries to grant a role, then it is refused, nothing changes and the refusal is audited', async () => {
      const mia = await identity.signIn({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia' });
      await assert.rejects(identity.grantRole({ actor: { kind: 'user', principal: mia } }, { tenantId: TENANT, aadObjectId: MIA }, 'coe-admin'), ForbiddenError);
      assert.deepEqual((await identity.principalOf(mia.user.id)).roles, ['maker']);
      const denied = await store.repos.audit.list({ action: 'role.grant.denied' });
      assert.equal(denied.length, 1);
      assert.equal(denied[0]!.actorId, mia.user.id);
    });

    it('when an unknown role is granted or the last admin revoked, then a clear error is raised and nothing changes', async () => {
      const ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada' });
      const actor = { kind: 'user' as const, principal: ada };
      await assert.rejects(identity.grantRole({ actor }, { tenantId: TENANT, aadObjectId: MIA }, 'wizard'), ValidationError);
      await assert.rejects(identity.revokeRole({ actor }, { tenantId: TENANT, aadObjectId: ADA }, 'coe-admin'), /last coe-admin/);
      assert.deepEqual((await identity.principalOf(ada.user.id)).roles, ['maker', 'coe-admin']);
    });

    it('when a person signs in with a locale, then it is kept as their last seen one (canonical, malformed ignored), and the outbox hands it to their messages', async () => {
      const ref = { tenantId: TENANT, aadObjectId: MIA };
      let transactions = 0;
      const transaction = store.transaction.bind(store);
      store.transaction = ((work: Parameters<typeof transaction>[0]) => {
        transactions++;
        return transaction(work);
      }) as typeof store.transaction;
      const mia = await identity.signIn({ ...ref, displayName: 'Mia', locale: 'de-de' });
      assert.equal((await store.repos.users.findByRef(ref))?.locale, 'de-DE');
      const written = transactions;
      await identity.signIn({ ...ref, displayName: 'Mia', locale: 'de-DE' });
      await identity.signIn({ ...ref, displayName: 'Mia' });
      await identity.signIn({ ...ref, displayName: 'Mia', locale: '"><script>' });
      assert.equal(transactions, written, 'an unchanged, absent or malformed locale costs no write');
      assert.equal((await store.repos.users.findByRef(ref))?.locale, 'de-DE');

      await conversations.recordInstalled(conversation('a:mia', { userId: mia.user.id }));
      await conversations.recordInstalled(conversation('19:c9@thread.tacv2', { scope: 'channel', teamId: 't9', channelId: '19:c9@thread.tacv2' }));
      const at = clock.now().toISOString();
      await store.transaction(async (tx) => {
        await tx.outbox.enqueue({ idempotencyKey: 'to-mia', operation: 'send', conversationId: 'a:mia', template: 'notice.text', payload: { text: 'x' }, essential: true, recipientUserId: mia.user.id });
        await tx.outbox.enqueue({ idempotencyKey: 'in-mias-chat', operation: 'send', conversationId: 'a:mia', template: 'notice.text', payload: { text: 'x' }, essential: true });
        await tx.outbox.enqueue({ idempotencyKey: 'to-channel', operation: 'send', conversationId: '19:c9@thread.tacv2', template: 'notice.text', payload: { text: 'x' }, essential: true });
      });
      const locales = async () => [...(await store.repos.outbox.dueInLane('a:mia', at, 10)), ...(await store.repos.outbox.dueInLane('19:c9@thread.tacv2', at, 10))].map((m) => [m.idempotencyKey, m.recipientLocale]);
      assert.deepEqual(await locales(), [['to-mia', 'de-DE'], ['in-mias-chat', 'de-DE'], ['to-channel', null]]);

      await identity.signIn({ ...ref, displayName: 'Mia', locale: 'en-GB' });
      assert.ok(transactions > written, 'a changed locale is written at once');
      assert.deepEqual(await locales(), [['to-mia', 'en-GB'], ['in-mias-chat', 'en-GB'], ['to-channel', null]]);
    });

    it('when a transaction fails half-way, then none of its writes remain', async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.users.upsertProfile({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia' }, clock.now().toISOString());
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.repos.users.findByRef({ tenantId: TENANT, aadObjectId: MIA }), undefined);
    });

    it('when conversations are installed, welcomed and removed, then the list of targets follows', async () => {
      await conversations.recordInstalled(conversation('a:1', { userId: 'u1' }));
      await conversations.recordInstalled(conversation('19:c1@thread.tacv2', { scope: 'channel', teamId: 't1', teamName: 'Team', channelId: '19:c1@thread.tacv2', channelName: 'General' }));
      await conversations.recordInstalled(conversation('19:c2@thread.tacv2', { scope: 'channel', teamId: 't1', channelId: '19:c2@thread.tacv2' }));
      assert.equal(await conversations.claimWelcome('a:1'), true);
      assert.equal(await conversations.claimWelcome('a:1'), false, 'welcome is claimed once');
      assert.equal((await conversations.listInstalled({ scope: 'channel' })).length, 2);
      assert.equal((await conversations.listInstalled({ teamId: 't1' })).find((c) => c.id === '19:c1@thread.tacv2')?.teamName, 'Team');
      assert.equal((await store.repos.conversations.findPersonal('u1'))?.id, 'a:1');

      await conversations.recordTeamRemoved('t1');
      await conversations.recordRemoved('a:1');
      assert.equal((await conversations.listInstalled()).length, 0);
      const reinstalled = await conversations.recordInstalled(conversation('a:1', { userId: 'u1' }));
      assert.equal(reinstalled.installed, true);
      assert.equal(reinstalled.welcomedAt !== null, true, 'a re-install keeps the earlier welcome');
      const actions = (await store.repos.audit.list({})).map((a) => a.action);
      assert.equal(actions.filter((a) => a === 'conversation.install').length, 4);
      assert.equal(actions.filter((a) => a === 'team.uninstall').length, 1);
    });

    it('when a role is granted to someone not seen yet, then their real name replaces the placeholder on first sign-in', async () => {
      const ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada' });
      await identity.grantRole({ actor: { kind: 'user', principal: ada } }, { tenantId: TENANT, aadObjectId: MIA }, 'expert');
      const grants = await identity.listRoles({ kind: 'user', principal: ada });
      assert.equal(grants.find((g) => g.role === 'expert')?.user.displayName, MIA);
      const mia = await identity.signIn({ tenantId: TENANT, aadObjectId: MIA, displayName: 'Mia Maker' });
      assert.equal(mia.user.displayName, 'Mia Maker');
      assert.deepEqual(mia.roles, ['maker', 'expert']);
    });
  });
}
