import { attachmentDisposition } from '../../http/content-disposition';
import { fileResponse, noBodyFields, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { chinaDateOf } from '../../shared/china-time';
import { systemContext } from '../../shared/service-context';
import { exportTargets } from './targets-export';
import { snapshotSchema, targetsExportQuery, targetsQuery, targetsSchema } from './targets-schema';
import { getTargets, snapshotTargets, takeMonthlyTargetSnapshot } from './targets-service';

const tags = ['targets'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How often the server checks whether this month's snapshot of the targets is taken: hourly. */
const SNAPSHOT_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** The city's 2027 targets, live (issue #14 item 5; A.T1–A.T4): public figures and exports. */
const targetsRoutes: RouteModule = (app, { database }) => {
  // The monthly snapshot, taken at start-up and checked hourly while the server runs, as the
  // voucher upkeep is (several servers may take it at once: the snapshot of a day is one row,
  // written by upsert, so the last writer's identical figures win).
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const upkeep = () => {
    const ctx = systemContext(database.db, 'targets-snapshot');
    running = running
      .then(() => takeMonthlyTargetSnapshot(ctx))
      .catch((error: unknown) => app.log.warn({ err: error }, 'targets snapshot failed'));
  };
  app.addHook('onReady', async () => {
    upkeep();
    // NOTE: the first check is awaited, so a test (or a first request) never sees the start-up
    // snapshot's audit row land half-way through it.
    await running;
    timer = setInterval(upkeep, SNAPSHOT_CHECK_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });

  app.get(
    '/targets',
    {
      config: { permission: 'targets.public-read' },
      schema: {
        tags,
        summary: "The city's 2027 OPC targets (A.T1–A.T4), computed from the records",
        description:
          'For each target: the clause quoted, the figure on the day, the monthly history of snapshots and a linear projection to 2027-12-31. A.T2 is null ("definition unpublished") until an administrator publishes a definition of high growth; communities without a recorded area and demo data are not counted (see `coverage`).',
        querystring: targetsQuery,
        response: { 200: targetsSchema, ...problemResponses(400) },
      },
    },
    async (request) => getTargets(request.ctx, request.query.date),
  );

  app.get(
    '/targets/export',
    {
      config: { permission: 'targets.public-read' },
      schema: {
        tags,
        summary: 'The targets as CSV or Excel',
        querystring: targetsExportQuery,
        response: {
          200: fileResponse(['text/csv', XLSX], 'The targets: CSV (format=csv) or Excel'),
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const file = await exportTargets(request.ctx, request.query.date, request.query.format);
      return reply
        .type(request.query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );

  app.post(
    '/targets/snapshots',
    {
      config: { permission: 'targets.manage' },
      schema: {
        tags,
        summary: "Take a snapshot of the targets' figures today",
        description:
          "Replaces a snapshot taken earlier the same day. The server also takes one each month by itself. Always today: the records keep no history of a community's status or area, so a snapshot of a past day would be today's figures under an old date.",
        body: noBodyFields,
        response: { 201: snapshotSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await snapshotTargets(request.ctx, request.body?.date ?? chinaDateOf(request.ctx.now())),
        ),
  );
};

export default targetsRoutes;
