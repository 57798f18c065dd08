import { randomUUID } from 'node:crypto';
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { Bot } from '../../bot/app.js';
import type { Services } from '../container.js';
import { createTabAuthenticator } from './auth/tab-auth.js';
import { mountAsk } from './routes/ask.js';
import { mountBotEndpoint } from './routes/bot-endpoint.js';
import { mountCalendar } from './routes/calendar.js';
import { mountDeliveries } from './routes/deliveries.js';
import { mountEnvironments } from './routes/environments.js';
import { mountEvents } from './routes/events.js';
import { mountGraph } from './routes/graph.js';
import { mountHealth } from './routes/health.js';
import { mountLegalPages } from './routes/legal-pages.js';
import { mountMe } from './routes/me.js';
import { mountPrivacy } from './routes/privacy.js';
import { mountRoles } from './routes/roles.js';
import { mountStaticTab } from './routes/static-tab.js';
import { mountStories } from './routes/stories.js';
import { mountStoryImages, STORY_IMAGE_UPLOAD_PATH } from './routes/story-images.js';
import { mountInsights } from './routes/insights.js';
import { mountHome } from './routes/home.js';
import { mountTraining } from './routes/training.js';
import { mountSearch } from './routes/search.js';
import { jsonBody } from './body/json-body.js';
import { declareAccess, publicAccess, withAccess } from './routes/access.js';
import { securityHeaders } from './security-headers.js';
import { compressResponses } from './compression.js';

/** The one HTTP server: bot endpoint, tab API, built tab, health probes. */
export function createHttpServer(services: Services, bot: Bot): Server {
  const server = restify.createServer({ name: 'maker-hub', handleUncaughtExceptions: false });
  // Before routing: even a 404 or 405 carries the security headers and the tab's CSP.
  server.pre(securityHeaders(services.config.settings.TAB_IMAGE_HOSTS));
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
    next();
  });
  server.use(compressResponses());
  server.use((req, res, next) => {
    // API answers are per person and change at any time: a cache must always ask again.
    if (req.path().startsWith('/api/')) res.setHeader('cache-control', 'no-cache');
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // JSON only, in memory, size-limited, before any route (and its authentication) runs: no
  // multipart, no temp files (docs/security.md).
  server.use(jsonBody(undefined, [STORY_IMAGE_UPLOAD_PATH]));

  const auth = createTabAuthenticator(services.config, services.identity);
  mountHealth(server, services);
  mountBotEndpoint(server, bot, services.logger);
  mountMe(server, services, auth);
  mountRoles(server, services, auth);
  mountPrivacy(server, services, auth);
  mountAsk(server, services, auth);
  mountEnvironments(server, services, auth);
  mountDeliveries(server, services, auth);
  mountTraining(server, services, auth);
  mountEvents(server, services, auth);
  mountGraph(server, services, auth);
  mountStoryImages(server, services, auth);
  mountStories(server, services, auth);
  mountInsights(server, services, auth);
  mountSearch(server, services, auth);
  mountHome(server, services, auth);
  server.get(
    '/api/*',
    withAccess(publicAccess('the answer for unknown API paths'), (_req: Request, res: Response, next: Next) => {
      res.status(404);
      res.json({ error: { code: 'not_found', message: 'No such API.' } });
      next(false);
    }),
  );
  mountLegalPages(server);
  mountCalendar(server, services);
  mountStaticTab(server, services.config.server.tabStaticDir, services.logger);
  // The page needs no sign-in: the tab signs in through Teams, and every API call checks it.
  declareAccess(server, 'GET', '/*', publicAccess('the tab page and its assets; the data comes from the signed-in API'));

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
