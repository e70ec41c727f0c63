import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from '../config';
import type { Database } from '../db/client';

/** The Fastify instance with Zod schemas as its type provider. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteDeps {
  config: AppConfig;
  database: Database;
}

/** Each domain's routes.ts default-exports one of these; http/app.ts registers them all. */
export type RouteModule = (app: AppInstance, deps: RouteDeps) => void | Promise<void>;
