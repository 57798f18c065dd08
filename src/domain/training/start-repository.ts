/** Who opened which module: the "started" mark and the token of the card's open link. */
export interface TrainingStartRepository {
  /** The person's open-link token for a module, created (not started) when there is none yet. */
  linkToken(userId: string, moduleId: string, token: string, at: string): Promise<string>;
  /** Marks the module started for the person (once; the first time counts). */
  markStarted(userId: string, moduleId: string, token: string, at: string): Promise<void>;
  /** The person and module a link token names, if any. */
  findToken(token: string): Promise<{ userId: string; moduleId: string } | undefined>;
  /** The modules the person has started. */
  startedOf(userId: string): Promise<string[]>;
}
