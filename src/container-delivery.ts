import { DeliveryService } from './domain/delivery/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';

/**
 * Delivery batches and reports (called by container.ts). The worker that sends runs in the server
 * and reads its DELIVERY_* settings where the Teams transport is built (bot/delivery/runtime.ts).
 */
export function createDelivery(store: Store, clock: Clock): DeliveryService {
  return new DeliveryService(store, clock);
}
