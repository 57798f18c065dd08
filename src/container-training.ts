import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';
import { TrainingService } from './domain/training/service.js';

/** Training paths (called by container.ts); they read no settings. */
export function createTraining(store: Store, clock: Clock): TrainingService {
  return new TrainingService(store, clock);
}
