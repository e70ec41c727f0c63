import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { readFileUpload } from '../../http/multipart-form';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { nextPageLink } from '../../shared/keyset';
import {
  batchParams,
  buildBatchBody,
  exportQuery,
  importResponse,
  pageQuery,
  payableSchema,
  paymentBatchDetail,
  paymentBatchSchema,
  paymentLinePage,
} from './schema';
import * as service from './service';

/** The largest result file accepted (a few thousand lines). */
const MAX_RESULT_FILE_BYTES = 5 * 1024 * 1024;

const paymentsRoutes: RouteModule = (app) => {
  app.get(
    '/payments/payable',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Approved applications waiting for payment',
        description:
          'Paged, the longest waiting first: at most `limit` rows; the next page is in the `Link: <…>; rel="next"` header (none on the last page).',
        querystring: pageQuery,
        'x-next-page-link': true,
        response: { 200: payableSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { rows, nextCursor } = await service.listPayable(request.ctx, request.query);
      const link = nextPageLink(request.url, nextCursor);
      if (link) void reply.header('link', link);
      return rows;
    },
  );

  app.get(
    '/payments/batches',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Payment batches with reconciled totals',
        description:
          'Paged, newest first: at most `limit` batches; the next page is in the `Link: <…>; rel="next"` header (none on the last page).',
        querystring: pageQuery,
        'x-next-page-link': true,
        response: { 200: z.array(paymentBatchSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { rows, nextCursor } = await service.listBatches(request.ctx, request.query);
      const link = nextPageLink(request.url, nextCursor);
      if (link) void reply.header('link', link);
      return rows;
    },
  );

  app.post(
    '/payments/batches',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Build a batch from approved applications (all, or those listed)',
        body: buildBatchBody,
        response: { 201: paymentBatchSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.buildPaymentBatch(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.get(
    '/payments/batches/:id',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'A batch with its totals and the first page of its lines',
        params: batchParams,
        querystring: pageQuery,
        response: { 200: paymentBatchDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.describeBatch(request.ctx, request.params.id, request.query),
  );

  app.get(
    '/payments/batches/:id/lines',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: "A page of a batch's lines, by line number",
        params: batchParams,
        querystring: pageQuery,
        response: { 200: paymentLinePage, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listBatchLines(request.ctx, request.params.id, request.query),
  );

  app.get(
    '/payments/batches/:id/export',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'The batch file for the bank or treasury (CSV or Excel)',
        params: batchParams,
        querystring: exportQuery,
        response: {
          200: fileResponse(
            ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
            'The batch file, as a download: CSV (format=csv) or an Excel workbook',
          ),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await service.exportBatch(
        request.ctx,
        request.params.id,
        request.query.format,
      );
      return reply
        .type(
          request.query.format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(bytes);
    },
  );

  app.post(
    '/payments/batches/:id/result',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Import the bank result file (multipart `file`, CSV or Excel); idempotent',
        params: batchParams,
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'The bank’s result file, CSV or Excel (.xlsx)',
            file: true,
            required: true,
          },
        },
        response: { 200: importResponse, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => {
      const { file } = await readFileUpload(request, {
        maxBytes: MAX_RESULT_FILE_BYTES,
        tooLarge: 'request.body_too_large',
        missing: 'payment.result_invalid',
      });
      return service.importBatchResult(request.ctx, request.params.id, file.bytes);
    },
  );
};

export default paymentsRoutes;
