import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { Database } from '../db/client';
import { AppError } from '../errors/app-error';
import { installAuth, type RegisteredRoute } from './auth';
import { installMetrics } from './metrics';
import { routeModules } from './modules';
import { noBodyFields, registerOpenApi } from './openapi';
import {
  answerClientError,
  buildProblem,
  installProblemHandlers,
  sendProblem,
  toAppError,
} from './problem';
import type { AppInstance } from './types';
import { MAX_JSON_DEPTH, nestsDeeperThan, zodValidatorCompiler } from './validation';

export const webDistDir = resolve('dist/web');

export interface BuiltApp {
  app: AppInstance;
  /** Every route with its permission, as registered (the permission-matrix test walks these). */
  routes: RegisteredRoute[];
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Pino options: never log credentials, cookies or tokens. */
export function loggerOptions(config: AppConfig): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.secret',
      ],
      censor: '[redacted]',
    },
  };
}

/** Assembles the HTTP server: errors, auth, OpenAPI, metrics, every module, the web app. */
export async function buildApp(
  config: AppConfig,
  database: Database,
  options: { now?: () => Date } = {},
): Promise<BuiltApp> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Errors met before routing (an undecodable URL, …) and ones Node's parser refuses are
    // problem+json too.
    frameworkErrors: (error, request, reply) =>
      sendProblem(reply, buildProblem(toAppError(error, request).appError, request)),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installProblemHandlers(app);
  installJsonParser(app);
  await installBrowserHardening(app, config);
  // NOTE: nosniff and the referrer policy are helmet's too; set again here for the answers its
  // onRequest hook never sees (an undecodable URL is refused before routing).
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  // Routes outside /api/v1 (docs, web assets, probes) are public by nature; every /api/v1 route
  // must name its permission or start-up fails.
  app.addHook('onRoute', (route) => {
    if (route.config?.permission || route.url.startsWith('/api/v1')) return;
    route.config = {
      ...route.config,
      permission: route.url.startsWith('/api/docs') ? 'system.docs' : 'web.app',
    };
  });
  // A change that takes no body fields (logout, submit, revoke, …) refuses unknown ones too, like
  // every route with a body schema: {"deleteEverything": true} is a 400, not silently ignored.
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    if (!route.url.startsWith('/api/v1') || !route.schema || route.schema.body) return;
    if (!methods.some((method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))) return;
    if (route.schema.consumes?.includes('multipart/form-data')) return;
    route.schema = { ...route.schema, body: noBodyFields };
  });
  // NOTE: cookie parsing must be hooked in before the auth hook that reads the session cookie.
  await app.register(cookie);
  const routes = installAuth(app, config, database.db, options.now);

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('request.rate_limited', {
        extensions: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      }),
  });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 10, fields: 50 } });
  await registerOpenApi(app, {
    production: config.environment === 'production',
    publicUrl: config.publicUrl,
  });
  installMetrics(app, { statementHeader: config.sqlStatementHeader });

  app.get(
    '/healthz',
    { config: { permission: 'system.probe' }, schema: { hide: true } },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    { config: { permission: 'system.probe' }, schema: { hide: true } },
    async (request, reply) => {
      try {
        await Promise.race([
          database.ping(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('database ping timed out')), 2000),
          ),
        ]);
        return { status: 'ready', database: database.kind };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return sendProblem(reply, buildProblem(new AppError('server.unavailable'), request));
      }
    },
  );

  await app.register(
    async (api) => {
      for (const register of routeModules) await register(api as AppInstance, { config, database });
    },
    { prefix: '/api/v1' },
  );

  await serveWebApp(app);
  return { app, routes };
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), but first refused as a 400
 * when they nest deeper than {@link MAX_JSON_DEPTH}: `{"a":{"a":…}}` ten thousand deep parses
 * fine and then overflows the stack of whatever walks it. The depth is read from the raw text,
 * iteratively, before anything recursive sees the body.
 */
function installJsonParser(app: AppInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(
        new AppError('request.too_deeply_nested', { extensions: { maxDepth: MAX_JSON_DEPTH } }),
        undefined,
      );
      return;
    }
    parseJson(request, text, done);
  });
}

/**
 * Browser-side hardening on every response (helmet): a Content-Security-Policy the built web
 * app satisfies, no framing at all, and HSTS only in production, where the platform is always
 * behind TLS (a development server on http://localhost must not pin itself to https).
 */
async function installBrowserHardening(app: AppInstance, config: AppConfig) {
  const production = config.environment === 'production';
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Vite builds the app into module scripts served from /assets: no inline script, no eval.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // NOTE: Ant Design's CSS-in-JS writes its styles into <style> elements at run time
        // (with style-src 'self' alone, every page's styles are blocked). A nonce would need
        // index.html rewritten per response and every antd / rc-component style writer to carry
        // it; inline *styles* cannot run script, and React escapes what users type, so styles
        // stay 'unsafe-inline' while scripts never are.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/**
 * Serves the built React app from dist/web. Unknown GET paths outside /api get index.html so
 * client-side routes survive a reload.
 */
async function serveWebApp(app: AppInstance) {
  const indexFile = join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'OPC Hub API is running. The web app is not built: run `npm run build` (npm start does this for you).',
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz beside each asset (src/web-build.ts): the ~800 KB of
    // JavaScript a phone downloads on its first visit arrives as about a quarter of that.
    preCompressed: true,
    setHeaders: (response, path) => {
      response.header(
        'cache-control',
        path.includes(`${join(webDistDir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return sendProblem(reply, buildProblem(new AppError('request.not_found'), request));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
