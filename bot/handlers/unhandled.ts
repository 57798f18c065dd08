import { INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { noticeCard } from '../cards/error.js';
import { cardInvokeBody } from './invoke-response.js';
import { translatorOf } from '../locale.js';

/**
 * An invoke nobody handled (a card from an older version, a forged verb) would otherwise leave
 * Teams waiting for a response and show a generic failure; answer it with a clear card instead.
 */
export async function answerUnhandledInvoke(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'invoke' || context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  const tr = translatorOf(context);
  const card = noticeCard(tr.t('bot.outdatedCard.title'), tr.t('bot.outdatedCard.body'));
  const body =
    context.activity.name === 'adaptiveCard/action'
      ? cardInvokeBody(card)
      : context.activity.name === 'composeExtension/query'
        ? { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } }
        : typeof context.activity.name === 'string' && context.activity.name.startsWith('task/')
          ? { task: { type: 'message', value: tr.t('bot.outdatedCard.task') } }
          : {};
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
}
