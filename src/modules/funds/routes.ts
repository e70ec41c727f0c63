import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  aggregateSchema,
  fundSchema,
  introductionParams,
  introductionSchema,
  moveBody,
  requestBody,
  staffBody,
  staffParams,
  staffSchema,
} from './schema';
import * as fundsService from './service';

const tags = ['funds'];

/** Introductions to the two industry funds (issue #17 item 4; A.P11). */
const fundsRoutes: RouteModule = (app) => {
  app.get(
    '/funds',
    {
      config: { permission: 'funds.public-read' },
      schema: {
        tags,
        summary: 'The two industry funds A.P11 names',
        response: { 200: z.array(fundSchema) },
      },
    },
    async () => fundsService.listFunds(),
  );

  app.post(
    '/funds/introductions',
    {
      config: { permission: 'funds.request' },
      schema: {
        tags,
        summary: 'Ask for an introduction of a high-growth company in an OPC community to a fund',
        description:
          'By a member of the company. Not high-growth, or no lease in an OPC community today: 422 naming A.P11. One open introduction per company and fund (409).',
        body: requestBody,
        response: { 201: introductionSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await fundsService.requestIntroduction(
            request.ctx,
            requirePrincipal(request),
            request.body,
          ),
        ),
  );

  app.get(
    '/funds/introductions/mine',
    {
      config: { permission: 'funds.request' },
      schema: {
        tags,
        summary: "The introductions of the caller's companies, with their stages and reasons",
        response: { 200: z.array(introductionSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => fundsService.listMyIntroductions(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/funds/pipeline',
    {
      config: { permission: 'funds.pipeline' },
      schema: {
        tags,
        summary: "The caller's fund's pipeline (its own fund only)",
        description: 'A fund-role account not assigned to a fund: 403.',
        response: { 200: z.array(introductionSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => fundsService.listPipeline(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/funds/introductions/:introductionId',
    {
      config: { permission: 'funds.read' },
      schema: {
        tags,
        summary: 'One introduction with its one-page profile (its fund’s staff, or the company)',
        description: "Another fund's staff, or anyone else: 404.",
        params: introductionParams,
        response: { 200: introductionSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      fundsService.getIntroduction(
        request.ctx,
        requirePrincipal(request),
        request.params.introductionId,
      ),
  );

  app.post(
    '/funds/introductions/:introductionId/stage',
    {
      config: { permission: 'funds.pipeline' },
      schema: {
        tags,
        summary: 'Move an introduction a stage, with a reason private to the fund and the company',
        description:
          "introduced → meeting → due-diligence → invested (with the amount, integer fen), or declined from any open stage; otherwise 409. Another fund's introduction: 404.",
        params: introductionParams,
        body: moveBody,
        response: { 200: introductionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      fundsService.moveIntroduction(
        request.ctx,
        requirePrincipal(request),
        request.params.introductionId,
        request.body,
      ),
  );

  app.get(
    '/funds/aggregate',
    {
      config: { permission: 'funds.manage' },
      schema: {
        tags,
        summary: "The city's view: introductions per community by stage, and invested amounts",
        description: 'Counts and amounts only: no company, note or reason.',
        response: { 200: aggregateSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => fundsService.getAggregate(request.ctx),
  );

  app.get(
    '/funds/staff',
    {
      config: { permission: 'funds.manage' },
      schema: {
        tags,
        summary: 'Fund staff accounts and the fund each belongs to',
        response: { 200: z.array(staffSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => fundsService.listStaff(request.ctx),
  );

  app.put(
    '/funds/staff/:accountId',
    {
      config: { permission: 'funds.manage' },
      schema: {
        tags,
        summary: 'Assign a fund-role account to one of the two funds',
        description: 'The account must hold the fund role (422).',
        params: staffParams,
        body: staffBody,
        response: { 200: staffSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      fundsService.assignStaff(request.ctx, request.params.accountId, request.body.fund),
  );
};

export default fundsRoutes;
