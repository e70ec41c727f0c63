import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import * as service from './rulings-service';
import {
  acceptRulingBody,
  createRulingBody,
  decideRulingBody,
  idParams,
  publishedRulingSchema,
  refuseRulingBody,
  rulingSchema,
  rulingsQuery,
  updateRulingBody,
} from './schema';

const tags = ['hetao'];

/** Advance rulings (B.N8): importers draft, file and withdraw requests; customs accept, refuse, decide and publish; anyone reads the published decisions. */
export const registerRulingRoutes: RouteModule = async (app) => {
  app.get(
    '/hetao/rulings/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'My advance-ruling requests with their dates',
        response: { 200: z.array(rulingSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyRulings(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/hetao/rulings/published',
    {
      config: { permission: 'hetao.public-read' },
      schema: {
        tags,
        summary: 'Published advance-ruling decisions (anonymised; trade secrets never published)',
        response: { 200: z.array(publishedRulingSchema) },
      },
    },
    async (request) => service.listPublishedRulings(request.ctx),
  );

  app.get(
    '/hetao/rulings',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'All advance-ruling requests (customs)',
        querystring: rulingsQuery,
        response: { 200: z.array(rulingSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.listRulingsForCustoms(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.post(
    '/hetao/rulings',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Record an advance-ruling request (draft; warns when filing is already too late)',
        body: createRulingBody,
        response: { 201: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createRuling(request.ctx, requirePrincipal(request), request.body)),
  );

  app.get(
    '/hetao/rulings/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'An advance-ruling request (its applicant, or customs)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.describeRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.patch(
    '/hetao/rulings/:id',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Change a draft advance-ruling request',
        params: idParams,
        body: updateRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.updateRulingDraft(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/rulings/:id/file',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'File the request (refused unless the planned import is ≥ 3 months away, B.N8)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) =>
      service.fileRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/rulings/:id/withdraw',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Withdraw my advance-ruling request',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawRuling(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/rulings/:id/accept',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record that customs accepted the request (decided within 10 days, B.N8)',
        params: idParams,
        body: acceptRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.acceptRuling(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.customsReference,
      ),
  );

  app.post(
    '/hetao/rulings/:id/refuse',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record that customs did not accept the request, with the reason',
        params: idParams,
        body: refuseRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.refuseRuling(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );

  app.post(
    '/hetao/rulings/:id/decide',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Record the ruling (heading, text, trade secret or not); valid 3 years (B.N8)',
        params: idParams,
        body: decideRulingBody,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideRuling(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.post(
    '/hetao/rulings/:id/publish',
    {
      config: { permission: 'hetao.answer' },
      schema: {
        tags,
        summary: 'Publish a ruling (refused when it holds trade secrets, B.N8)',
        params: idParams,
        response: { 200: rulingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.publishRuling(request.ctx, requirePrincipal(request), request.params.id),
  );
};
