import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { auditPage, auditQuery, auditVerification } from './schema';
import { searchAudit, verifyAuditChain } from './service';

const auditRoutes: RouteModule = (app) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['administration'],
        summary: 'Page through the audit trail, newest first',
        querystring: auditQuery,
        response: { 200: auditPage, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, from, to, ...filter } = request.query;
      const { rows, nextBeforeSeq } = await searchAudit(
        request.ctx,
        { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        limit,
      );
      return {
        items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
        nextBeforeSeq,
      };
    },
  );

  app.get(
    '/audit/verification',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['administration'],
        summary: 'Recompute the hash chain and report the first broken row',
        response: { 200: auditVerification, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const result = await verifyAuditChain(request.ctx.db);
      return result.ok
        ? { ok: true, rows: result.rows, brokenAtSeq: null, reason: null }
        : { ok: false, rows: result.rows, brokenAtSeq: result.brokenAtSeq, reason: result.reason };
    },
  );
};

export default auditRoutes;
