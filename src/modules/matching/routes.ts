import { z } from 'zod';
import { parseFields, readFileUpload } from '../../http/multipart-form';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { IMPORT_FILE_MAX_BYTES } from './import-file';
import * as imports from './imports-service';
import { createPgBossQueue } from './pg-boss-queue';
import * as profiles from './profiles-service';
import { pushesRoutes } from './pushes-routes';
import {
  createInProcessQueue,
  registerMatchingQueue,
  unregisterMatchingQueue,
  type MatchingQueue,
} from './queue';
import * as runs from './runs-service';
import {
  idParams,
  importPreviewSchema,
  importResultSchema,
  importSchema,
  importTargetSchema,
  profilePageSchema,
  profileParams,
  profileSchema,
  profilesQuery,
  runBody,
  runSchema,
} from './schema';

const tags = ['matching'];
const importFields = z.object({ mapping: z.string().max(20_000).optional() });

/** Milliseconds from now to the next 02:00 in Shenzhen (UTC+8, no daylight saving). */
function untilNextNight(now: Date) {
  const shenzhen = new Date(now.getTime() + 8 * 3600_000);
  const next = new Date(shenzhen);
  next.setUTCHours(2, 0, 0, 0);
  if (next <= shenzhen) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime() - shenzhen.getTime();
}

/**
 * Policy finds the company (issue #15 items 1–3): imports of registration data, match runs and
 * profiles for administrators; the queue that runs the batches starts and stops with the server.
 */
const matchingRoutes: RouteModule = (app, options) => {
  const { config, database } = options;
  pushesRoutes(app, options);
  let queue: MatchingQueue | undefined;
  let nightlyTimer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    const handler = runs.batchHandlerOf(database.db, (error) =>
      app.log.warn({ err: error }, 'matching push digest failed; its pushes wait for the next'),
    );
    const onError = (error: unknown) => app.log.warn({ err: error }, 'matching batch failed');
    if (config.database.kind === 'postgres')
      queue = await createPgBossQueue({
        connectionString: config.database.url,
        handler,
        nightly: () => runs.matchNightly(database.db),
        onError,
      });
    else {
      queue = createInProcessQueue(handler, onError);
      // NOTE: one process on the embedded database: a plain timer is the nightly schedule.
      const schedule = () => {
        nightlyTimer = setTimeout(() => {
          void runs.matchNightly(database.db).catch(onError);
          schedule();
        }, untilNextNight(new Date()));
        nightlyTimer.unref();
      };
      schedule();
    }
    registerMatchingQueue(database.db, queue);
  });
  app.addHook('onClose', async () => {
    if (nightlyTimer) clearTimeout(nightlyTimer);
    if (queue) {
      unregisterMatchingQueue(database.db, queue);
      await queue.stop();
    }
  });

  app.get(
    '/matching/import-targets',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'What a column can be mapped to: profile fields and the importable facts',
        response: { 200: z.array(importTargetSchema), ...problemResponses(401, 403) },
      },
    },
    async () => imports.listTargets(),
  );

  app.post(
    '/matching/imports/preview',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'Read a file without importing it: its columns, a suggested mapping, a few rows',
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'Companies: CSV (UTF-8) or Excel (.xlsx)',
            file: true,
            required: true,
          },
        },
        response: { 200: importPreviewSchema, ...problemResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      const { file } = await readFileUpload(request, {
        maxBytes: IMPORT_FILE_MAX_BYTES,
        tooLarge: 'matching.file_too_large',
        missing: 'matching.file_missing',
      });
      return imports.previewImport(request.ctx, file);
    },
  );

  app.post(
    '/matching/imports',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary:
          'Import companies (CSV or Excel .xlsx, multipart field "file", plus "mapping": a JSON object from column header to target); all or nothing, rejected rows with line and column',
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'Companies: CSV (UTF-8) or Excel (.xlsx)',
            file: true,
            required: true,
          },
          mapping: {
            description:
              'JSON: column header → target id (see GET /matching/import-targets); absent: suggested from the headers',
          },
        },
        response: { 201: importResultSchema, ...problemResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readFileUpload(request, {
        maxBytes: IMPORT_FILE_MAX_BYTES,
        tooLarge: 'matching.file_too_large',
        missing: 'matching.file_missing',
      });
      const result = await imports.importProfiles(
        request.ctx,
        file,
        parseFields(importFields, fields),
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/matching/imports',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'The imports, newest version first',
        response: { 200: z.array(importSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => imports.listImports(request.ctx),
  );

  app.get(
    '/matching/imports/:id',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'One import with its mapping and counts',
        params: idParams,
        response: { 200: importSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => imports.getImport(request.ctx, request.params.id),
  );

  app.post(
    '/matching/runs',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'Match every profile against the catalogue (or some policies) now',
        body: runBody,
        response: { 202: runSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        runs.presentRun(
          (await runs.startRun(request.ctx, {
            trigger: 'manual',
            policies: request.body.policies,
          }))!,
        ),
      ),
  );

  app.get(
    '/matching/runs',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'The latest match runs with their progress',
        response: { 200: z.array(runSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => runs.listRuns(request.ctx),
  );

  app.get(
    '/matching/runs/:id',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary:
          'One match run: batches done of the total, profiles matched, results written (poll it)',
        params: idParams,
        response: { 200: runSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => runs.getRun(request.ctx, request.params.id),
  );

  app.get(
    '/matching/profiles',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'Matching profiles in id order, searched by name or credit code',
        querystring: profilesQuery,
        response: { 200: profilePageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => profiles.listProfiles(request.ctx, request.query),
  );

  app.get(
    '/matching/profiles/:id',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary: 'One profile: its facts with where each came from, and its results',
        params: profileParams,
        response: { 200: profileSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => profiles.getProfile(request.ctx, request.params.id),
  );
};

export default matchingRoutes;
