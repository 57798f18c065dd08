import { mayReactTo } from '../../src/domain/ask/questions.js';
import { mayViewTicket } from '../../src/domain/ask/tickets/ticket-service.js';
import { mayViewRequest } from '../../src/domain/environments/maker-actions.js';
import type { Principal } from '../../src/domain/identity/types.js';
import type { Translator } from '../../src/i18n/translator.js';
import { canSee } from '../../src/domain/stories/access.js';
import { removedCard } from '../cards/stories/showcase.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { BotDeps } from '../deps.js';
import type { CardSubject } from './verb-rules.js';

/** How the guard finds what a card names and decides whether this person may see it. */
export interface SubjectAccess {
  /** The card data field holding the subject's id. */
  readonly field: string;
  /** The audit entity type (the domain's). */
  readonly entityType: string;
  /**
   * What `principal` may know of the subject: `visible`, `hidden` (it exists, but not for them),
   * `missing`, or `removed` (deleted on purpose; its cards say so). Hidden and missing look the
   * same to the person.
   */
  visibility(deps: BotDeps, principal: Principal, id: string): Promise<Visibility>;
  /** The card for a subject deleted on purpose (default: the not-found card). */
  removedCard?: (tr: Translator) => AdaptiveCard;
}

export type Visibility = 'visible' | 'hidden' | 'missing' | 'removed';

const seen = (exists: boolean, visible: boolean): Visibility => (!exists ? 'missing' : visible ? 'visible' : 'hidden');

/**
 * One entry per subject, each delegating to the domain rule the tab API applies: requests to
 * their requester and the coe-admins, tickets to the asker, experts and coe-admins, questions to
 * their asker (channel questions to everyone there), stories once published (before that to the
 * author and the moderators), events to everyone.
 */
export const SUBJECTS: Readonly<Record<CardSubject, SubjectAccess>> = {
  'environment-request': {
    field: 'requestId',
    entityType: 'environment-request',
    async visibility(deps, principal, id) {
      const request = await deps.services.environments.service.find(id);
      return seen(!!request, !!request && mayViewRequest(request, principal));
    },
  },
  ticket: {
    field: 'ticketId',
    entityType: 'ticket',
    async visibility(deps, principal, id) {
      const ticket = await deps.services.ask.tickets.peek(id);
      return seen(!!ticket, !!ticket && mayViewTicket(ticket, principal));
    },
  },
  question: {
    field: 'questionId',
    entityType: 'question',
    async visibility(deps, principal, id) {
      const question = await deps.services.ask.questions.peek(id);
      return seen(!!question, !!question && mayReactTo(question, principal.user.id));
    },
  },
  story: {
    field: 'storyId',
    entityType: 'story',
    removedCard,
    async visibility(deps, principal, id) {
      const story = await deps.services.stories.find(id);
      if (story?.status === 'deleted') return 'removed';
      return seen(!!story, !!story && canSee(story, principal));
    },
  },
  event: {
    field: 'eventId',
    entityType: 'event',
    async visibility(deps, _principal, id) {
      return seen(await deps.services.events.exists(id), true);
    },
  },
};
