import type { Clock } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import type { AuditedActor, AuditRepository, EntityRef } from './types.js';

export interface AuditContext {
  clock: Clock;
  correlationId?: string | null;
}

function actorId(actor: AuditedActor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.principal.user.id;
    case 'system':
    case 'operator':
      return actor.name;
  }
}

/**
 * The one way state changes are audited: call it with the transaction's audit repository so the
 * record commits (or rolls back) together with the change it describes.
 */
export async function audit(
  repo: AuditRepository,
  ctx: AuditContext,
  actor: AuditedActor,
  action: string,
  entity: EntityRef,
  before: unknown,
  after: unknown,
): Promise<void> {
  await repo.record({
    id: newId(),
    at: ctx.clock.now().toISOString(),
    actorKind: actor.kind,
    actorId: actorId(actor),
    action,
    entity,
    before: before ?? null,
    after: after ?? null,
    correlationId: ctx.correlationId ?? null,
  });
}
