import type { AppConfig } from './config/index.js';
import type { AskModule } from './container-ask.js';
import type { IdentityService } from './domain/identity/service.js';
import { RetentionJob } from './domain/privacy/retention-job.js';
import { PrivacyService } from './domain/privacy/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';
import type { Logger } from './logging.js';

/** Export, erasure and retention, with the retention periods of the configuration (called by container.ts). */
export function createPrivacy(config: AppConfig, store: Store, clock: Clock, identity: IdentityService, ask: AskModule, logger: Logger): { privacy: PrivacyService; retentionJob: RetentionJob } {
  const s = config.settings;
  const privacy = new PrivacyService(store, clock, identity, {
    questionTextDays: s.RETENTION_QUESTION_TEXT_DAYS,
    deliveryBodyDays: s.RETENTION_DELIVERY_BODY_DAYS,
    auditDays: s.RETENTION_AUDIT_DAYS,
    activityDays: s.RETENTION_ACTIVITY_DAYS,
  }, () => ask.questions.drain());
  return { privacy, retentionJob: new RetentionJob(privacy, logger) };
}
