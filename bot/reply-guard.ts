import { randomUUID } from 'node:crypto';
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import type { DeliveryService } from '../src/domain/delivery/service.js';
import type { OutboundMessage } from '../src/domain/delivery/types.js';
import type { Logger } from '../src/logging.js';
import { baseConversationId } from './activity-parts.js';
import { disableSdkRetries } from './delivery/teams-transport.js';

export interface ReplyGuardOptions {
  /** How long one send of this turn may take before the outbox takes the reply (BOT_REPLY_TIMEOUT_MS). */
  timeoutMs: number;
  delivery: Pick<DeliveryService, 'enqueue' | 'withdraw'>;
  logger: Logger;
  /**
   * How long a reply handed over after a timeout waits in the outbox before it is sent: the
   * inline call may still arrive meanwhile, and then the queued copy is withdrawn.
   */
  settleMs?: number;
}

/** What the reply's message may carry through the outbox (notice.reply renders exactly these). */
function replyPayload(activity: Partial<Activity>): Record<string, unknown> {
  const { text, textFormat, attachments, attachmentLayout, summary, suggestedActions } = activity;
  return { activity: JSON.parse(JSON.stringify({ text, textFormat, attachments, attachmentLayout, summary, suggestedActions })) as Record<string, unknown> };
}

/** Activities of a turn that never leave the process (the invoke's answer) or matter only now (typing). */
const local = (a: Partial<Activity>) => a.type === 'invokeResponse' || a.type === 'trace';

/**
 * Bounds how long a turn waits for Teams to take its replies. botbuilder's own retries (about
 * 11 s against an unreachable serviceUrl) are switched off for the turn's connector; a send that
 * fails or takes longer than `timeoutMs` marks the turn's Bot Connector as unavailable, and every
 * message reply of the turn from then on goes to the outbox instead, which retries with its own
 * policy (typing indicators are dropped). A reply handed over after a timeout waits `settleMs`
 * in the outbox and is withdrawn if the slow inline call arrives after all.
 */
export function guardReplies(context: TurnContext, options: ReplyGuardOptions): void {
  const settleMs = options.settleMs ?? 30_000;
  let unavailable = false;
  let count = 0;
  let retriesOff = false;
  const turnKey = context.activity.id ?? randomUUID();

  const handOver = async (activities: Partial<Activity>[], notBefore: Date | null): Promise<string[]> => {
    const conversationId = context.activity.conversation?.id;
    const keys: string[] = [];
    if (!conversationId) return keys;
    const thread = /;messageid=(\d+)/.exec(conversationId)?.[1];
    for (const activity of activities) {
      if (activity.type !== 'message') continue;
      count += 1;
      const message: OutboundMessage = {
        idempotencyKey: `reply:${baseConversationId(conversationId)}:${turnKey}:${count}`,
        operation: 'send',
        conversationId: baseConversationId(conversationId),
        ...(thread ? { replyToActivityId: thread } : {}),
        template: 'notice.reply',
        payload: replyPayload(activity),
        essential: true,
        notBefore: notBefore?.toISOString() ?? null,
      };
      await options.delivery.enqueue(message);
      keys.push(message.idempotencyKey);
    }
    if (keys.length) options.logger.warn({ replies: keys.length, delayed: !!notBefore }, 'the Bot Connector did not take the reply in time; it goes through the outbox');
    return keys;
  };

  context.onSendActivities(async (ctx, activities, next) => {
    if (activities.every(local)) return next();
    if (!retriesOff) {
      retriesOff = true;
      const connector = ctx.turnState.get(ctx.adapter.ConnectorClientKey);
      try {
        if (connector) disableSdkRetries(connector);
      } catch (error) {
        options.logger.warn({ err: error }, 'could not switch off botbuilder retries for this turn');
      }
    }
    const synthetic = (): ResourceResponse[] => activities.map(() => ({ id: '' }));
    if (unavailable) {
      await handOver(activities, null);
      return synthetic();
    }
    const sending = next();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
    try {
      const outcome = await Promise.race([sending, timedOut]);
      if (outcome !== 'timeout') return outcome as ResourceResponse[];
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // Teams answered and refused (bad request, blocked, gone): the outbox would be refused too.
      if (status && status >= 400 && status < 500 && status !== 408 && status !== 429) throw error;
      unavailable = true;
      options.logger.warn({ err: error }, 'a reply failed; this turn hands its replies to the outbox');
      await handOver(activities, null);
      return synthetic();
    } finally {
      clearTimeout(timer);
    }
    // Too slow: the call may still arrive. Queue the reply for later and withdraw it if it does.
    unavailable = true;
    const keys = await handOver(activities, new Date(Date.now() + settleMs));
    sending.then(
      () => Promise.all(keys.map((key) => options.delivery.withdraw(key))).catch(() => undefined),
      () => undefined,
    );
    return synthetic();
  });
}
