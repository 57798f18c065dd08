import type { Request, Response, Server } from 'restify';
import type { Services } from '../../container.js';
import { isDomainError } from '../../domain/shared/errors.js';
import { publicAccess, withAccess } from './access.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;

/**
 * "Add to calendar": GET /calendar/events/<id>.ics. Without sign-in on purpose, because calendar
 * apps and the browser that a card button opens carry no Teams token; the event id (a random
 * UUID) is only known to people who were shown the event. The UID is stable, so downloading
 * again after a change updates the entry instead of duplicating it.
 */
export function mountCalendar(server: Server, services: Services): void {
  const uidDomain = services.config.auth.tabDomain.split(':')[0] || 'maker-hub';
  const access = publicAccess('calendar apps and the browser a card opens carry no Teams token; event ids are random');
  server.get('/calendar/events/:file', withAccess(access, async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params.file ?? ''));
    try {
      if (!match?.[1]) throw Object.assign(new Error('not an event file'), { status: 404 });
      const { filename, body } = await services.events.calendar(match[1].toLowerCase(), uidDomain);
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'no-store');
      res.status(200);
      res.end(body);
    } catch (error) {
      const notFound = isDomainError(error) || (error as { status?: number }).status === 404;
      if (!notFound) services.logger.error({ err: error }, 'calendar download failed');
      res.status(notFound ? 404 : 500);
      res.json({ error: { code: notFound ? 'not_found' : 'internal', message: notFound ? 'That event does not exist.' : 'The calendar file could not be made.' } });
    }
  }));
}
