import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { findCreditCodeProblem, normaliseCreditCode } from '../../shared/uscc';
import {
  addMemberBody,
  createOrganisationBody,
  creditCodeCheckQuery,
  creditCodeCheckResponse,
  memberParams,
  organisationDetail,
  organisationParams,
  organisationSchema,
  organisationSearchQuery,
  organisationSearchResponse,
  updateOrganisationBody,
} from './schema';
import * as service from './service';

const organisationsRoutes: RouteModule = (app) => {
  app.get(
    '/organisations',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Organisations I belong to',
        response: { 200: z.array(organisationSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyOrganisations(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/organisations',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation by its unified social credit code; I become its founder',
        body: createOrganisationBody,
        response: { 201: organisationSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createOrganisation(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.get(
    '/organisations/credit-code-check',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Check a unified social credit code (GB 32100-2015) as it is typed',
        querystring: creditCodeCheckQuery,
        response: { 200: creditCodeCheckResponse, ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const code = normaliseCreditCode(request.query.code);
      const problem = findCreditCodeProblem(code) ?? null;
      return { code, valid: problem === null, problem };
    },
  );

  app.get(
    '/organisations/all',
    {
      config: { permission: 'organisations.read-all' },
      schema: {
        tags: ['organisations'],
        summary: 'Search all organisations (staff)',
        querystring: organisationSearchQuery,
        response: { 200: organisationSearchResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.searchAllOrganisations(
        request.ctx,
        request.query.q,
        request.query.limit,
        request.query.offset,
      ),
  );

  app.get(
    '/organisations/:id',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'An organisation with its members',
        params: organisationParams,
        response: { 200: organisationDetail, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      service.describeOrganisation(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.patch(
    '/organisations/:id',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Change name or address (founders, admins)',
        params: organisationParams,
        body: updateOrganisationBody,
        response: { 200: organisationDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.updateOrganisation(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/organisations/:id/members',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Add a member by e-mail, or change their role (founders, admins)',
        params: organisationParams,
        body: addMemberBody,
        response: { 200: organisationDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.addMember(request.ctx, requirePrincipal(request), request.params.id, request.body),
  );

  app.delete(
    '/organisations/:id/members/:personId',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member (founders, admins)',
        params: memberParams,
        response: { 200: organisationDetail, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.removeMember(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.params.personId,
      ),
  );
};

export default organisationsRoutes;
