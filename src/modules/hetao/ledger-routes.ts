import { z } from 'zod';
import { attachmentDisposition } from '../../http/content-disposition';
import { requirePrincipal } from '../../http/auth';
import { readFileUpload, parseFields } from '../../http/multipart-form';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import * as declarations from './declarations-service';
import { DECLARATION_FILE_MAX_BYTES, importDeclarations } from './declarations-import';
import {
  createDeclarationBody,
  createElectionBody,
  declarationSchema,
  declarationSummarySchema,
  declarationsQuery,
  electionSchema,
  importDeclarationResultSchema,
} from './declarations-schema';
import { exportLedger } from './ledger-export';
import {
  ledgerExportQuery,
  ledgerItemSchema,
  ledgerQuery,
  ledgerSummarySchema,
  moveBody,
  writeOffBody,
} from './ledger-schema';
import * as ledger from './ledger-service';
import { idParams } from './schema';

const tags = ['hetao'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const organisationQuery = z.strictObject({ organisationId: z.uuid().optional() });

/**
 * First-line declarations and the electronic ledger (issue #16 items 2–6): importers record
 * declarations, write off and move goods, elect to pay (B.N6); customs' console reads across
 * importers and exports to Excel.
 */
export const registerLedgerRoutes: RouteModule = async (app) => {
  app.post(
    '/hetao/declarations',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary:
          'Record a first-line declaration (white-listed importer, B.N3): lines checked against the list (B.L1, B.N2, B.N6, B.R1), the taxes spared computed (B.N11), each line entered in the ledger (B.N4, B.N5)',
        body: createDeclarationBody,
        response: { 201: declarationSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await declarations.recordDeclaration(
            request.ctx,
            requirePrincipal(request),
            request.body,
          ),
        ),
  );

  app.post(
    '/hetao/declarations/import',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary:
          'Import declarations from CSV or Excel (multipart "file", optional organisationId): one row per line, all or nothing, problems per row and column',
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: { description: 'CSV (UTF-8) or Excel (.xlsx)', file: true, required: true },
          organisationId: { description: 'The importing organisation, if you belong to several' },
        },
        response: {
          201: importDeclarationResultSchema,
          ...problemResponses(400, 401, 403, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readFileUpload(request, {
        maxBytes: DECLARATION_FILE_MAX_BYTES,
        tooLarge: 'hetao.file_too_large',
        missing: 'hetao.file_missing',
      });
      const { organisationId } = parseFields(organisationQuery, fields);
      return reply
        .status(201)
        .send(
          await importDeclarations(
            request.ctx,
            requirePrincipal(request),
            file.bytes,
            organisationId,
          ),
        );
    },
  );

  app.get(
    '/hetao/declarations/mine',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: "My organisations' declarations with the taxes they spared",
        querystring: declarationsQuery,
        response: { 200: z.array(declarationSummarySchema), ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      declarations.listMyDeclarations(
        request.ctx,
        requirePrincipal(request),
        request.query.organisationId,
      ),
  );

  app.get(
    '/hetao/declarations/:id',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: 'A declaration with its lines, rates and taxes (its importer, or customs)',
        params: idParams,
        response: { 200: declarationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      declarations.describeDeclaration(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.get(
    '/hetao/ledger/mine',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary:
          "My organisations' ledger items: in supervision, held, released, written off, moved; with tax due",
        querystring: ledgerQuery,
        response: { 200: z.array(ledgerItemSchema), ...problemResponses(400, 401) },
      },
    },
    async (request) => ledger.listMyLedger(request.ctx, requirePrincipal(request), request.query),
  );

  app.get(
    '/hetao/ledger/summary',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: 'Tax spared this year, counts, tax due and the to-do list of my organisation',
        querystring: organisationQuery,
        response: { 200: ledgerSummarySchema, ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      ledger.summariseMyLedger(
        request.ctx,
        requirePrincipal(request),
        request.query.organisationId,
      ),
  );

  app.get(
    '/hetao/ledger/:id',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: 'A ledger item with its write-offs and moves (its importer, or customs)',
        params: idParams,
        response: { 200: ledgerItemSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      ledger.describeLedgerItem(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/ledger/:id/write-offs',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: 'Write off a quantity consumed in research, with the research use (B.N5)',
        params: idParams,
        body: writeOffBody,
        response: { 200: ledgerItemSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) =>
      ledger.writeOffItem(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.post(
    '/hetao/ledger/:id/moves',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary:
          'Move goods through the second line, to other use, or transfer them; records the tax now due (B.N7, B.N10, B.N12)',
        params: idParams,
        body: moveBody,
        response: { 200: ledgerItemSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) =>
      ledger.moveItem(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.post(
    '/hetao/class-elections',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary:
          'Elect to pay the tax for a class of goods (B.N6): the class is barred from exemption for 36 months',
        body: createElectionBody,
        response: { 201: electionSchema, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await ledger.recordElection(request.ctx, requirePrincipal(request), request.body)),
  );

  app.get(
    '/hetao/class-elections/mine',
    {
      config: { permission: 'hetao.ledger' },
      schema: {
        tags,
        summary: "My organisation's elections to pay (B.N6) and until when each bars its class",
        querystring: organisationQuery,
        response: { 200: z.array(electionSchema), ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      ledger.listMyElections(request.ctx, requirePrincipal(request), request.query.organisationId),
  );

  app.get(
    '/hetao/customs/declarations',
    {
      config: { permission: 'hetao.ledger-customs' },
      schema: {
        tags,
        summary: "Every importer's declarations (customs)",
        response: { 200: z.array(declarationSummarySchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => declarations.listAllDeclarations(request.ctx),
  );

  app.get(
    '/hetao/customs/ledger',
    {
      config: { permission: 'hetao.ledger-customs' },
      schema: {
        tags,
        summary: 'The ledger across importers; filter by status, tax due or biosafety (customs)',
        querystring: ledgerQuery,
        response: { 200: z.array(ledgerItemSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ledger.listLedgerForCustoms(request.ctx, request.query),
  );

  app.get(
    '/hetao/customs/ledger/export',
    {
      config: { permission: 'hetao.ledger-customs' },
      schema: {
        tags,
        summary: 'Excel export: declarations, the ledger, biosafety items or items with tax due',
        querystring: ledgerExportQuery,
        response: {
          200: fileResponse([XLSX], 'The sheet as an Excel workbook'),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const file = await exportLedger(request.ctx, request.query.sheet);
      return reply
        .type(XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );
};
