import { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Services } from '../src/container.js';
import { createAdapter, type MakerHubAdapter } from './adapter.js';
import { guardReplies } from './reply-guard.js';
import { tabLinks } from './cards/links.js';
import { CommandRouter } from './commands.js';
import type { BotDeps } from './deps.js';
import { beforeTurn } from './handlers/before-turn.js';
import { createTurnErrorHandler } from './handlers/errors.js';
import { registerAsk } from './handlers/ask/ask.js';
import { registerEnvironments } from './handlers/environments/environments.js';
import { registerEvents } from './handlers/events/events.js';
import { registerHelp } from './handlers/help.js';
import { registerLifecycle } from './handlers/lifecycle.js';
import { registerMessages } from './handlers/messages.js';
import { registerNotifications } from './handlers/notifications.js';
import { registerStories } from './handlers/stories/stories.js';
import { registerTraining } from './handlers/training/training.js';
import { answerUnhandledInvoke } from './handlers/unhandled.js';

export interface Bot {
  app: Application;
  adapter: MakerHubAdapter;
  deps: BotDeps;
  /** Runs one turn: the app's routes, then a reply to any invoke no route answered. */
  handle(context: TurnContext): Promise<void>;
}

/** Builds the Teams bot from the app's services; no HTTP listening here (tests drive it directly). */
export function createBot(services: Services): Bot {
  const { config } = services;
  const adapter = createAdapter(config.bot);
  const app = new Application({ adapter, botAppId: config.bot.appId ?? '', removeRecipientMention: true, startTypingTimer: true });
  const deps: BotDeps = {
    services,
    links: tabLinks({ teamsAppId: config.settings.TEAMS_APP_ID, tabEndpoint: config.settings.TAB_ENDPOINT }),
    router: new CommandRouter(),
    tenants: config.auth.tenants,
  };

  app.turn('beforeTurn', (context) => beforeTurn(context, deps));
  adapter.onTurnError = createTurnErrorHandler(services.logger);

  // Capabilities register their commands in help order; help itself comes first.
  registerHelp(deps);
  // Ask claims free text as questions (the router's fallback), so it registers after help.
  registerAsk(app, deps);
  registerNotifications(deps);
  registerEnvironments(app, deps);
  registerStories(app, deps);
  registerEvents(app, deps);
  registerTraining(app, deps);
  registerLifecycle(app, deps);
  registerMessages(app, deps);
  return {
    app,
    adapter,
    deps,
    async handle(context) {
      // An unreachable or slow Bot Connector must not hold the request: replies fall back to the outbox.
      guardReplies(context, { timeoutMs: config.bot.replyTimeoutMs, delivery: services.delivery, logger: services.logger });
      await app.run(context);
      await answerUnhandledInvoke(context);
    },
  };
}
