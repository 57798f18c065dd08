import type { Migration, MigrationProvider } from 'kysely';
import { foundation } from './0001-foundation.js';
import { delivery } from './0002-delivery.js';
import { ask } from './0003-ask.js';
import { environments } from './0004-environments.js';
import { trainingEvents } from './0005-training-events.js';
import { stories } from './0006-stories.js';
import { insights } from './0007-insights.js';
import { trainingVersions } from './0008-training-versions.js';
import { deliveryResendCounts } from './0012-delivery-resend-counts.js';
import { homeInbox } from './0013-home-inbox.js';
import { privacy } from './0014-privacy.js';
import { askFollowUps } from './0015-ask-follow-ups.js';
import { trainingStarts } from './0016-training-starts.js';
import { storyImages } from './0018-story-images.js';
import { inboxValues } from './0019-inbox-values.js';

/**
 * Every migration, in order. Listed statically (not read from a folder) so the same list works from
 * TypeScript sources under tsx and from the compiled dist/ build. Names never change once shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-delivery': delivery,
  '0003-ask': ask,
  '0004-environments': environments,
  '0005-training-events': trainingEvents,
  '0006-stories': stories,
  '0007-insights': insights,
  '0008-training-versions': trainingVersions,
  '0012-delivery-resend-counts': deliveryResendCounts,
  '0013-home-inbox': homeInbox,
  '0014-privacy': privacy,
  '0015-ask-follow-ups': askFollowUps,
  '0016-training-starts': trainingStarts,
  '0018-story-images': storyImages,
  '0019-inbox-values': inboxValues,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
