import { card, heading, openUrl, plain, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard } from './types.js';
import { ENGLISH, type Translator } from '../../src/i18n/translator.js';

export interface WelcomeView {
  /** Null for a team or group welcome, or when Teams did not tell us the person's name. */
  userName: string | null;
  scope: 'personal' | 'channel' | 'groupChat';
  homeUrl: string;
  trainingUrl: string;
  eventsUrl: string;
}

const WHAT_I_DO = ['ask', 'environments', 'stories', 'learning'] as const;

/** First message after the app is installed, for a person or for a team/group. */
export function welcomeCard(view: WelcomeView, tr: Translator = ENGLISH): AdaptiveCard {
  const greeting = view.userName ? tr.t('bot.welcome.greetingName', { name: plain(view.userName) }) : tr.t(view.scope === 'personal' ? 'bot.welcome.greeting' : 'bot.welcome.greetingTeam');
  const intro = tr.t(view.scope === 'personal' ? 'bot.welcome.introPersonal' : 'bot.welcome.introTeam');
  return card(
    [
      heading(greeting),
      text(intro),
      ...WHAT_I_DO.map((line) => text(`- ${tr.t(`bot.welcome.${line}`)}`, { spacing: 'Small' })),
      subtle(tr.t('bot.welcome.helpHint')),
    ],
    [
      sendText(tr.t('bot.welcome.whatCanYouDo'), 'help'),
      openUrl(tr.t('bot.welcome.openHub'), view.homeUrl),
      openUrl(tr.t('bot.welcome.training'), view.trainingUrl),
      openUrl(tr.t('bot.welcome.events'), view.eventsUrl),
    ],
  );
}
