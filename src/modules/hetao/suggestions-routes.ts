import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  declineGroupBody,
  idParams,
  listVersionDetailSchema,
  pullGroupBody,
  suggestBody,
  suggestionGroupSchema,
  suggestionGroupsQuery,
} from './schema';
import * as service from './suggestions-service';

const tags = ['hetao'];

/** Suggestions for the next list (B.L3): importers suggest and support; customs pull a group into the draft list or decline it. */
export const registerSuggestionRoutes: RouteModule = async (app) => {
  app.get(
    '/hetao/suggestions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Suggestion groups by heading, with counts and supporters, most wanted first',
        querystring: suggestionGroupsQuery,
        response: { 200: z.array(suggestionGroupSchema), ...problemResponses(400, 401) },
      },
    },
    async (request) =>
      service.listSuggestionGroups(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.get(
    '/hetao/suggestions/mine',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'The suggestion groups I suggested in',
        response: { 200: z.array(suggestionGroupSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMySuggestionGroups(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/hetao/suggestions',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Suggest goods to add to the list; joins the group for its 4-digit heading',
        body: suggestBody,
        response: { 201: suggestionGroupSchema, ...problemResponses(400, 401, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.suggestAddition(request.ctx, requirePrincipal(request), request.body)),
  );

  app.post(
    '/hetao/suggestion-groups/:id/support',
    {
      config: { permission: 'hetao.ask' },
      schema: {
        tags,
        summary: 'Support (+1) a suggestion group',
        params: idParams,
        response: { 200: suggestionGroupSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.supportGroup(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/hetao/suggestion-groups/:id/pull',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Pull a suggestion group into the next draft list version as a new item',
        params: idParams,
        body: pullGroupBody,
        response: {
          200: z.object({ group: suggestionGroupSchema, draft: listVersionDetailSchema }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.pullGroupIntoDraft(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/hetao/suggestion-groups/:id/decline',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Decline a suggestion group, with the reason importers will see',
        params: idParams,
        body: declineGroupBody,
        response: { 200: suggestionGroupSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.declineGroup(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body.reason,
      ),
  );
};
