import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  inboxQuery,
  inboxResponse,
  markReadBody,
  markReadResponse,
  outboxResponse,
} from './schema';
import * as service from './service';

/** How often the outbox is drained (e-mail through SMTP, or into the log). */
const DELIVERY_INTERVAL_MS = 5_000;

const notificationsRoutes: RouteModule = (app, { config, database }) => {
  app.get(
    '/notifications',
    {
      config: { permission: 'notifications.inbox' },
      schema: {
        tags: ['notifications'],
        summary: 'My inbox',
        querystring: inboxQuery,
        response: { 200: inboxResponse, ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      service.listMyNotifications(request.ctx, requirePrincipal(request), request.query),
  );

  app.post(
    '/notifications/read',
    {
      config: { permission: 'notifications.inbox' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark notifications read (some, or all)',
        body: markReadBody,
        response: { 200: markReadResponse, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.markMyNotificationsRead(
        request.ctx,
        requirePrincipal(request),
        'all' in request.body ? 'all' : request.body.ids,
      ),
  );

  app.get(
    '/admin/outbox',
    {
      config: { permission: 'notifications.outbox' },
      schema: {
        tags: ['administration'],
        summary: 'E-mail outbox: pending, sent, logged (no SMTP) and failed messages',
        response: { 200: outboxResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.summariseOutbox(request.ctx),
  );

  // The delivery worker: drains the outbox while the server runs.
  const transport = service.smtpTransportFor(config);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      running = running
        .then(() => service.deliverOutbox(database.db, transport, app.log))
        .catch((error: unknown) => app.log.warn({ err: error }, 'outbox delivery failed'));
    }, DELIVERY_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
};

export default notificationsRoutes;
