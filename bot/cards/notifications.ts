import { card, heading, sendText, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

/** Where a person's notification preference stands, with the one button that changes it. */
export function notificationsCard(optedOut: boolean, changed: boolean): AdaptiveCard {
  const status = optedOut
    ? "I won't send you event announcements or reminders."
    : "You'll get event announcements and reminders.";
  const note = 'Answers to your own questions and updates on your own requests always arrive.';
  return card(
    [heading(changed ? 'Done' : 'Notifications'), text(status), text(note, { isSubtle: true, size: 'Small' })],
    [optedOut ? sendText('Turn notifications on', 'notifications on') : sendText('Turn notifications off', 'notifications off')],
  );
}
