import { CardFactory } from 'botbuilder';
import { ENVIRONMENT_TEMPLATES, type EnvironmentMessagePayload } from '../../../src/domain/environments/notifications.js';
import type { EnvironmentRequest } from '../../../src/domain/environments/types.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { environmentAdminCard } from '../../cards/environments/admin.js';
import { headlineOf, noteOf } from '../../cards/environments/headline.js';
import { environmentStatusCard } from '../../cards/environments/status.js';
import { TemplatePayloadError, type TemplateMap } from './types.js';

function payloadOf(template: string, payload: Record<string, unknown>): EnvironmentMessagePayload {
  const request = payload.request as EnvironmentRequest | undefined;
  if (!request || typeof request !== 'object' || typeof request.id !== 'string' || typeof request.status !== 'string')
    throw new TemplatePayloadError(template, 'payload.request must be an environment request');
  if (typeof payload.headline !== 'string') throw new TemplatePayloadError(template, 'payload.headline must be text');
  const note = noteOf(payload.note);
  return { request, headline: payload.headline, ...(note ? { note } : {}) };
}

/** The headline in the reader's language; a payload from before notes had parts keeps its English sentence. */
const headlineIn = (p: EnvironmentMessagePayload, tr: Translator): string => (p.note ? headlineOf(p.note, tr) : p.headline);

/**
 * How the delivery engine renders environment-request messages: the same cards the maker and the
 * admins get in their own turns, so a proactive update and a click show the same thing. The
 * headline is also the message's text, which Teams shows in notifications and the chat list.
 */
export const ENVIRONMENT_RENDERERS: TemplateMap = {
  [ENVIRONMENT_TEMPLATES.status]: (payload, tr) => {
    const parsed = payloadOf(ENVIRONMENT_TEMPLATES.status, payload);
    const { request } = parsed;
    const headline = headlineIn(parsed, tr);
    return { type: 'message', summary: headline, attachments: [CardFactory.adaptiveCard(environmentStatusCard({ request, headline }, tr))] };
  },
  [ENVIRONMENT_TEMPLATES.adminCard]: (payload, tr) => {
    const parsed = payloadOf(ENVIRONMENT_TEMPLATES.adminCard, payload);
    const { request } = parsed;
    const headline = headlineIn(parsed, tr);
    return { type: 'message', summary: headline, attachments: [CardFactory.adaptiveCard(environmentAdminCard({ request, headline }, tr))] };
  },
};
