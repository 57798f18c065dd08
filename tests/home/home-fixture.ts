import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { STORY_FORM } from '../helpers/stories.js';
import type { TestApp } from '../helpers/test-app.js';
import { asActor, sampleEvent, samplePath } from '../helpers/training-events.js';

export const TENANT = '00000000-0000-0000-0000-0000000000aa';
/** The people of the Home tests; the admin is the development identity (INITIAL_ADMINS). */
export const WHO = {
  admin: { oid: '00000000-0000-0000-0000-00000000a001', name: 'Ada Admin' },
  mia: { oid: '00000000-0000-0000-0000-00000000b002', name: 'Mia Maker' },
  owen: { oid: '00000000-0000-0000-0000-00000000f005', name: 'Owen Owner' },
  eli: { oid: '00000000-0000-0000-0000-00000000e004', name: 'Eli Expert' },
  chris: { oid: '00000000-0000-0000-0000-00000000c003', name: 'Chris Champion' },
  nina: { oid: '00000000-0000-0000-0000-00000000a0a0', name: 'Nina New' },
} as const;
export type Who = keyof typeof WHO;
export const as = (who: Who) => ({ 'x-dev-user': WHO[who].oid, 'x-dev-user-name': WHO[who].name });

/** Words only Owen's private things hold: another person's Home or inbox must never show them. */
export const OWEN_SECRETS = ['OWENREQUEST', 'OWENQUESTION', 'OWENSTORY'];

export interface HomeWorld {
  p: Record<Who, Principal>;
  owenTicketId: string;
  owenStoryId: string;
  owenRequestId: string;
  miaStoryId: string;
  soonEventId: string;
  laterEventId: string;
  pathId: string;
}

/**
 * Owen's private request, question (escalated) and pending story; Mia's published story, her RSVPs
 * (one event starting in 10 minutes, one in two days, one she declined) and a module done; an
 * announced event, an unannounced one, an FAQ entry. Nina has done nothing yet.
 */
export async function buildWorld(t: TestApp, now: Date): Promise<HomeWorld> {
  const s = t.app.services;
  const p = {} as Record<Who, Principal>;
  for (const [key, w] of Object.entries(WHO)) p[key as Who] = await s.identity.signIn({ tenantId: TENANT, aadObjectId: w.oid, displayName: w.name });
  const admin = asActor(p.admin);
  await s.identity.grantRole({ actor: admin }, { tenantId: TENANT, aadObjectId: WHO.eli.oid }, 'expert');
  await s.identity.grantRole({ actor: admin }, { tenantId: TENANT, aadObjectId: WHO.chris.oid }, 'champion');
  s.identity.forgetAllPrincipals();
  for (const key of Object.keys(WHO) as Who[]) p[key] = await s.identity.signIn({ tenantId: TENANT, aadObjectId: WHO[key].oid, displayName: WHO[key].name });
  const by = (who: Who) => ({ actor: asActor(p[who]) as { kind: 'user'; principal: Principal } });

  const { request } = await s.environments.service.submit(by('owen'), { ...SANDBOX_DRAFT, displayName: 'FIN-OWENREQUEST vault', justification: 'OWENREQUEST: a private reason.' }, 'home-owen-0001');
  const { record } = await s.ask.questions.ask(userChange(p.owen), { question: 'OWENQUESTION how do I read the payroll mailbox?', channel: 'personal' });
  const { ticket } = await s.ask.tickets.escalate(userChange(p.owen), record.id);
  const owenStory = (await s.stories.submit(by('owen'), { ...STORY_FORM, title: 'OWENSTORY payroll bot' }, 'home-owen-story-0001')).story;
  const miaStory = (await s.stories.submit(by('mia'), { ...STORY_FORM, title: 'Mia invoice flow' }, 'home-mia-story-0001')).story;
  await s.stories.moderate(by('admin'), miaStory.id, 'approve');

  const day = (offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const soonStart = new Date(now.getTime() + 10 * 60_000);
  const hhmm = (d: Date) => d.toISOString().slice(11, 16);
  const soon = await s.events.create({ actor: admin }, sampleEvent(soonStart.toISOString().slice(0, 10), { title: 'Starting soon', timeZone: 'UTC', start: `${soonStart.toISOString().slice(0, 10)}T${hhmm(soonStart)}`, end: `${new Date(soonStart.getTime() + 3_600_000).toISOString().slice(0, 16)}` }));
  const later = await s.events.create({ actor: admin }, sampleEvent(day(2), { title: 'Community call later' }));
  const declined = await s.events.create({ actor: admin }, sampleEvent(day(3), { title: 'Declined hackathon' }));
  await s.events.respond(userChange(p.mia), soon.id, 'going');
  await s.events.respond(userChange(p.mia), later.id, 'maybe');
  await s.events.respond(userChange(p.mia), declined.id, 'not-going');
  await s.events.respond(userChange(p.owen), later.id, 'going');

  // Announced in a channel (as the announce service records it), so it is news for everyone.
  await s.store.handle.db.insertInto('event_announcements').values({ event_id: later.id, conversation_id: '19:general@thread.tacv2', message_key: `announce:${later.id}`, announced_by: p.admin.user.id, announced_at: now.toISOString() }).execute();
  const path = await s.training.admin.createPath({ actor: admin }, samplePath('home-first-path', 3));
  await s.training.setDone(userChange(p.mia), path.modules[0]!.id, true);
  await s.ask.faq.create({ actor: admin }, { question: 'Who approves production environments?', answer: 'The CoE leads.', tags: [] });
  return { p, owenTicketId: ticket.id, owenStoryId: owenStory.id, owenRequestId: request.id, miaStoryId: miaStory.id, soonEventId: soon.id, laterEventId: later.id, pathId: path.id };
}
