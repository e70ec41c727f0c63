import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { auditPage, auditQuery, auditVerification } from './schema';
import {
  AuditAnchorRefusedError,
  publishAuditAnchor,
  searchAudit,
  verifyAuditChain,
  verifyAuditChainWithAnchors,
  type AnchorPublication,
} from './service';
import type { ChainPoint } from './anchors';

const auditRoutes: RouteModule = (app, { config, database }) => {
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
      const { rows, nextBeforeSeq, nextCursor } = await searchAudit(
        request.ctx,
        { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        limit,
      );
      return {
        items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })),
        nextBeforeSeq,
        nextCursor,
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
      const anchoring = config.auditAnchor;
      const result = anchoring
        ? await verifyAuditChainWithAnchors(request.ctx.db, anchoring)
        : await verifyAuditChain(request.ctx.db);
      return result.ok
        ? { ok: true, rows: result.rows, brokenAtSeq: null, reason: null }
        : { ok: false, rows: result.rows, brokenAtSeq: result.brokenAtSeq, reason: result.reason };
    },
  );

  // The anchor publisher: signs the chain head and appends it outside the database at start-up,
  // every AUDIT_ANCHOR_INTERVAL_SECONDS while the head moves, and once more on shutdown.
  const anchoring = config.auditAnchor;
  if (!anchoring?.signingKey) return;
  let since: ChainPoint | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const publish = () => {
    running = running
      .then(() => publishAuditAnchor(database.db, anchoring, { since }))
      .then((publication: AnchorPublication) => {
        since = publication.head;
        if (publication.published)
          app.log.info({ seq: publication.head.seq }, 'audit anchor published');
        if (publication.bucketError)
          app.log.error(
            { err: publication.bucketError },
            'audit anchor written to the file but not to the bucket',
          );
      })
      .catch((error: unknown) => {
        // NOTE: a refusal means the chain no longer extends the last anchor — a rewrite.
        if (error instanceof AuditAnchorRefusedError)
          app.log.error({ err: error }, 'AUDIT CHAIN DOES NOT MATCH ITS LAST ANCHOR');
        else app.log.warn({ err: error }, 'audit anchor could not be published');
      });
    return running;
  };
  app.addHook('onReady', async () => {
    if (anchoring.generatedKeyFile)
      app.log.warn(
        `AUDIT_ANCHOR_KEY is not set: audit anchors are signed with a key generated in ${anchoring.generatedKeyFile}. Whoever can read it can forge anchors; set AUDIT_ANCHOR_KEY (required in production).`,
      );
    // Not awaited: the first anchor after an upgrade checks the whole chain, which can take a
    // while on a large trail; the server serves meanwhile.
    void publish();
    timer = setInterval(() => void publish(), anchoring.intervalSeconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await publish();
  });
};

export default auditRoutes;
