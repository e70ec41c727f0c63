import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { readFileUpload } from '../../http/multipart-form';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { nextPageLink } from '../../shared/keyset';
import * as service from './questions-service';
import {
  answerQuestionBody,
  askQuestionBody,
  attachmentParams,
  idParams,
  myQuestionsQuery,
  precedentListSchema,
  precedentPreviewSchema,
  precedentQuery,
  precedentSchema,
  publishPrecedentBody,
  questionQueueQuery,
  questionSchema,
  retractBody,
} from './schema';
import { ATTACHMENT_MAX_BYTES, datasheetStoreFor } from './uploads';

const tags = ['hetao'];

/** A bare-array list: the array as before, and its next page (if any) in the `Link` header. */
function sendWithNextLink<Item>(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { items: Item[]; nextCursor: string | null },
) {
  const link = nextPageLink(request.url, page.nextCursor);
  if (link) void reply.header('link', link);
  return page.items;
}

/** The consultation window (B.C1): importers ask and attach datasheets, customs answer, and publish or retract anonymised precedents, which anyone may read. */
export const registerQuestionRoutes: RouteModule = async (app, { config }) => {
  const datasheets = datasheetStoreFor(config);

  app.get(
    '/hetao/questions/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'My questions to customs, newest first, with status, due date and answers',
        querystring: myQuestionsQuery,
        'x-next-page-link': true,
        response: {
          200: z.array(questionSchema),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request, reply) => {
      const page = await service.listMyQuestions(
        request.ctx,
        requirePrincipal(request),
        request.query,
      );
      return sendWithNextLink(request, reply, page);
    },
  );

  app.post(
    '/hetao/questions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Ask customs whether goods are covered (as a member of an importing organisation)',
        body: askQuestionBody,
        response: { 201: questionSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.askQuestion(request.ctx, requirePrincipal(request), request.body)),
  );

  app.get(
    '/hetao/questions',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Customs’ answer queue, by due date (default: open questions)',
        querystring: questionQueueQuery,
        'x-next-page-link': true,
        response: { 200: z.array(questionSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { status, ...page } = request.query;
      const queue = await service.listQuestionQueue(
        request.ctx,
        requirePrincipal(request),
        status,
        page,
      );
      return sendWithNextLink(request, reply, queue);
    },
  );

  app.get(
    '/hetao/questions/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'A question (its asker, or customs)',
        params: idParams,
        response: { 200: questionSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.describeQuestion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/questions/:id/attachments',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: `Attach a datasheet (multipart field "file"; PDF, PNG, JPEG, GIF or WebP; at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB)`,
        params: idParams,
        consumes: ['multipart/form-data'],
        'x-multipart': {
          file: {
            description: 'The datasheet: PDF, PNG, JPEG, GIF or WebP',
            file: true,
            required: true,
          },
        },
        response: { 201: questionSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
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
          await service.attachDatasheet(
            request.ctx,
            requirePrincipal(request),
            datasheets,
            request.params.id,
            file,
          ),
        );
    },
  );

  app.get(
    '/hetao/questions/:id/attachments/:attachmentId',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Download a datasheet (its asker, or customs)',
        params: attachmentParams,
        response: {
          200: fileResponse(
            ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'],
            'The datasheet, as a download, in the type its content was recognised as',
          ),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { bytes, mediaType, fileName } = await service.readDatasheet(
        request.ctx,
        requirePrincipal(request),
        datasheets,
        request.params.id,
        request.params.attachmentId,
      );
      // Always a download, in a sandbox: an uploaded file never runs in our origin.
      return reply
        .type(mediaType)
        .header('content-disposition', attachmentDisposition(fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.post(
    '/hetao/questions/:id/withdraw',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Withdraw my open question',
        params: idParams,
        response: { 200: questionSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawQuestion(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/questions/:id/answer',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Answer a question: heading, covered or not, reasoning, list item',
        params: idParams,
        body: answerQuestionBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.answerQuestion(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    '/hetao/questions/:id/precedent-preview',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'The anonymised text a precedent would publish, with what was removed',
        params: idParams,
        response: { 200: precedentPreviewSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.previewPrecedent(request.ctx, request.params.id),
  );

  app.post(
    '/hetao/questions/:id/publish',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Publish the answer, anonymised, as a precedent the lookup cites',
        params: idParams,
        body: publishPrecedentBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishPrecedent(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/questions/:id/retract',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Take a precedent down (the answer stays with the asker)',
        params: idParams,
        body: retractBody,
        response: { 200: questionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.retractPrecedent(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );

  app.get(
    '/hetao/precedents',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Published precedents (anonymised answers), newest first; q searches text or code',
        querystring: precedentQuery,
        response: { 200: precedentListSchema, ...problemResponses(400) },
      },
    },
    async (request) => service.listPrecedents(request.ctx, request.query),
  );

  app.get(
    '/hetao/precedents/:id',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'A published precedent',
        params: idParams,
        response: { 200: precedentSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.describePrecedent(request.ctx, request.params.id),
  );
};
