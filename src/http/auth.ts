import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { Db } from '../db/client';
import { AppError } from '../errors/app-error';
import {
  constantTimeEquals,
  csrfTokenFor,
  API_TOKEN_PATTERN,
} from '../modules/accounts/credentials';
import type { Principal } from '../modules/accounts/service';
import { resolveApiToken, resolveSessionToken } from '../modules/accounts/sign-in-service';
import type { ServiceContext } from '../shared/service-context';
import {
  isAllowed,
  isPermission,
  sessionOnlyPermissions,
  type Permission,
} from '../shared/permissions';
import { requestLanguage } from './problem';

export const SESSION_COOKIE = 'opc_session';
export const CSRF_COOKIE = 'opc_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The device cookie of OWASP's scheme against lock-outs: see logIn in accounts/service.ts. */
export const DEVICE_COOKIE = 'opc_device';
const DEVICE_COOKIE_DAYS = 180;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The entry of the permission table this route is guarded by. Required on every route. */
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The service context for this request: database, actor, request id, language, clock. */
    ctx: ServiceContext;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes the guard leaves alone because Fastify adds them itself (HEAD twins, 404). */
export interface RegisteredRoute {
  method: string;
  url: string;
  permission: Permission;
}

/**
 * Authentication, CSRF and the permission check, in one onRequest hook that runs before the
 * body is even read:
 *  1. a bearer API token, or else the session cookie, identifies the caller;
 *  2. a cookie-authenticated change must echo the session's CSRF token in X-CSRF-Token;
 *  3. the route's permission must admit the caller's roles (for a token: those it was made under
 *     that its account still holds), and a session-only permission a browser session.
 * Routes without a permission make the server refuse to start.
 */
export function installAuth(
  app: FastifyInstance,
  config: AppConfig,
  db: Db,
  /** The clock every request's context reads (a demo or a test may run it forward). */
  now: () => Date = () => new Date(),
): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.decorateRequest('principal', null);
  app.decorateRequest('ctx', null as unknown as ServiceContext);

  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    if (!isPermission(permission)) {
      throw new Error(`Route ${String(route.method)} ${route.url} has no valid config.permission`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, permission });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.principal = await authenticate(request, config, db, now);
    request.ctx = {
      db,
      actor: request.principal
        ? {
            accountId: request.principal.accountId,
            label:
              request.principal.via === 'token'
                ? `token:${request.principal.tokenPrefix}`
                : request.principal.email,
            roles: request.principal.roles,
          }
        : { accountId: null, label: 'anonymous', roles: [] },
      requestId: request.id,
      language: requestLanguage(request),
      now,
    };

    if (request.principal?.via === 'session' && UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const expected = csrfTokenFor(request.principal.sessionId!, config.sessionSecret);
      if (typeof sent !== 'string' || !constantTimeEquals(sent, expected)) {
        throw new AppError('auth.csrf_failed');
      }
    }

    const permission = request.routeOptions.config?.permission;
    if (!permission) return; // Fastify's own not-found route
    if (!isAllowed(permission, request.principal?.roles ?? null)) {
      throw new AppError(request.principal ? 'auth.forbidden' : 'auth.unauthenticated', {
        extensions: { permission },
      });
    }
    if (request.principal?.via === 'token' && sessionOnlyPermissions.has(permission)) {
      throw new AppError('auth.session_required', { extensions: { permission } });
    }
    reply.header('cache-control', 'no-store');
  });
  return routes;
}

async function authenticate(
  request: FastifyRequest,
  config: AppConfig,
  db: Db,
  now: () => Date,
): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer (\S+)$/i.exec(authorization);
    const secret = match?.[1];
    // A presented but unusable token is an error, never a silent fall-back to anonymous.
    if (!secret || !API_TOKEN_PATTERN.test(secret)) throw new AppError('auth.unauthenticated');
    const principal = await resolveApiToken({ db, now }, secret);
    if (!principal) throw new AppError('auth.unauthenticated');
    return principal;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const principal = await resolveSessionToken({ db, now }, cookie);
  return principal ?? null;
}

/** Sets the session and CSRF cookies after login. */
export function setSessionCookies(
  reply: FastifyReply,
  config: AppConfig,
  session: { token: string; sessionId: string; expiresAt: Date },
) {
  const secure = config.environment === 'production';
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
  // Readable by our own script, which echoes it in X-CSRF-Token; another site cannot read it.
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(session.sessionId, config.sessionSecret), {
    httpOnly: false,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}

/**
 * Sets the device cookie after a successful sign-in: HTTP-only, sent back only to the API's
 * sign-in route, and kept across sign-outs (it proves the browser, not a session).
 */
export function setDeviceCookie(reply: FastifyReply, config: AppConfig, value: string) {
  reply.setCookie(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.environment === 'production',
    path: '/api/v1/auth/login',
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}

export function clearSessionCookies(reply: FastifyReply, config: AppConfig) {
  const secure = config.environment === 'production';
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  reply.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
}

export function csrfTokenOf(principal: Principal | null, config: AppConfig): string | null {
  return principal?.via === 'session' && principal.sessionId
    ? csrfTokenFor(principal.sessionId, config.sessionSecret)
    : null;
}

/** The signed-in principal, for handlers whose permission already guarantees one. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('auth.unauthenticated');
  return request.principal;
}
