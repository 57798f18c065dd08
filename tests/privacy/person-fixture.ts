import { sql } from 'kysely';
import { textNotice } from '../../src/domain/delivery/service.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import type { Services } from '../../src/container.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { uploadImage } from '../../src/domain/stories/images.js';
import { STORY_FORM, TINY_PNG } from '../helpers/stories.js';
import { asActor, sampleEvent, samplePath } from '../helpers/training-events.js';

export const TENANT = '00000000-0000-0000-0000-0000000000aa';
export const ADMIN_OID = '00000000-0000-0000-0000-00000000a001';
/** The person erased: every string of theirs carries a marker the byte scan looks for. */
export const PRIYA = { oid: '00000000-0000-0000-0000-0000000090a1', name: 'Priya Privatova', email: 'priya.privatova@contoso.example' };
export const SAM = { oid: '00000000-0000-0000-0000-0000000090b2', name: 'Sam Second' };
export const MARK = 'PRIYAWORDS';

export interface PersonFixture {
  priya: Principal;
  sam: Principal;
  admin: Principal;
  /** Priya's own words, each containing MARK. */
  words: string[];
}

/** Priya with data in every table of the privacy registry; Sam with some of his own; Ada the admin answers Priya's ticket. */
export async function createPersonFixture(s: Services, tag = 'x'): Promise<PersonFixture> {
  const admin = await s.identity.signIn({ tenantId: TENANT, aadObjectId: ADMIN_OID, displayName: 'Ada Admin' });
  // Her last seen locale (users.locale): proactive cards are rendered in it; erasure must clear it.
  let priya = await s.identity.signIn({ tenantId: TENANT, aadObjectId: PRIYA.oid, displayName: PRIYA.name, email: PRIYA.email, locale: 'de-DE' });
  const sam = await s.identity.signIn({ tenantId: TENANT, aadObjectId: SAM.oid, displayName: SAM.name });
  await s.identity.setDepartment({ actor: asActor(admin) }, priya.user, 'Finance');
  for (const role of ['coe-admin', 'expert', 'champion']) await s.identity.grantRole({ actor: asActor(admin) }, priya.user, role);
  s.identity.forgetAllPrincipals();
  priya = await s.identity.signIn({ tenantId: TENANT, aadObjectId: PRIYA.oid, displayName: PRIYA.name, email: PRIYA.email });
  const me = { actor: asActor(priya) as { kind: 'user'; principal: Principal } };
  const words = [
    `${MARK} justification: the payroll vault moves to Dataverse ${tag}`,
    `${MARK} question: how do I read the CEO mailbox from a flow ${tag}?`,
    `${MARK} story: payroll bot ${tag}`,
    `${MARK} comment on the hackathon ${tag}`,
  ];

  await s.environments.service.submit(me, { ...SANDBOX_DRAFT, displayName: `FIN-Vault keeper ${tag}`, justification: words[0]! }, `priv-env-${tag}`);
  const { record } = await s.ask.questions.ask(userChange(priya), { question: words[1]!, channel: 'personal' });
  await s.ask.questions.feedback(userChange(priya), record.id, 'not-helpful');
  await s.ask.questions.feedbackReason(userChange(priya), record.id, 'other', `${MARK} reason: it ignores the CEO ${tag}`);
  const { ticket } = await s.ask.tickets.escalate(userChange(priya), record.id, `${MARK} details: the mailbox is shared ${tag}`);
  await s.ask.tickets.act(userChange(admin), ticket.id, 'answer', { answer: 'Ada answers: use the Office 365 Outlook connector with delegated rights.' });
  await s.ask.tickets.reply(userChange(priya), ticket.id, `${MARK} reply: delegated rights are refused ${tag}`);
  // Her picture carries her mark in its bytes (after a real PNG signature): erasure must take it away.
  const image = await uploadImage(s.stories.context, me, Buffer.concat([TINY_PNG, Buffer.from(`${MARK} picture ${tag}`)]));
  const { story } = await s.stories.submit(me, { ...STORY_FORM, title: words[2]!, imageUrl: '', imageId: image.id }, `priv-story-${tag}`);
  const event = await s.events.create({ actor: asActor(priya) }, sampleEvent('2031-03-04'));
  const path = await s.training.admin.createPath({ actor: asActor(priya) }, samplePath(`priv-path-${tag}`, 1));
  await s.training.setDone(userChange(priya), path.modules[0]!.id, true);
  await s.training.starts.started(userChange(priya), path.modules[0]!.id);
  await s.ask.faq.create({ actor: asActor(priya) }, { question: `Who approves production environments (${tag})?`, answer: 'The CoE leads.', tags: [] });
  await s.delivery.createBatch({ id: `priv-batch-${tag}`, kind: 'test', title: 'Privacy batch', createdBy: priya.user.id });
  const personal = `a:priya-personal-${tag}`;
  await s.conversations.recordInstalled({ id: personal, tenantId: TENANT, scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: priya.user.id, serviceUrl: 'https://smba.example/', reference: { user: { id: `29:priya-${tag}`, aadObjectId: PRIYA.oid, name: PRIYA.name } } });
  await s.store.transaction(async (tx) => {
    await tx.outbox.enqueue(textNotice({ key: `priv-to-priya-${tag}`, conversationId: personal, text: `Hello ${PRIYA.name}, about "${words[1]}"`, recipientUserId: priya.user.id }));
    await tx.outbox.enqueue(textNotice({ key: `priv-channel-${tag}`, conversationId: `19:experts-${tag}@thread.tacv2`, text: `New question from ${PRIYA.name}: ${words[1]}` }));
  });
  const db = s.store.handle.db;
  const at = '2026-11-02T10:00:00.000Z';
  await db.insertInto('story_kudos').values({ story_id: story.id, user_id: priya.user.id, created_at: at }).execute();
  await db.insertInto('event_rsvps').values({ event_id: event.id, user_id: priya.user.id, response: 'going', waitlisted: 0, going_since: at, updated_at: at }).execute();
  await db.insertInto('event_feedback').values({ event_id: event.id, user_id: priya.user.id, rating: 5, comment: words[3]!, submitted_at: at }).execute();
  await db.insertInto('event_announcements').values({ event_id: event.id, conversation_id: `19:general-${tag}@thread.tacv2`, message_key: `priv-announce-${tag}`, announced_by: priya.user.id, announced_at: at }).execute();
  await sql`update events set created_by = ${priya.user.id} where id = ${event.id}`.execute(db);

  // Sam: a question and a request of his own, which erasing Priya must not touch.
  await s.ask.questions.ask(userChange(sam), { question: `Sam asks about connectors ${tag}`, channel: 'personal' });
  await s.environments.service.submit({ actor: asActor(sam) as { kind: 'user'; principal: Principal } }, { ...SANDBOX_DRAFT, displayName: `OPS-Sam sandbox ${tag}`, justification: `Sam needs a sandbox ${tag}` }, `priv-env-sam-${tag}`);
  return { priya, sam, admin, words };
}
