import type { Role } from '../../src/domain/identity/types.js';
import { ASK_VERBS, type AskVerb } from '../cards/ask/verbs.js';
import { ENV_VERBS, type EnvVerb } from '../cards/environments/verbs.js';
import { EVENT_VERBS } from '../cards/events/verbs.js';
import { TRAINING_VERBS } from '../cards/training/verbs.js';
import { STORY_VERBS, type StoryVerb } from '../cards/stories/verbs.js';

/** What a card's data can name: something the domain shows only to some people (or, for events, to everyone). */
export type CardSubject = 'environment-request' | 'ticket' | 'story' | 'question' | 'event';

/** Every Action.Execute verb the bot answers. */
export type CardVerb = AskVerb | EnvVerb | StoryVerb | (typeof EVENT_VERBS)[keyof typeof EVENT_VERBS] | (typeof TRAINING_VERBS)[keyof typeof TRAINING_VERBS];

/**
 * Who may use a card verb. The guard (card-action.ts) applies it before any handler runs:
 * - `subject`: the thing the card's data names, seen under the same rule as the tab API (someone
 *   else's request, ticket, private question or unpublished story gives the same "not found" card
 *   as one that does not exist, and the attempt is audited); null for verbs that name nothing of
 *   anyone's (a new form, your own training).
 * - `roles`: only these roles may use the verb at all (refused with the domain's words, audited).
 * - `action`: the audit action of a refusal (`<action>.denied`), the domain's name for the act.
 */
export interface VerbRule {
  readonly subject: CardSubject | null;
  readonly roles?: readonly Role[];
  readonly action: string;
}

const ADMINS: readonly Role[] = ['coe-admin'];
const EXPERTS: readonly Role[] = ['expert', 'coe-admin'];
const MODERATORS: readonly Role[] = ['champion', 'coe-admin'];

/**
 * The verb table: a verb without a rule does not compile (the Record is total over CardVerb), and
 * the RBAC matrix test runs every row against every role with someone else's data.
 */
export const VERB_RULES: Readonly<Record<CardVerb, VerbRule>> = {
  [ENV_VERBS.submit]: { subject: null, action: 'environment.submit' },
  [ENV_VERBS.show]: { subject: 'environment-request', action: 'environment.view' },
  [ENV_VERBS.refreshStatus]: { subject: 'environment-request', action: 'environment.view' },
  [ENV_VERBS.cancel]: { subject: 'environment-request', action: 'environment.cancel' },
  [ENV_VERBS.extend]: { subject: 'environment-request', action: 'environment.extension.request' },
  [ENV_VERBS.approve]: { subject: 'environment-request', roles: ADMINS, action: 'environment.approve' },
  [ENV_VERBS.reject]: { subject: 'environment-request', roles: ADMINS, action: 'environment.reject' },
  [ENV_VERBS.markProvisioned]: { subject: 'environment-request', roles: ADMINS, action: 'environment.provisioned' },
  [ENV_VERBS.retry]: { subject: 'environment-request', roles: ADMINS, action: 'environment.retry' },
  [ENV_VERBS.approveExtension]: { subject: 'environment-request', roles: ADMINS, action: 'environment.extension.approve' },
  [ENV_VERBS.rejectExtension]: { subject: 'environment-request', roles: ADMINS, action: 'environment.extension.reject' },
  [ENV_VERBS.refreshAdmin]: { subject: 'environment-request', action: 'environment.view' },

  [ASK_VERBS.feedback]: { subject: 'question', action: 'ask.feedback' },
  [ASK_VERBS.escalate]: { subject: 'question', action: 'ask.escalate' },
  [ASK_VERBS.feedbackReason]: { subject: 'question', action: 'ask.feedback.reason' },
  [ASK_VERBS.reply]: { subject: 'ticket', action: 'ask.ticket.reply' },
  [ASK_VERBS.assign]: { subject: 'ticket', roles: EXPERTS, action: 'ask.ticket.assign' },
  [ASK_VERBS.answer]: { subject: 'ticket', roles: EXPERTS, action: 'ask.ticket.answer' },
  [ASK_VERBS.close]: { subject: 'ticket', roles: EXPERTS, action: 'ask.ticket.close' },
  [ASK_VERBS.reopen]: { subject: 'ticket', roles: EXPERTS, action: 'ask.ticket.reopen' },
  [ASK_VERBS.promote]: { subject: 'ticket', roles: EXPERTS, action: 'ask.ticket.promote' },
  [ASK_VERBS.refresh]: { subject: 'ticket', action: 'ask.ticket.view' },

  [STORY_VERBS.submit]: { subject: null, action: 'story.submit' },
  [STORY_VERBS.edit]: { subject: 'story', action: 'story.update' },
  [STORY_VERBS.save]: { subject: 'story', action: 'story.update' },
  [STORY_VERBS.remove]: { subject: 'story', action: 'story.delete' },
  [STORY_VERBS.removeConfirmed]: { subject: 'story', action: 'story.delete' },
  [STORY_VERBS.show]: { subject: 'story', action: 'story.view' },
  [STORY_VERBS.kudos]: { subject: 'story', action: 'story.kudos' },
  [STORY_VERBS.approve]: { subject: 'story', roles: MODERATORS, action: 'story.approve' },
  [STORY_VERBS.requestChanges]: { subject: 'story', roles: MODERATORS, action: 'story.request-changes' },
  [STORY_VERBS.decline]: { subject: 'story', roles: MODERATORS, action: 'story.decline' },

  [EVENT_VERBS.rsvp]: { subject: 'event', action: 'event.rsvp' },
  [EVENT_VERBS.refresh]: { subject: 'event', action: 'event.view' },
  [EVENT_VERBS.feedback]: { subject: 'event', action: 'event.feedback' },
  [EVENT_VERBS.announceHere]: { subject: 'event', roles: ADMINS, action: 'event.announce' },

  [TRAINING_VERBS.done]: { subject: null, action: 'training.progress' },
};

/** The verb's rule; undefined for a verb the bot does not know (answered as an out-of-date card). */
export function ruleOf(verb: string): VerbRule | undefined {
  return Object.prototype.hasOwnProperty.call(VERB_RULES, verb) ? VERB_RULES[verb as CardVerb] : undefined;
}
