import { INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { noticeCard } from '../cards/error.js';
import { cardInvokeBody } from './invoke-response.js';

/**
 * An invoke nobody handled (a card from an older version, a forged verb) would otherwise leave
 * Teams waiting for a response and show a generic failure; answer it with a clear card instead.
 */
export async function answerUnhandledInvoke(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'invoke' || context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  const card = noticeCard('This card is out of date', "I can't do that from this card any more. Type **help** to see what I can do now.");
  const body =
    context.activity.name === 'adaptiveCard/action'
      ? cardInvokeBody(card)
      : context.activity.name === 'composeExtension/query'
        ? { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } }
        : context.activity.name?.startsWith('task/')
          ? { task: { type: 'message', value: "This action isn't available any more." } }
          : {};
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
}
