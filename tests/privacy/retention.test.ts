import assert from 'node:assert/strict';
import { createServices, type Services } from '../../src/container.js';
import { textNotice } from '../../src/domain/delivery/service.js';
import { userChange } from '../../src/domain/identity/types.js';
import { RetentionJob } from '../../src/domain/privacy/retention-job.js';
import { createLogger } from '../../src/logging.js';
import { testConfig } from '../helpers/test-app.js';
import { ManualClock } from '../helpers/training-events.js';
import { TENANT } from './person-fixture.js';

const SYSTEM = { actor: { kind: 'system' as const, name: 'test' } };

describe('privacy: retention rules and the daily job', function () {
  this.timeout(30_000);
  let s: Services;
  const clock = new ManualClock(new Date('2025-01-10T09:00:00.000Z'));

  before(async () => {
    const config = testConfig({ DELIVERY_WORKER: 'off', RETENTION_QUESTION_TEXT_DAYS: '30', RETENTION_DELIVERY_BODY_DAYS: '7', RETENTION_AUDIT_DAYS: '400', RETENTION_ACTIVITY_DAYS: '0' });
    config.database = { kind: 'sqlite', file: ':memory:' };
    s = await createServices(config, createLogger('silent'), { clock });
    const maker = await s.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-0000000090c3', displayName: 'Old Timer' });
    await s.ask.questions.ask(userChange(maker), { question: 'OLDQUESTION how do I share an app?', channel: 'personal' });
    await s.store.transaction((tx) => tx.outbox.enqueue(textNotice({ key: 'old-notice', conversationId: 'a:old', text: 'OLDBODY hello', recipientUserId: maker.user.id })));
    await s.store.handle.db.updateTable('outbox').set({ state: 'sent' }).execute();
    clock.set('2025-03-01T09:00:00.000Z');
    await s.ask.questions.ask(userChange(maker), { question: 'NEWQUESTION what is a solution?', channel: 'personal' });
    await s.ask.questions.drain();
  });
  after(() => s.close());

  it('when the dry run reports, then it counts what is past each limit and changes nothing; kinds set to 0 have no cutoff', async () => {
    const dry = await s.privacy.retention(SYSTEM, false);
    assert.equal(dry.counts.questionTextDays, 1);
    assert.equal(dry.counts.deliveryBodyDays, 1);
    assert.equal(dry.counts.auditDays, 0);
    assert.equal(dry.cutoffs.activityDays, undefined);
    const questions = await s.store.handle.db.selectFrom('ask_questions').select('question').orderBy('asked_at').execute();
    assert.match(questions[0]!.question, /^OLDQUESTION/);
  });

  it('when the daily job runs, then old question text and message bodies go, newer ones stay, and the run is audited', async () => {
    await new RetentionJob(s.privacy, createLogger('silent')).run();
    const questions = await s.store.handle.db.selectFrom('ask_questions').select(['question', 'normalized', 'answered']).orderBy('asked_at').execute();
    assert.deepEqual(questions.map((q) => q.question), ['[expired]', 'NEWQUESTION what is a solution?']);
    assert.equal(questions[0]!.normalized, '[expired]');
    const outbox = await s.store.handle.db.selectFrom('outbox').select(['payload_json', 'state']).execute();
    assert.deepEqual(outbox, [{ payload_json: '{}', state: 'sent' }]);
    const runs = await s.store.repos.audit.list({ action: 'retention.apply' });
    assert.equal(runs.length, 1);
    assert.equal((await s.privacy.retention(SYSTEM, false)).counts.questionTextDays, 0, 'a second run finds nothing');
  });

  it('when audit entries pass their limit, then they are deleted', async () => {
    clock.set('2026-06-01T09:00:00.000Z');
    const before = (await s.store.repos.audit.list({ limit: 1000 })).length;
    const { counts } = await s.privacy.retention(SYSTEM, true);
    assert.ok(counts.auditDays > 0);
    assert.equal((await s.store.repos.audit.list({ limit: 1000 })).length, before - counts.auditDays + 1, 'all old ones went; the run itself is recorded');
  });
});
