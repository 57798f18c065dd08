import { randomUUID } from 'node:crypto';
import { CardFactory, type TurnContext } from 'botbuilder';
import { isDomainError } from '../../src/domain/shared/errors.js';
import type { Logger } from '../../src/logging.js';
import { errorCard, noticeCard } from '../cards/error.js';
import type { AdaptiveCard } from '../cards/types.js';
import { cardInvokeBody } from './invoke-response.js';
import { errorMessageOf, translatorOf } from '../locale.js';

function existingCorrelationId(context: TurnContext): string | undefined {
  for (const value of context.turnState.values()) {
    if (value && typeof value === 'object' && 'correlationId' in value && typeof value.correlationId === 'string') return value.correlationId;
  }
  return undefined;
}

/**
 * Last line of defence for a turn: the person gets a friendly card (a domain error's own message,
 * or a reference id for anything unexpected), the log gets the details. Never a stack trace in chat.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = existingCorrelationId(context) ?? randomUUID();
    const expected = isDomainError(error);
    const tr = translatorOf(context);
    const card: AdaptiveCard = expected ? noticeCard(tr.t('bot.errors.didNotWork'), errorMessageOf(context, error)) : errorCard(correlationId, tr);
    if (expected) logger.info({ turn: correlationId, code: error.code, msg: error.message }, 'turn refused');
    else logger.error({ turn: correlationId, err: error, activityType: context.activity.type, name: context.activity.name }, 'turn failed');
    try {
      if (context.activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: { status: 200, body: cardInvokeBody(card) },
        });
      } else {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
      }
    } catch (sendError) {
      logger.error({ turn: correlationId, err: sendError }, 'could not tell the user about the failure');
    }
  };
}
