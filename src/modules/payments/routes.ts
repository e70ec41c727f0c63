import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { readFileUpload } from '../../http/multipart-form';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  batchParams,
  buildBatchBody,
  exportQuery,
  importResponse,
  payableSchema,
  paymentBatchDetail,
  paymentBatchSchema,
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
        response: { 200: payableSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listPayable(request.ctx),
  );

  app.get(
    '/payments/batches',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Payment batches with reconciled totals',
        response: { 200: z.array(paymentBatchSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listBatches(request.ctx),
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
        summary: 'A batch with its lines',
        params: batchParams,
        response: { 200: paymentBatchDetail, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => service.describeBatch(request.ctx, request.params.id),
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
        response: { 200: z.any().describe('the file'), ...problemResponses(400, 401, 403, 404) },
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
