import { CURRENCIES, guid, LANGUAGES, LOCATIONS, type Faults, type StandInEnvironment, type StandInOperation } from './state.js';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Destroy the socket without answering (the "connection dropped after creating" fault). */
  drop?: boolean;
}

export interface WorldOptions {
  /** Seconds in Retry-After of 202s (0 for fast tests). */
  retryAfter: number;
  /** Polls answering Running before the operation ends. */
  pollsUntilDone: number;
  /** Environment reads before linkedEnvironmentMetadata appears. */
  metadataLagReads: number;
}

/** The stand-in's in-memory state and the create/operation/delete logic, separate from HTTP. */
export class World {
  readonly environments = new Map<string, StandInEnvironment>();
  readonly operations = new Map<string, StandInOperation>();
  readonly policies = new Map<string, Record<string, unknown>>();
  readonly adminApplications = new Set<string>();
  faults: Faults = {};
  private counter = 0;

  constructor(readonly options: WorldOptions) {}

  nextId(prefix: string): string {
    return guid(prefix, ++this.counter);
  }

  location(name: string) {
    return LOCATIONS.find((l) => l.name === name);
  }

  languages() {
    return LANGUAGES;
  }

  currencies() {
    return CURRENCIES;
  }

  domainTaken(domain: string): boolean {
    return !!this.faults.domainTaken || [...this.environments.values()].some((e) => e.domainName === domain && e.state !== 'deleted' && e.state !== 'failed');
  }

  /** Starts an operation on an environment (create, delete, recover). */
  startOperation(type: StandInOperation['type'], env: StandInEnvironment, unpolled = false): StandInOperation {
    const op: StandInOperation = {
      id: this.nextId('0b0c1d2e'),
      type,
      environment: env.name,
      location: env.location,
      polls: 0,
      outcome: type === 'Create' ? (this.faults.operationOutcome ?? 'Succeeded') : 'Succeeded',
      unpolled,
      state: 'Running',
      createdDateTime: new Date().toISOString(),
    };
    this.operations.set(op.id, op);
    return op;
  }

  /** One look at an operation: it runs for `pollsUntilDone` looks, then ends as configured. */
  advance(op: StandInOperation): void {
    if (op.state !== 'Running') return;
    op.polls += 1;
    if (op.outcome === 'never' || op.polls <= this.options.pollsUntilDone) return;
    op.state = op.outcome;
    const env = this.environments.get(op.environment);
    if (!env) return;
    if (op.type === 'Create') env.state = op.outcome === 'Succeeded' ? 'succeeded' : 'failed';
    if (op.type === 'Delete') env.state = 'deleted';
    if (op.type === 'Recover') env.state = 'succeeded';
  }

  /** Listing environments also moves operations nobody can poll (their Location was lost). */
  listed(): StandInEnvironment[] {
    for (const op of this.operations.values()) if (op.unpolled) this.advance(op);
    return [...this.environments.values()].filter((e) => e.state === 'succeeded');
  }

  operationUrl(base: string, op: StandInOperation, apiVersion: string): string {
    // A regional host alias and path prefix of its own: a client that rebuilds the URL gets 404.
    return `${base}/regional/${op.location}/providers/Microsoft.BusinessAppPlatform/lifecycleOperations/${op.id}?api-version=${apiVersion}`;
  }

  accepted(base: string, op: StandInOperation, apiVersion: string): Reply {
    return { status: 202, headers: { location: this.operationUrl(base, op, apiVersion), 'retry-after': String(this.options.retryAfter) } };
  }
}
