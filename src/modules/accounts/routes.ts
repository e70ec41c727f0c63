import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import {
  clearSessionCookies,
  csrfTokenOf,
  DEVICE_COOKIE,
  requirePrincipal,
  setDeviceCookie,
  setSessionCookies,
} from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  accountListQuery,
  accountListResponse,
  accountSummary,
  apiTokenSummary,
  changePasswordBody,
  createTokenBody,
  createdTokenResponse,
  idParams,
  loginBody,
  meResponse,
  okResponse,
  registerBody,
  roleParams,
  setStatusBody,
  updateProfileBody,
} from './schema';
import * as administration from './administration-service';
import * as service from './service';
import * as signIn from './sign-in-service';
import * as tokens from './tokens-service';

/** A refused attempt also says when to come back in the Retry-After header. */
function sayWhenToRetry(reply: FastifyReply) {
  return (error: unknown): never => {
    const seconds = error instanceof AppError ? error.extensions?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') void reply.header('retry-after', String(seconds));
    throw error;
  };
}

const accountsRoutes: RouteModule = (app, { config }) => {
  app.post(
    '/auth/register',
    {
      config: { permission: 'auth.register' },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (founder role); signs in is a separate step',
        body: registerBody,
        response: { 201: accountSummary, ...problemResponses(400, 409, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const account = await signIn
        .signUp(
          request.ctx,
          request.body,
          { ipAddress: request.ip },
          { registrationsPerHour: config.registrationRateLimitPerHour },
        )
        .catch(sayWhenToRetry(reply));
      return reply.status(201).send(account);
    },
  );

  app.post(
    '/auth/login',
    {
      // The limits on failed attempts (per account, device and address) are the service's; this
      // plain request ceiling per address (twenty times the per-account number) bounds floods
      // of any kind before a password is even hashed.
      config: {
        permission: 'auth.login',
        rateLimit: {
          max: config.loginRateLimitPer15Min * 20,
          timeWindow: 15 * 60 * 1000,
          hook: 'preHandler',
          keyGenerator: (request) => `login-address:${request.ip}`,
        },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with e-mail and password; sets the session, CSRF and device cookies',
        body: loginBody,
        response: { 200: meResponse, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { token, session, account, deviceCookie } = await signIn
        .logIn(
          request.ctx,
          request.body,
          {
            userAgent: request.headers['user-agent'],
            ipAddress: request.ip,
            deviceCookie: request.cookies[DEVICE_COOKIE],
          },
          {
            sessionTtlHours: config.sessionTtlHours,
            failuresPer15Min: config.loginRateLimitPer15Min,
            secret: config.sessionSecret,
          },
        )
        .catch(sayWhenToRetry(reply));
      setSessionCookies(reply, config, {
        token,
        sessionId: session.id,
        expiresAt: session.expiresAt,
      });
      setDeviceCookie(reply, config, deviceCookie);
      const principal = await signIn.resolveSessionToken(request.ctx, token);
      const me = await service.describeMe(
        { ...request.ctx, actor: { accountId: account.id, label: account.email, roles: [] } },
        principal!,
      );
      return {
        ...me,
        csrfToken: csrfTokenOf(principal!, config),
        authenticatedBy: 'session' as const,
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'auth.logout' },
      schema: {
        tags: ['accounts'],
        summary: 'End this session',
        response: { 200: okResponse, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await signIn.logOut(request.ctx, requirePrincipal(request));
      clearSessionCookies(reply, config);
      return { ok: true as const };
    },
  );

  app.get(
    '/me',
    {
      config: { permission: 'me.read' },
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in account, profile and organisations',
        response: { 200: meResponse, ...problemResponses(401) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const me = await service.describeMe(request.ctx, principal);
      return { ...me, csrfToken: csrfTokenOf(principal, config), authenticatedBy: principal.via };
    },
  );

  app.patch(
    '/me/profile',
    {
      config: { permission: 'me.update' },
      schema: {
        tags: ['accounts'],
        summary: 'Update my name, contact details and languages',
        body: updateProfileBody,
        response: { 200: meResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const me = await service.updateMyProfile(request.ctx, principal, request.body);
      return { ...me, csrfToken: csrfTokenOf(principal, config), authenticatedBy: principal.via };
    },
  );

  app.post(
    '/me/password',
    {
      config: { permission: 'me.update' },
      schema: {
        tags: ['accounts'],
        summary: 'Change my password (ends all my sessions)',
        body: changePasswordBody,
        response: { 200: okResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await service.changeMyPassword(request.ctx, requirePrincipal(request), request.body);
      clearSessionCookies(reply, config);
      return { ok: true as const };
    },
  );

  app.get(
    '/me/tokens',
    {
      config: { permission: 'tokens.own' },
      schema: {
        tags: ['accounts'],
        summary: 'My API tokens (never their secrets); from a signed-in browser session only',
        response: { 200: z.array(apiTokenSummary), ...problemResponses(401, 403) },
      },
    },
    async (request) => tokens.listMyApiTokens(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/me/tokens',
    {
      config: { permission: 'tokens.manage' },
      schema: {
        tags: ['accounts'],
        summary:
          'Create an API token, acting with the roles I hold now; the secret is returned once. From a signed-in browser session only: a token cannot mint tokens',
        body: createTokenBody,
        response: { 201: createdTokenResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await tokens.createApiToken(request.ctx, requirePrincipal(request), request.body)),
  );

  app.delete(
    '/me/tokens/:id',
    {
      config: { permission: 'tokens.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token; from a signed-in browser session only',
        params: idParams,
        response: { 200: apiTokenSummary, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      tokens.revokeMyApiToken(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.get(
    '/admin/accounts',
    {
      config: { permission: 'accounts.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Search accounts',
        querystring: accountListQuery,
        response: { 200: accountListResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, offset, cursor, ...filter } = request.query;
      return administration.listAccounts(request.ctx, filter, { limit, offset, cursor });
    },
  );

  app.put(
    '/admin/accounts/:id/roles/:role',
    {
      config: { permission: 'accounts.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Grant a role (audited)',
        params: roleParams,
        response: { 200: accountSummary, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      administration.grantRole(request.ctx, request.params.id, request.params.role),
  );

  app.delete(
    '/admin/accounts/:id/roles/:role',
    {
      config: { permission: 'accounts.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Revoke a role (audited)',
        params: roleParams,
        response: { 200: accountSummary, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      administration.revokeRole(request.ctx, request.params.id, request.params.role),
  );

  app.put(
    '/admin/accounts/:id/status',
    {
      config: { permission: 'accounts.manage' },
      schema: {
        tags: ['administration'],
        summary: 'Disable or re-enable an account (audited)',
        params: idParams,
        body: setStatusBody,
        response: { 200: accountSummary, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      administration.setAccountStatus(request.ctx, request.params.id, request.body.status),
  );
};

export default accountsRoutes;
