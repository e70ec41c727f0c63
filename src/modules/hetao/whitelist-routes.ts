import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { readFileUpload } from '../../http/multipart-form';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { ATTACHMENT_MAX_BYTES } from './uploads';
import { whiteListDocumentStoreFor } from './whitelist-documents';
import {
  applicationQueueQuery,
  applicationQueueSchema,
  applyForWhiteListBody,
  listApplicationBody,
  listedResultSchema,
  myWhiteListSchema,
  provideInformationBody,
  publicWhiteListSchema,
  reasonsBody,
  requestInformationBody,
  updateEntryBody,
  whiteListApplicationSchema,
  whiteListDocumentParams,
  whiteListEntrySchema,
  whiteListIdParams,
} from './whitelist-schema';
import * as service from './whitelist-service';
import { z } from 'zod';

const tags = ['hetao'];

/**
 * The Hetao importers' white list (issue #16 item 1, B.N3): the public list; a founder's
 * application, its documents and answers; the white-list officer's decisions on applications
 * and entries; customs read the list and the applications (`hetao.whitelist-read`).
 */
export const registerWhiteListRoutes: RouteModule = async (app, { config }) => {
  const documents = whiteListDocumentStoreFor(config);

  app.get(
    '/hetao/white-list',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary:
          'The importers’ white list (B.N3): name, entity type, listed since, valid until and status today',
        response: { 200: publicWhiteListSchema },
      },
    },
    async (request) => service.describePublicWhiteList(request.ctx),
  );

  app.get(
    '/hetao/white-list/mine',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary: 'My organisations’ white-list standing and applications',
        response: { 200: myWhiteListSchema, ...problemResponses(401) },
      },
    },
    async (request) => service.describeMyWhiteList(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/hetao/white-list/applications',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary:
          'Apply for the white list on behalf of an organisation you founded (B.N3, B.E1); one live application per organisation',
        body: applyForWhiteListBody,
        response: {
          201: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.applyForWhiteList(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.get(
    '/hetao/white-list/applications',
    {
      config: { permission: 'hetao.whitelist-read' },
      schema: {
        tags,
        summary:
          'The white-list officer’s queue (default: submitted), oldest first; customs may read it',
        querystring: applicationQueueQuery,
        response: { 200: applicationQueueSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.listApplicationQueue(request.ctx, request.query),
  );

  app.get(
    '/hetao/white-list/applications/:id',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary: 'A white-list application (its organisation’s members, the officer, customs)',
        params: whiteListIdParams,
        response: { 200: whiteListApplicationSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.describeApplication(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/white-list/applications/:id/withdraw',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary: 'Withdraw a live application (a founder of its organisation)',
        params: whiteListIdParams,
        response: {
          200: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.withdrawApplication(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/white-list/applications/:id/information',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary:
          'Answer the officer’s request for more information (and correct the application); back to the queue',
        params: whiteListIdParams,
        body: provideInformationBody,
        response: {
          200: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.provideInformation(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/white-list/applications/:id/documents',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary: `Attach a document to a live application (multipart field "file"; PDF, PNG, JPEG, GIF or WebP; at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB)`,
        params: whiteListIdParams,
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'The document: PDF, PNG, JPEG, GIF or WebP',
            file: true,
            required: true,
          },
        },
        response: {
          201: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { file } = await readFileUpload(request, {
        maxBytes: ATTACHMENT_MAX_BYTES,
        tooLarge: 'hetao.file_too_large',
        missing: 'hetao.file_missing',
      });
      return reply
        .status(201)
        .send(
          await service.attachDocument(
            request.ctx,
            requirePrincipal(request),
            documents,
            request.params.id,
            file,
          ),
        );
    },
  );

  app.get(
    '/hetao/white-list/applications/:id/documents/:documentId',
    {
      config: { permission: 'hetao.whitelist-apply' },
      schema: {
        tags,
        summary: 'Download an application’s document (its members, the officer, customs)',
        params: whiteListDocumentParams,
        response: {
          200: fileResponse(
            ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'],
            'The document, as a download, in the type its content was recognised as',
          ),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { bytes, mediaType, fileName } = await service.readDocument(
        request.ctx,
        requirePrincipal(request),
        documents,
        request.params.id,
        request.params.documentId,
      );
      return reply
        .type(mediaType)
        .header('content-disposition', attachmentDisposition(fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.post(
    '/hetao/white-list/applications/:id/request-information',
    {
      config: { permission: 'hetao.whitelist-manage' },
      schema: {
        tags,
        summary: 'Ask the applicant for more information',
        params: whiteListIdParams,
        body: requestInformationBody,
        response: {
          200: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.requestInformation(request.ctx, request.params.id, request.body.request),
  );

  app.post(
    '/hetao/white-list/applications/:id/refuse',
    {
      config: { permission: 'hetao.whitelist-manage' },
      schema: {
        tags,
        summary: 'Refuse an application, with reasons',
        params: whiteListIdParams,
        body: reasonsBody,
        response: {
          200: whiteListApplicationSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.refuseApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reasons,
      ),
  );

  app.post(
    '/hetao/white-list/applications/:id/list',
    {
      config: { permission: 'hetao.whitelist-manage' },
      schema: {
        tags,
        summary:
          'Put the organisation on the white list from validFrom until validUntil (inclusive), with the filing reference if known (B.N3)',
        params: whiteListIdParams,
        body: listApplicationBody,
        response: { 200: listedResultSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.listApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    '/hetao/white-list/entries',
    {
      config: { permission: 'hetao.whitelist-read' },
      schema: {
        tags,
        summary:
          'Every white-list entry with its filing reference, suspension or removal and reasons (officer, customs)',
        response: { 200: z.array(whiteListEntrySchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listEntries(request.ctx),
  );

  app.get(
    '/hetao/white-list/entries/:id',
    {
      config: { permission: 'hetao.whitelist-read' },
      schema: {
        tags,
        summary: 'A white-list entry (officer, customs)',
        params: whiteListIdParams,
        response: { 200: whiteListEntrySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.describeEntry(request.ctx, request.params.id),
  );

  app.patch(
    '/hetao/white-list/entries/:id',
    {
      config: { permission: 'hetao.whitelist-manage' },
      schema: {
        tags,
        summary: 'Record the filing reference (B.N3) or change the last day of an entry in force',
        params: whiteListIdParams,
        body: updateEntryBody,
        response: { 200: whiteListEntrySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateEntry(request.ctx, request.params.id, request.body),
  );

  for (const [path, change, summary] of [
    ['suspend', 'suspend', 'Suspend a listed entry from today, with reasons'],
    ['remove', 'remove', 'Remove an entry from the list from today, with reasons'],
    ['reinstate', 'reinstate', 'Lift a suspension, with reasons'],
  ] as const)
    app.post(
      `/hetao/white-list/entries/:id/${path}`,
      {
        config: { permission: 'hetao.whitelist-manage' },
        schema: {
          tags,
          summary,
          params: whiteListIdParams,
          body: reasonsBody,
          response: { 200: whiteListEntrySchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        service.changeEntry(request.ctx, request.params.id, change, request.body.reasons),
    );
};
