import { type Principal, userChange } from '../../src/domain/identity/types.js';
import type { RunningApp } from '../../src/server/start.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { uploadImage } from '../../src/domain/stories/images.js';
import { STORY_FORM, TINY_PNG } from '../helpers/stories.js';
import { asActor, sampleEvent, samplePath } from '../helpers/training-events.js';

export const TENANT = '00000000-0000-0000-0000-0000000000aa';

/** The people of the matrix: every role, plus the maker who owns the data everyone else tries to reach. */
export const PEOPLE = {
  maker: { oid: '00000000-0000-0000-0000-00000000b002', name: 'Mia Maker', roles: ['maker'] },
  champion: { oid: '00000000-0000-0000-0000-00000000c003', name: 'Chris Champion', roles: ['maker', 'champion'] },
  expert: { oid: '00000000-0000-0000-0000-00000000e004', name: 'Eli Expert', roles: ['maker', 'expert'] },
  admin: { oid: '00000000-0000-0000-0000-00000000a001', name: 'Ada Admin', roles: ['maker', 'coe-admin'] },
  owner: { oid: '00000000-0000-0000-0000-00000000f005', name: 'Owen Owner', roles: ['maker'] },
} as const;
export type PersonKey = keyof typeof PEOPLE;

/** Text only the owner's private data holds: a refusal that shows any of it leaks. */
export const SECRETS = ['SECRETJUSTIFICATION', 'SECRETQUESTION', 'SECRETSTORY', 'Owen Owner', 'confidential'];

export interface Fixtures {
  requestId: string;
  questionId: string;
  ticketId: string;
  storyId: string;
  /** The owner's uploaded picture, shown by their pending story. */
  storyImageId: string;
  eventId: string;
  pathId: string;
  moduleId: string;
  faqId: string;
  batchId: string;
  inboxItemId: string;
}

/** The owner's request, private question with its ticket and pending story; the admin's event, path, FAQ entry and batch. */
export async function createFixtures(app: RunningApp, tag: string): Promise<Fixtures> {
  const s = app.services;
  const principals = {} as Record<PersonKey, Principal>;
  for (const [key, p] of Object.entries(PEOPLE)) principals[key as PersonKey] = await s.identity.signIn({ tenantId: TENANT, aadObjectId: p.oid, displayName: p.name });
  const admin = asActor(principals.admin);
  await s.identity.grantRole({ actor: admin }, { tenantId: TENANT, aadObjectId: PEOPLE.champion.oid }, 'champion');
  await s.identity.grantRole({ actor: admin }, { tenantId: TENANT, aadObjectId: PEOPLE.expert.oid }, 'expert');
  s.identity.forgetAllPrincipals();
  const owner = { actor: asActor(principals.owner) as { kind: 'user'; principal: Principal } };

  const draft = { ...SANDBOX_DRAFT, displayName: 'FIN-Vault keeper', justification: 'SECRETJUSTIFICATION: move the payroll vault to Dataverse.', dataClassification: 'confidential' };
  const { request } = await s.environments.service.submit(owner, draft, `rbac-form-${tag}-0001`);
  const { record } = await s.ask.questions.ask(userChange(principals.owner), { question: `SECRETQUESTION ${tag} how do I read the CEO mailbox from a flow?`, channel: 'personal' });
  const { ticket } = await s.ask.tickets.escalate(userChange(principals.owner), record.id);
  const image = await uploadImage(s.stories.context, owner, TINY_PNG);
  const { story } = await s.stories.submit(owner, { ...STORY_FORM, title: `SECRETSTORY payroll bot ${tag}`, imageUrl: '', imageId: image.id }, `rbac-story-${tag}-0001`);
  const event = await s.events.create({ actor: admin }, sampleEvent('2031-03-04'));
  const path = await s.training.admin.createPath({ actor: admin }, samplePath(`rbac-path-${tag}`, 2));
  const entry = await s.ask.faq.create({ actor: admin }, { question: `Who approves production environments (${tag})?`, answer: 'The CoE leads.', tags: [] });
  await s.delivery.createBatch({ id: `rbac-batch-${tag}`, kind: 'test', title: 'RBAC batch', createdBy: null });
  const note = { kind: 'story-kudos' as const, dedupeKey: `rbac-${tag}`, title: 'SECRETSTORY got kudos', body: null, values: { title: 'SECRETSTORY', count: 1 }, link: `/stories/${story.id}`, entity: { type: 'story', id: story.id } };
  await s.store.repos.inbox.add(new Date().toISOString(), { userId: principals.owner.user.id, ...note });
  const [item] = await s.store.repos.inbox.list(principals.owner.user.id, 1, null);
  return { requestId: request.id, questionId: record.id, ticketId: ticket.id, storyId: story.id, storyImageId: image.id, eventId: event.id, pathId: path.id, moduleId: path.modules[0]!.id, faqId: entry.id, batchId: `rbac-batch-${tag}`, inboxItemId: item!.id };
}

/**
 * The fixture each route parameter names. A route with a parameter this does not know fails the
 * matrix: a new kind of id needs a fixture here, so its rule gets tested.
 */
export function paramValue(path: string, param: string, f: Fixtures): string | undefined {
  if (param === 'batchId') return f.batchId;
  if (param === 'tenantId') return TENANT;
  // Someone outside the matrix: revoking their role changes nobody the matrix calls as.
  if (param === 'aadObjectId') return '00000000-0000-0000-0000-00000000d0d0';
  if (param === 'role') return 'champion';
  if (param === 'file') return `${f.eventId}.ics`;
  if (param !== 'id') return undefined;
  const table: Array<[RegExp, string]> = [
    [/\/environments\/requests\/:id/, f.requestId],
    [/\/ask\/questions\/:id/, f.questionId],
    [/\/ask\/tickets\/:id/, f.ticketId],
    [/\/stories\/images\/:id/, f.storyImageId],
    [/\/stories\/:id/, f.storyId],
    [/\/events\/:id/, f.eventId],
    [/\/training\/paths\/:id/, f.pathId],
    [/\/training\/modules\/:id/, f.moduleId],
    [/\/kb\/faq\/:id/, f.faqId],
    [/\/inbox\/:id/, f.inboxItemId],
  ];
  return table.find(([pattern]) => pattern.test(path))?.[1];
}

/**
 * Valid bodies for the routes whose `:id` names someone's data (and for role routes that check
 * their input first), so the rule itself is exercised (an empty body is refused with 400 before
 * any lookup, which tells nothing either way).
 */
export const SAMPLE_BODIES: Readonly<Record<string, unknown>> = {
  'POST /api/ask/questions/:id/feedback': { helpful: true },
  'POST /api/ask/questions/:id/feedback/reason': { reason: 'outdated' },
  'POST /api/ask/tickets/:id/reply': { message: 'That did not work for me.' },
  'POST /api/environments/requests/:id/extension': { days: 30, reason: 'The pilot runs another month.' },
  'PUT /api/stories/:id': { ...STORY_FORM, version: 1 },
  // A whole event form, so the admin gets past the input check to the Graph step (404 here: the matrix has no bot identity).
  'POST /api/admin/events/online-meeting': { title: 'RBAC office hours', start: '2031-03-04T10:00', end: '2031-03-04T11:00', timeZone: 'Europe/Berlin' },
  // The person named is outside the matrix (paramValue): a coe-admin gets 404, everyone else 403, nobody is erased.
  'POST /api/admin/people/:tenantId/:aadObjectId/erase': { confirm: 'Someone Else' },
};
