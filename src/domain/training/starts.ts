import { randomBytes } from 'node:crypto';
import type { Principal, UserChange } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import type { Store } from '../store.js';
import type { TrainingModule } from './types.js';
import { say } from '../shared/error-text.js';

/** 32 random bytes: a link token cannot be guessed, so it names its person as safely as a session would. */
const newToken = () => randomBytes(32).toString('base64url');

/**
 * Opening a module's Learn page counts as started (#19). The tab says so with a signed-in call on
 * click; the bot's card cannot carry a sign-in, so its "Open module" button is a link with the
 * person's own token for that module, which the server exchanges for the mark and a redirect.
 */
export class TrainingStarts {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private async activeModule(moduleId: string): Promise<TrainingModule> {
    const module = await this.store.repos.training.findModule(moduleId);
    if (!module || module.retiredAt) throw new NotFoundError(say('errors.training.moduleGone'));
    return module;
  }

  /** The signed-in person opened a module (the tab). */
  async started(change: UserChange, moduleId: string): Promise<TrainingModule> {
    const module = await this.activeModule(moduleId);
    await this.store.repos.trainingStarts.markStarted(change.actor.principal.user.id, moduleId, newToken(), this.clock.now().toISOString());
    return module;
  }

  /** The token for the card's open link of this person and module. */
  async linkToken(userId: string, moduleId: string): Promise<string> {
    return this.store.repos.trainingStarts.linkToken(userId, moduleId, newToken(), this.clock.now().toISOString());
  }

  /**
   * The card's link was followed: marks the module started for the token's person and returns the
   * module's address. A token that does not name this module marks nothing, but the module still
   * opens (its address is the CoE's, never one from the request).
   */
  async openByToken(moduleId: string, token: string): Promise<string> {
    const module = await this.activeModule(moduleId);
    const owner = token ? await this.store.repos.trainingStarts.findToken(token) : undefined;
    if (owner && owner.moduleId === moduleId) await this.store.repos.trainingStarts.markStarted(owner.userId, moduleId, token, this.clock.now().toISOString());
    return module.url;
  }

  startedOf(principal: Principal): Promise<string[]> {
    return this.store.repos.trainingStarts.startedOf(principal.user.id);
  }
}
