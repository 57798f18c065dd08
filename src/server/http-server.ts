import { randomUUID } from 'node:crypto';
import restify, { type Server } from 'restify';
import type { Bot } from '../../bot/app.js';
import type { Services } from '../container.js';
import { createTabAuthenticator } from './auth/tab-auth.js';
import { mountAsk } from './routes/ask.js';
import { mountBotEndpoint } from './routes/bot-endpoint.js';
import { mountCalendar } from './routes/calendar.js';
import { mountDeliveries } from './routes/deliveries.js';
import { mountEnvironments } from './routes/environments.js';
import { mountEvents } from './routes/events.js';
import { mountHealth } from './routes/health.js';
import { mountLegalPages } from './routes/legal-pages.js';
import { mountMe } from './routes/me.js';
import { mountRoles } from './routes/roles.js';
import { mountStaticTab } from './routes/static-tab.js';
import { mountStories } from './routes/stories.js';
import { mountInsights } from './routes/insights.js';
import { mountTraining } from './routes/training.js';

/** Teams and the Microsoft 365 clients that may frame the tab. */
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft https://*.skype.com";

/** The one HTTP server: bot endpoint, tab API, built tab, health probes. */
export function createHttpServer(services: Services, bot: Bot): Server {
  const server = restify.createServer({ name: 'maker-hub', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Activities and API bodies are small; 1 MB stays well above Teams' 100 KB message limit.
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024, rejectUnknown: false }));
  server.use((req, res, next) => {
    // One id per request, echoed to the caller and in the log line, to match reports to logs.
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = Date.now();
    res.once('finish', () => {
      if (req.path().startsWith('/assets/')) return;
      services.logger.info({ requestId, method: req.method, path: req.path(), status: res.statusCode, ms: Date.now() - started }, 'http');
    });
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    res.setHeader('content-security-policy', `frame-ancestors ${FRAME_ANCESTORS}`);
    next();
  });

  const auth = createTabAuthenticator(services.config, services.identity);
  mountHealth(server, services);
  mountBotEndpoint(server, bot, services.logger);
  mountMe(server, services, auth);
  mountRoles(server, services, auth);
  mountAsk(server, services, auth);
  mountEnvironments(server, services, auth);
  mountDeliveries(server, services, auth);
  mountTraining(server, services, auth);
  mountEvents(server, services, auth);
  mountStories(server, services, auth);
  mountInsights(server, services, auth);
  server.get('/api/*', (_req, res, next) => {
    res.status(404);
    res.json({ error: { code: 'not_found', message: 'No such API.' } });
    next(false);
  });
  mountLegalPages(server);
  mountCalendar(server, services);
  mountStaticTab(server, services.config.server.tabStaticDir, services.logger);

  server.on('restifyError', (req, res, err, callback) => {
    // restify's own errors (unparseable JSON, too large) as our JSON shape, without internals.
    const invalidJson = (err as { restCode?: string }).restCode === 'InvalidContent';
    const body = invalidJson
      ? { error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } }
      : { error: { code: (err as { restCode?: string }).restCode ?? 'bad_request', message: err.message } };
    err.toJSON = () => body;
    callback();
  });
  return server;
}
