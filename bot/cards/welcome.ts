import { card, heading, openUrl, plain, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

export interface WelcomeView {
  /** Null for a team or group welcome, or when Teams did not tell us the person's name. */
  userName: string | null;
  scope: 'personal' | 'channel' | 'groupChat';
  homeUrl: string;
  trainingUrl: string;
  eventsUrl: string;
}

const WHAT_I_DO = [
  '**Answer your questions** about Power Platform from the CoE knowledge base, and bring in an expert when I am not sure.',
  '**Request an environment** and follow it through approval and provisioning.',
  '**Share a success story** and celebrate what makers build.',
  '**Training paths and community events**, with reminders so you never miss office hours.',
];

/** First message after the app is installed, for a person or for a team/group. */
export function welcomeCard(view: WelcomeView): AdaptiveCard {
  const greeting = view.userName ? `Welcome, ${plain(view.userName)}! 👋` : view.scope === 'personal' ? 'Welcome! 👋' : 'Hello, makers! 👋';
  const intro =
    view.scope === 'personal'
      ? "I'm **Maker Hub**, your Power Platform Center of Excellence in Teams. Here is what I can do for you:"
      : "I'm **Maker Hub**, the CoE's assistant. @mention me here with a question, or chat with me 1:1. I can:";
  return card(
    [
      heading(greeting),
      text(intro),
      ...WHAT_I_DO.map((line) => text(`- ${line}`, { spacing: 'Small' })),
      subtle('Type **help** at any time to see every command.'),
    ],
    [sendText('What can you do?', 'help'), openUrl('Open Maker Hub', view.homeUrl), openUrl('Training', view.trainingUrl), openUrl('Events', view.eventsUrl)],
  );
}
