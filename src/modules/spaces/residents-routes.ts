import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { nextPageLink } from '../../shared/keyset';
import { communityParams, listPageQuery } from './schema';
import {
  communityResidentSchema,
  highGrowthDefinitionBody,
  highGrowthDefinitionSchema,
  highGrowthMarkBody,
  highGrowthMarkSchema,
  residentParams,
  residentRecordBody,
  residentRecordSchema,
  residentSchema,
} from './residents-schema';
import * as residents from './residents-service';

const tags = ['spaces'];

/** Residents' records (issue #14 item 4): a resident company's team and its high-growth mark. */
const residentsRoutes: RouteModule = (app) => {
  app.get(
    '/spaces/residents/:organisationId',
    {
      config: { permission: 'spaces.residents' },
      schema: {
        tags,
        summary: "A resident company's team record and high-growth mark, with their history",
        description:
          'Its members, the operator of a community where it leases, and administrators may read it.',
        params: residentParams,
        response: { 200: residentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      residents.getResident(request.ctx, requirePrincipal(request), request.params.organisationId),
  );

  app.get(
    '/spaces/communities/:communityId/residents',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'The companies resident in the community today, with their newest records',
        description:
          'For its operator or an administrator. Paged by keyset, by organisation id: at most `limit` rows (default 200); the next page is in the `Link: <…>; rel="next"` header (none on the last page).',
        params: communityParams,
        querystring: listPageQuery,
        'x-next-page-link': true,
        response: {
          200: z.array(communityResidentSchema),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { rows, nextCursor } = await residents.listCommunityResidents(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query,
      );
      const link = nextPageLink(request.url, nextCursor);
      if (link) void reply.header('link', link);
      return rows;
    },
  );

  app.post(
    '/spaces/residents/:organisationId/records',
    {
      config: { permission: 'spaces.residents' },
      schema: {
        tags,
        summary: "Declare a resident company's team and its AI talents (A.T3)",
        description:
          'By a member of the company, the operator of a community where it leases, or an administrator; kept with who set it and when. AI founders and staff together may not exceed the team (422).',
        params: residentParams,
        body: residentRecordBody,
        response: { 201: residentRecordSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await residents.setResidentRecord(
            request.ctx,
            requirePrincipal(request),
            request.params.organisationId,
            request.body,
          ),
        ),
  );

  app.post(
    '/spaces/residents/:organisationId/high-growth-marks',
    {
      config: { permission: 'spaces.high-growth' },
      schema: {
        tags,
        summary: 'Mark a resident company high-growth, or no longer (A.T2), with evidence',
        description:
          'By the operator of a community where it leases or an administrator, under the definition of high growth in force; none published: 422.',
        params: residentParams,
        body: highGrowthMarkBody,
        response: { 201: highGrowthMarkSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await residents.markHighGrowth(
            request.ctx,
            requirePrincipal(request),
            request.params.organisationId,
            request.body,
          ),
        ),
  );

  app.get(
    '/targets/high-growth-definitions',
    {
      config: { permission: 'targets.public-read' },
      schema: {
        tags: ['targets'],
        summary: 'The published definitions of a high-growth AI start-up (A.T2), newest first',
        description:
          'The source does not define high growth: these are administrators’ definitions, each with its source text.',
        response: { 200: z.array(highGrowthDefinitionSchema) },
      },
    },
    async (request) => residents.listHighGrowthDefinitions(request.ctx),
  );

  app.post(
    '/targets/high-growth-definitions',
    {
      config: { permission: 'targets.manage' },
      schema: {
        tags: ['targets'],
        summary: 'Publish a dated definition of a high-growth AI start-up (A.T2)',
        description:
          'With the text it comes from. One per effective date (409). Until the first takes effect the A.T2 figure is "definition unpublished".',
        body: highGrowthDefinitionBody,
        response: {
          201: highGrowthDefinitionSchema,
          ...problemResponses(400, 401, 403, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await residents.publishHighGrowthDefinition(request.ctx, request.body)),
  );
};

export default residentsRoutes;
