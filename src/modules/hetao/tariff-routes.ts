import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { parseFields, readFileUpload } from '../../http/multipart-form';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { TARIFF_FILE_MAX_BYTES } from './tariff-import';
import {
  ratesInForceSchema,
  ratesQuery,
  tariffIdParams,
  tariffImportFields,
  tariffImportResultSchema,
  tariffVersionDetailSchema,
  tariffVersionSchema,
} from './tariff-schema';
import * as service from './tariff-service';

const tags = ['hetao'];

/**
 * The customs tariff table (issue #16 item 3): anyone may ask the rates in force for a code on a
 * day; customs import versions (CSV or Excel, all or nothing) and publish or discard them.
 */
export const registerTariffRoutes: RouteModule = async (app) => {
  app.get(
    '/hetao/tariff/rates',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary:
          'The duty, VAT and consumption-tax rates in force for an HS code (8 or 10 digits) on a day, with the version and source; 404 when none is published',
        querystring: ratesQuery,
        response: { 200: ratesInForceSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.describeRatesInForce(request.ctx, request.query),
  );

  app.get(
    '/hetao/tariff/versions',
    {
      config: { permission: 'hetao.tariff-manage' },
      schema: {
        tags,
        summary: 'Every tariff version (draft, published, discarded), newest import first',
        response: { 200: z.array(tariffVersionSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listTariffVersions(request.ctx),
  );

  app.post(
    '/hetao/tariff/versions/import',
    {
      config: { permission: 'hetao.tariff-manage' },
      schema: {
        tags,
        summary:
          'Import a tariff file (CSV or Excel .xlsx: hs_code,description,duty_rate,vat_rate,consumption_rate; multipart field "file", plus title, sourceDocument, effectiveDate, notes) as a draft; all or nothing, row errors with line and column',
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'The rates: CSV (UTF-8) or Excel (.xlsx)',
            file: true,
            required: true,
          },
          title: { description: 'The version’s title', required: true },
          sourceDocument: { description: 'The document the rates come from', required: true },
          effectiveDate: {
            description: 'YYYY-MM-DD: the first day the rates are in force',
            required: true,
          },
          notes: { description: 'Notes for customs officers' },
        },
        response: {
          201: tariffImportResultSchema,
          ...problemResponses(400, 401, 403, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readFileUpload(request, {
        maxBytes: TARIFF_FILE_MAX_BYTES,
        tooLarge: 'hetao.file_too_large',
        missing: 'hetao.file_missing',
      });
      return reply
        .status(201)
        .send(
          await service.importTariffVersion(
            request.ctx,
            requirePrincipal(request),
            file,
            parseFields(tariffImportFields, fields),
          ),
        );
    },
  );

  app.get(
    '/hetao/tariff/versions/:id',
    {
      config: { permission: 'hetao.tariff-manage' },
      schema: {
        tags,
        summary: 'A tariff version with its first 500 rates',
        params: tariffIdParams,
        response: { 200: tariffVersionDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.describeTariffVersion(request.ctx, request.params.id),
  );

  for (const action of ['publish', 'discard'] as const)
    app.post(
      `/hetao/tariff/versions/:id/${action}`,
      {
        config: { permission: 'hetao.tariff-manage' },
        schema: {
          tags,
          summary:
            action === 'publish'
              ? 'Publish a draft version: its rates are in force from its effective date'
              : 'Discard a draft version',
          params: tariffIdParams,
          response: { 200: tariffVersionSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        service.decideTariffVersion(
          request.ctx,
          requirePrincipal(request),
          request.params.id,
          action,
        ),
    );
};
