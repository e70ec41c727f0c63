import { z } from 'zod';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  budgetLineDetail,
  budgetLineSchema,
  budgetListQuery,
  budgetMovementPage,
  budgetParams,
  createBudgetLineBody,
  movementPageQuery,
  updateBudgetLineBody,
} from './schema';
import * as service from './service';

const budgetsRoutes: RouteModule = (app) => {
  app.get(
    '/budgets',
    {
      config: { permission: 'budgets.read' },
      schema: {
        tags: ['budgets'],
        summary: 'Budget lines with reserved, consumed and remaining amounts',
        querystring: budgetListQuery,
        response: { 200: z.array(budgetLineSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.listBudgetLines(request.ctx, request.query.year),
  );

  app.get(
    '/budgets/:id',
    {
      config: { permission: 'budgets.read' },
      schema: {
        tags: ['budgets'],
        summary: 'A budget line, the first page of its ledger, and whether it reconciles',
        description:
          'The ledger is paged (oldest first): `movements` holds at most `limit` movements; the next page is at `/budgets/{id}/movements?cursor=movementsNextCursor`. `reconciled` covers the whole ledger.',
        params: budgetParams,
        querystring: movementPageQuery,
        response: { 200: budgetLineDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.describeBudgetLine(request.ctx, request.params.id, request.query),
  );

  app.get(
    '/budgets/:id/movements',
    {
      config: { permission: 'budgets.read' },
      schema: {
        tags: ['budgets'],
        summary: "A page of a budget line's ledger, oldest first",
        params: budgetParams,
        querystring: movementPageQuery,
        response: { 200: budgetMovementPage, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listBudgetMovements(request.ctx, request.params.id, request.query),
  );

  app.post(
    '/budgets',
    {
      config: { permission: 'budgets.manage' },
      schema: {
        tags: ['budgets'],
        summary: 'Create the budget line of a policy for a year',
        body: createBudgetLineBody,
        response: { 201: budgetLineSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createBudgetLine(request.ctx, request.body)),
  );

  app.patch(
    '/budgets/:id',
    {
      config: { permission: 'budgets.manage' },
      schema: {
        tags: ['budgets'],
        summary: 'Change a budget line (never below what is committed)',
        params: budgetParams,
        body: updateBudgetLineBody,
        response: { 200: budgetLineSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.updateBudgetLine(request.ctx, request.params.id, request.body),
  );
};

export default budgetsRoutes;
