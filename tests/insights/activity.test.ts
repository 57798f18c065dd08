import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../src/container.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { createLogger } from '../../src/logging.js';
import { DEVELOPER_DRAFT } from '../helpers/environment-requests.js';
import { asActor, ManualClock, samplePath, sampleEvent } from '../helpers/training-events.js';
import { testConfig } from '../helpers/test-app.js';
import { storyDraft } from '../stories/storage-suite.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';

/** The activity table is written by the services themselves, in the transaction of each change. */
describe('insights: activity recorded by the domain services', () => {
  let services: Services;
  let dataDir: string;
  let clock: ManualClock;
  let admin: Principal;
  let mia: Principal;

  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-activity-'));
    clock = new ManualClock(new Date('2026-11-02T09:00:00.000Z'));
    services = await createServices(testConfig({ INITIAL_ADMINS: '00000000-0000-0000-0000-00000000a001' }, dataDir), createLogger('silent'), { clock });
    admin = await services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000a001', displayName: 'Ada Admin' });
    mia = await services.identity.signIn({ tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' });
  });
  after(async () => {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rows = () => services.store.handle.db.selectFrom('activity').select(['kind', 'user_id', 'at']).where('user_id', '=', mia.user.id).orderBy('at').orderBy('kind').execute();
  const firstActive = async () => (await services.store.handle.db.selectFrom('users').select('first_active_at').where('id', '=', mia.user.id).executeTakeFirstOrThrow()).first_active_at;

  it('when a maker has only signed in, then they are not an active maker yet', async () => {
    assert.deepEqual(await rows(), []);
    assert.equal(await firstActive(), null);
  });

  it('when a maker asks, requests, answers going twice, completes a module and submits a story, then each is one activity row and the first one dates them', async () => {
    await services.ask.questions.ask(userChange(mia), { question: 'How do I get a developer environment?', channel: 'tab' });
    clock.advance(60_000);
    await services.environments.service.submit({ actor: { kind: 'user' as const, principal: mia } }, DEVELOPER_DRAFT, 'form-1');
    clock.advance(60_000);
    const event = await services.events.create({ actor: asActor(admin) }, sampleEvent('2026-11-20'));
    await services.events.respond(userChange(mia), event.id, 'going');
    await services.events.respond(userChange(mia), event.id, 'not-going');
    await services.events.respond(userChange(mia), event.id, 'going');
    clock.advance(60_000);
    const trainingPath = await services.training.admin.createPath({ actor: asActor(admin) }, samplePath('first-steps', 2));
    await services.training.setDone(userChange(mia), trainingPath.modules[0]!.id, true);
    await services.training.setDone(userChange(mia), trainingPath.modules[0]!.id, false);
    await services.training.setDone(userChange(mia), trainingPath.modules[0]!.id, true);
    clock.advance(60_000);
    await services.stories.submit({ actor: { kind: 'user' as const, principal: mia } }, storyDraft(), 'story-1');
    await services.stories.submit({ actor: { kind: 'user' as const, principal: mia } }, storyDraft(), 'story-1');

    assert.deepEqual(
      (await rows()).map((r) => [r.kind, r.at]),
      [
        ['asked', '2026-11-02T09:00:00.000Z'],
        ['requested-environment', '2026-11-02T09:01:00.000Z'],
        ['rsvp-going', '2026-11-02T09:02:00.000Z'],
        ['module-completed', '2026-11-02T09:03:00.000Z'],
        ['story-submitted', '2026-11-02T09:04:00.000Z'],
      ],
    );
    assert.equal(await firstActive(), '2026-11-02T09:00:00.000Z');
  });

  it('when the dashboard is read, then the maker counts once as active and as new', async () => {
    const report = await services.insights.report(asActor(admin), { from: '2026-11-01', to: '2026-11-07' });
    assert.deepEqual(report.community.activeMakers, { current: 1, previous: 0 });
    assert.deepEqual(report.community.newMakers, { current: 1, previous: 0 });
  });
});
