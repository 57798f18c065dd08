import { audit } from '../audit/audit.js';
import type { AuditEntry } from '../audit/types.js';
import { requireRole } from '../identity/authorize.js';
import type { IdentityService } from '../identity/service.js';
import { userActor, type Actor, type ChangeContext, type Principal, type UserRef } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Store } from '../store.js';
import { retentionCutoffs } from './retention-policy.js';
import type { AuditQuery, ErasureReport, PersonExport, RetentionCounts, RetentionPolicy } from './types.js';
import { say } from '../shared/error-text.js';

/**
 * A person's rights over what Maker Hub holds: everything about them in one document (themselves,
 * coe-admins, operators), erasure (coe-admins, operators), and the retention rules that apply to
 * everyone. Every export and erasure is audited; an erasure's record holds no erased data.
 */
export class PrivacyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly identity: IdentityService,
    readonly policy: RetentionPolicy,
    /** Writes buffered elsewhere (the question log's group commit) land before an erasure reads. */
    private readonly flush: () => Promise<void> = async () => undefined,
  ) {}

  private async person(ref: UserRef) {
    const user = await this.store.repos.users.findByRef(ref);
    if (!user || user.aadObjectId.startsWith('erased:')) throw new NotFoundError(say('errors.privacy.personUnknown'));
    return user;
  }

  /** Everything held about a person; a user may export only themselves unless they are a coe-admin. */
  async exportPerson(actor: Actor, ref: UserRef): Promise<PersonExport> {
    const self = actor.kind === 'user' && actor.principal.user.tenantId === ref.tenantId && actor.principal.user.aadObjectId === ref.aadObjectId;
    if (!self) await requireRole(this.store, this.clock, actor, ['coe-admin'], 'person.export', { type: 'person', id: `${ref.tenantId}:${ref.aadObjectId}` });
    const user = await this.person(ref);
    const records = await this.store.repos.personData.collect(user);
    const roles = await this.store.repos.roles.rolesOf(user.id);
    await audit(this.store.repos.audit, { clock: this.clock }, actor, 'person.export', { type: 'user', id: user.id }, null, { self, tables: Object.keys(records.tables).length });
    return {
      format: 'maker-hub.person-export',
      version: 1,
      exportedAt: this.clock.now().toISOString(),
      person: { tenantId: user.tenantId, aadObjectId: user.aadObjectId, displayName: user.displayName, email: user.email, department: user.department, roles: ['maker', ...roles] },
      ...records,
    };
  }

  exportMine(principal: Principal): Promise<PersonExport> {
    return this.exportPerson(userActor(principal), principal.user);
  }

  /**
   * Erases a person everywhere (see the privacy registry), then makes the deleted bytes
   * unrecoverable where the database allows. The audit record names only the pseudonym that now
   * stands for them and how many rows changed.
   */
  async erase(change: ChangeContext, ref: UserRef): Promise<ErasureReport> {
    const { actor } = change;
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'person.erase', { type: 'person', id: '*' });
    const user = await this.person(ref);
    await this.flush();
    const pseudonym = newId();
    const rows = await this.store.transaction(async (tx) => {
      const roles = await tx.roles.rolesOf(user.id);
      if (roles.includes('coe-admin') && (await tx.roles.countWithRole('coe-admin')) <= 1) throw new ForbiddenError(say('errors.privacy.lastAdmin'));
      const counts = await tx.personData.erase(user, pseudonym);
      await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, actor, 'person.erase', { type: 'person', id: pseudonym }, null, { rows: counts });
      return counts;
    });
    this.identity.forgetPrincipal(ref);
    // The erasure has committed: a compaction that cannot finish now is reported, not thrown.
    const compacted = await this.store.repos.personData.compact().then(
      () => true,
      () => false,
    );
    return { pseudonym, rows, compacted };
  }

  /** What the retention rules would remove now (apply = false) or remove it (the daily job, audited when anything went). */
  async retention({ actor, correlationId }: ChangeContext, apply: boolean): Promise<{ policy: RetentionPolicy; cutoffs: Partial<Record<keyof RetentionPolicy, string>>; counts: RetentionCounts }> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'retention.view', { type: 'retention', id: '*' });
    const cutoffs = retentionCutoffs(this.policy, this.clock.now());
    const counts = await this.store.repos.personData.retention(cutoffs, apply);
    if (apply && Object.values(counts).some((n) => n > 0)) {
      await audit(this.store.repos.audit, { clock: this.clock, correlationId }, actor, 'retention.apply', { type: 'retention', id: '*' }, null, { cutoffs, counts });
      await this.store.repos.personData.compact();
    }
    return { policy: this.policy, cutoffs, counts };
  }

  async searchAudit(actor: Actor, query: Omit<AuditQuery, 'actorId' | 'subjectIds'> & { person?: UserRef }): Promise<AuditEntry[]> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'audit.list', { type: 'audit', id: '*' });
    let filter: AuditQuery = { ...query };
    if (query.person) {
      const user = await this.store.repos.users.findByRef(query.person);
      if (!user) return [];
      filter = { ...filter, actorId: user.id, subjectIds: [user.id, user.aadObjectId, `${user.tenantId}:${user.aadObjectId}`] };
    }
    return this.store.repos.personData.searchAudit(filter);
  }

  async searchPeople(actor: Actor, text: string, tenantId: string) {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'person.search', { type: 'person', id: '*' });
    return this.store.repos.personData.searchPeople(text.trim(), tenantId, 20);
  }
}
