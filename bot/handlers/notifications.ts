import type { BotDeps } from '../deps.js';
import { principalOf } from '../turn.js';

/** "notifications off|on": opting out of announcements and reminders (essential messages still arrive). */
export function registerNotifications(deps: BotDeps): void {
  deps.router.register({
    id: 'notifications',
    title: 'Notifications off / on',
    description: 'Stop or resume event announcements and reminders sent to you. Answers to your own questions and requests always arrive.',
    example: 'notifications off',
    patterns: [/^(?:notifications?|notify me) (off|on|stop|start)$/, /^(unsubscribe|subscribe)$/],
    async run(context, match) {
      const word = match[1] ?? '';
      const optOut = ['off', 'stop', 'unsubscribe'].includes(word);
      await deps.services.identity.setNotificationsOptOut(principalOf(context), optOut);
      await context.sendActivity(
        optOut
          ? "Done — I won't send you announcements or reminders any more. Type **notifications on** to get them again."
          : "Done — you'll get event announcements and reminders again. Type **notifications off** to stop them.",
      );
    },
  });
}
