import { CardFactory } from 'botbuilder';
import { notificationsCard } from '../cards/notifications.js';
import { translatorOf } from '../locale.js';
import type { BotDeps } from '../deps.js';
import { principalOf, turnInfo } from '../turn.js';
import { userChange } from '../../src/domain/identity/types.js';

/**
 * "notifications" shows the current choice with a button to change it; "notifications off|on"
 * changes it directly. Opting out covers announcements and reminders, never a person's own updates.
 */
export function registerNotifications(deps: BotDeps): void {
  deps.router.register({
    id: 'notifications',
    title: 'Notifications',
    description: 'See or change whether I send you event announcements and reminders.',
    example: 'notifications',
    patterns: [/^(?:notifications?|notify me|benachrichtigungen)(?: (off|on|stop|start|aus|an))?$/, /^(unsubscribe|subscribe)$/],
    async run(context, match) {
      const principal = principalOf(context);
      const word = match[1];
      if (!word) {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(notificationsCard(principal.user.notificationsOptOut, false, translatorOf(context)))] });
        return;
      }
      const optOut = ['off', 'stop', 'aus', 'unsubscribe'].includes(word);
      await deps.services.identity.setNotificationsOptOut(userChange(principal, turnInfo(context).correlationId), optOut);
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(notificationsCard(optOut, true, translatorOf(context)))] });
    },
  });
}
