import { CardFactory, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { translatorOf } from '../../locale.js';
import { randomUUID } from 'node:crypto';
import type { RequestDraft } from '../../../src/domain/environments/validation.js';
import { userActor } from '../../../src/domain/identity/types.js';
import { environmentFormCard } from '../../cards/environments/form.js';
import { environmentListCard } from '../../cards/environments/list.js';
import type { BotDeps } from '../../deps.js';
import { principalOf, turnInfo } from '../../turn.js';
import { formPolicy } from './preview.js';
import { registerEnvironmentActions } from './actions.js';
import { registerEnvironmentAdminActions } from './admin.js';

const TYPE_WORDS: Record<string, string> = { sandbox: 'Sandbox', developer: 'Developer', dev: 'Developer', trial: 'Trial', production: 'Production', prod: 'Production' };
const KIND = '(env\\w*|sandbox|developer|dev|trial|production|prod)(?: env\\w*)?';

/** Environment requests in chat: the form, "my requests", and the card actions of makers and admins. */
export function registerEnvironments(app: Application, deps: BotDeps): void {
  deps.router.register({
    id: 'request-environment',
    title: 'Request an environment',
    description: 'Ask for a Developer, Sandbox, Trial or Production environment; I check it against the CoE policy and follow it through approval and creation.',
    example: 'request an environment',
    patterns: [
      new RegExp(`^(?:please )?(?:i(?:'d| would)? (?:like|want) to )?(?:request|create|get|order) (?:me )?(?:an? )?(?:new )?(?:power platform )?${KIND}$`),
      new RegExp(`^new ${KIND}$`),
      new RegExp(`^i (?:need|want) (?:an? )?(?:new )?${KIND}$`),
    ],
    run: (context, match) => sendForm(context, deps, TYPE_WORDS[match[1] ?? '']),
  });
  deps.router.register({
    id: 'my-requests',
    title: 'My requests',
    description: 'See your environment requests, their status and history.',
    example: 'my requests',
    patterns: [/^(?:show )?my (?:env\w* )?(?:requests|environments)$/],
    run: (context) => sendList(context, deps),
  });
  registerEnvironmentActions(app, deps);
  registerEnvironmentAdminActions(app, deps);
}

/** A fresh form; `type` preselects what the maker asked for ("I need a sandbox"). */
export async function sendForm(context: TurnContext, deps: BotDeps, type?: string): Promise<void> {
  if (turnInfo(context).scope !== 'personal') {
    await context.sendActivity(translatorOf(context).t('bot.environments.reply.personalOnly'));
    return;
  }
  const values: RequestDraft = type ? { type } : {};
  const service = deps.services.environments.service;
  const policy = await formPolicy(context, service.context, principalOf(context), values);
  const form = environmentFormCard({ formId: randomUUID(), options: service.formOptions(), values, errors: {}, ...policy }, translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(form)] });
}

async function sendList(context: TurnContext, deps: BotDeps): Promise<void> {
  const principal = principalOf(context);
  const requests = await deps.services.environments.service.listMine(userActor(principal));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(environmentListCard({ requests, requestsUrl: deps.links.page('requests') }, translatorOf(context)))] });
}
