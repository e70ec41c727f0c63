import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { countStatementsOf, statementsSoFar } from '../db/statement-count';
import type { AppInstance } from './types';

/**
 * Prometheus metrics on /metrics: request counts, latencies and SQL statements by route template
 * (never the raw URL, which would explode the label set), plus the process defaults.
 */
export function installMetrics(app: AppInstance, options: { statementHeader: boolean }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const statements = new Histogram({
    name: 'http_request_sql_statements',
    help: 'SQL statements sent per HTTP request, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0, 1, 2, 5, 10, 20, 50, 100, 200],
    registers: [registry],
  });

  // Every request counts the SQL statements it sends (src/db/statement-count.ts).
  app.addHook('onRequest', (_request, _reply, done) => countStatementsOf(done));
  if (options.statementHeader) {
    app.addHook('onSend', async (_request, reply) => {
      reply.header('x-sql-statements', String(statementsSoFar() ?? 0));
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    statements.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched' },
      statementsSoFar() ?? 0,
    );
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    { config: { permission: 'system.probe' }, schema: { hide: true } },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
  return registry;
}
