import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { findCreditCodeProblem, normaliseCreditCode } from '../../shared/uscc';
import {
  addMemberBody,
  changeMemberRoleBody,
  createOrganisationBody,
  creditCodeCheckQuery,
  creditCodeCheckResponse,
  invitationParams,
  invitationSchema,
  memberParams,
  organisationDetail,
  organisationInvitationParams,
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
    async (request) => service.searchAllOrganisations(request.ctx, request.query),
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
        summary: 'Invite someone by e-mail to become a member (founders, admins)',
        description:
          'Nothing changes until the holder of the address accepts (`POST /invitations/{id}/accept`). ' +
          'The answer is the same whether or not the address has an account; one without an ' +
          'account sees the invitation once it registers with that address. Inviting the same ' +
          'address again replaces the pending role. A current member’s role is changed with ' +
          '`PATCH /organisations/{id}/members/{personId}` (409 `organisation.already_member`).',
        params: organisationParams,
        body: addMemberBody,
        response: { 202: invitationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await service.inviteMember(
            request.ctx,
            requirePrincipal(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.patch(
    '/organisations/:id/members/:personId',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Change a member’s role (founders, admins)',
        params: memberParams,
        body: changeMemberRoleBody,
        response: { 200: organisationDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.changeMemberRole(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.params.personId,
        request.body.role,
      ),
  );

  app.delete(
    '/organisations/:id/members/:personId',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member (founders, admins), or leave (the member: 204)',
        params: memberParams,
        response: {
          200: organisationDetail,
          204: z.null(),
          ...problemResponses(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const organisation = await service.removeMember(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.params.personId,
      );
      if (organisation === null) return reply.status(204).send(null);
      return organisation;
    },
  );

  app.delete(
    '/organisations/:id/invitations/:invitationId',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Withdraw an invitation not yet answered (founders, admins)',
        params: organisationInvitationParams,
        response: { 200: organisationDetail, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.withdrawInvitation(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.params.invitationId,
      ),
  );

  app.get(
    '/invitations',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary:
          'Invitations to join organisations addressed to my sign-in e-mail, not yet answered',
        response: { 200: z.array(invitationSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyInvitations(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/invitations/:id/accept',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Accept an invitation addressed to me: I become a member',
        params: invitationParams,
        response: { 200: invitationSchema, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) =>
      service.acceptInvitation(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.post(
    '/invitations/:id/decline',
    {
      config: { permission: 'organisations.use' },
      schema: {
        tags: ['organisations'],
        summary: 'Decline an invitation addressed to me',
        params: invitationParams,
        response: { 200: invitationSchema, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) =>
      service.declineInvitation(request.ctx, requirePrincipal(request), request.params.id),
  );
};

export default organisationsRoutes;
