import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { parseFields, readFileUpload } from '../../http/multipart-form';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { LIST_FILE_MAX_BYTES } from './list-import';
import * as draftItems from './draft-items-service';
import * as service from './lists-service';
import {
  changelogSchema,
  createDraftBody,
  diffQuery,
  idParams,
  importFields,
  importResultSchema,
  itemParams,
  listDiffSchema,
  listItemBody,
  listItemPatchBody,
  listItemSchema,
  listVersionDetailSchema,
  listVersionSchema,
  listVersionsQuery,
  updateDraftBody,
} from './schema';

const tags = ['hetao'];

/** The list (B.L1, B.N1, B.N5): public reading of versions, their diffs, export and changelog; customs and administrators draft, import, edit, publish and discard versions. */
export const registerListRoutes: RouteModule = async (app) => {
  app.get(
    '/hetao/list',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'The tax-free research-goods list in force (B.L1), with its items',
        response: { 200: listVersionDetailSchema, ...problemResponses(503) },
      },
    },
    async (request) => service.describeCurrentList(request.ctx),
  );

  app.get(
    '/hetao/list-versions',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'List versions (published ones for everyone; drafts for customs)',
        querystring: listVersionsQuery,
        response: { 200: z.array(listVersionSchema), ...problemResponses(400) },
      },
    },
    async (request) =>
      service.listListVersions(request.ctx, request.principal, request.query.status),
  );

  app.get(
    '/hetao/list-versions/:id',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A list version with its items',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      service.describeListVersion(request.ctx, request.principal, request.params.id),
  );

  app.get(
    '/hetao/list-versions/:id/diff',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Items added, removed and changed (field by field) against another version',
        params: idParams,
        querystring: diffQuery,
        response: { 200: listDiffSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      service.diffListVersion(
        request.ctx,
        request.principal,
        request.params.id,
        request.query.against,
      ),
  );

  app.get(
    '/hetao/list-versions/:id/export.csv',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A list version as a CSV file in the import format',
        params: idParams,
        response: {
          200: fileResponse(['text/csv'], 'The list version as CSV (UTF-8), as a download'),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { fileName, csv } = await service.exportListVersionCsv(
        request.ctx,
        request.principal,
        request.params.id,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );

  app.get(
    '/hetao/changelog',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Public changelog of the list: every published version and what it changed',
        response: { 200: changelogSchema },
      },
    },
    async (request) => service.listChangelog(request.ctx),
  );

  app.post(
    '/hetao/list-versions',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Start the next draft version (a copy of the published one, or empty)',
        body: createDraftBody,
        response: { 201: listVersionDetailSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createDraftVersion(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.post(
    '/hetao/list-versions/import',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary:
          'Import a list file (CSV or Excel .xlsx, multipart field "file", plus title, issuingDocument, effectiveDate, source, notes, isWorkingList) as a new draft; all or nothing, row errors with line numbers',
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'The list: CSV (UTF-8) or Excel (.xlsx)',
            file: true,
            required: true,
          },
          title: { description: 'The version’s title', required: true },
          issuingDocument: { description: 'The document that issues or amends the list' },
          effectiveDate: { description: 'YYYY-MM-DD: the day it takes effect' },
          source: { description: 'Where the list text comes from' },
          notes: { description: 'Notes for the customs officers' },
          isWorkingList: { description: '"true" for a working list (not the official one)' },
        },
        response: {
          201: importResultSchema,
          ...problemResponses(400, 401, 403, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { fields, file } = await readFileUpload(request, {
        maxBytes: LIST_FILE_MAX_BYTES,
        tooLarge: 'hetao.file_too_large',
        missing: 'hetao.file_missing',
      });
      const result = await service.importListVersion(
        request.ctx,
        requirePrincipal(request),
        file,
        parseFields(importFields, fields),
      );
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/hetao/list-versions/:id',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change a draft version’s title, issuing document, effective date or source',
        params: idParams,
        body: updateDraftBody,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateDraftVersion(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/hetao/list-versions/:id/items',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Add an item to a draft version',
        params: idParams,
        body: listItemBody,
        response: { 201: listItemSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await draftItems.addDraftItem(request.ctx, request.params.id, request.body)),
  );

  app.patch(
    '/hetao/list-versions/:id/items/:itemId',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change an item of a draft version',
        params: itemParams,
        body: listItemPatchBody,
        response: { 200: listItemSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      draftItems.updateDraftItem(
        request.ctx,
        request.params.id,
        request.params.itemId,
        request.body,
      ),
  );

  app.delete(
    '/hetao/list-versions/:id/items/:itemId',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Remove an item from a draft version',
        params: itemParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await draftItems.removeDraftItem(request.ctx, request.params.id, request.params.itemId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/hetao/list-versions/:id/publish',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Publish a draft: it becomes the list in force, the previous one is superseded',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishListVersion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/list-versions/:id/discard',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Discard a draft (suggestion groups pulled into it go back to open)',
        params: idParams,
        response: { 200: listVersionDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.discardListVersion(request.ctx, request.params.id),
  );
};
