import { ENGLISH, type Translator } from '../../src/i18n/translator.js';
import { card, heading, sendText, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

/** Where a person's notification preference stands, with the one button that changes it. */
export function notificationsCard(optedOut: boolean, changed: boolean, tr: Translator = ENGLISH): AdaptiveCard {
  const k = 'bot.notifications' as const;
  // The buttons send the German words in German: the command understands "benachrichtigungen an/aus".
  return card(
    [heading(tr.t(changed ? `${k}.done` : `${k}.title`)), text(tr.t(optedOut ? `${k}.off` : `${k}.on`)), text(tr.t(`${k}.always`), { isSubtle: true, size: 'Small' })],
    [optedOut ? sendText(tr.t(`${k}.turnOn`), tr.t(`${k}.turnOnCommand`)) : sendText(tr.t(`${k}.turnOff`), tr.t(`${k}.turnOffCommand`))],
  );
}
