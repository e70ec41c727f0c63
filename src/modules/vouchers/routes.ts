import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { fileResponse, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { attachmentDisposition } from '../../http/content-disposition';
import * as grants from './grants-service';
import { sweepIdempotencyKeys, type IdempotentAnswer } from './idempotency';
import { sealVoucherCommands } from './command-log';
import { systemContext } from '../../shared/service-context';
import * as providers from './providers-service';
import * as redemption from './redemption-service';
import {
  captureBody,
  companyVouchersSchema,
  confirmBody,
  contractBody,
  contractDetailSchema,
  contractPageQuery,
  contractPageSchema,
  contractParams,
  contractSchema,
  declineBody,
  emptyCommandBody,
  exportQuery,
  fundPoolBody,
  idempotencyHeaders,
  issueStatementsBody,
  organisationParams,
  overviewQuery,
  overviewSchema,
  poolParams,
  poolSchema,
  providerBody,
  providerChangesBody,
  providerContractParams,
  providerParams,
  providerSchema,
  providerStatementParams,
  publicProviderSchema,
  refundBody,
  statementDetailSchema,
  statementListQuery,
  statementParams,
  statementSchema,
} from './schema';
import * as statements from './statements-service';
import * as views from './views-service';
import {
  captureExample,
  holdExample,
  registerContractExample,
  voidExample,
  refundExample,
} from './openapi-examples';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const providerTag = ['vouchers-provider'];

/** Sends an idempotent command's answer, saying when it is the replay of an earlier call. */
function sendAnswer<Reply extends FastifyReply>(reply: Reply, answer: IdempotentAnswer<unknown>) {
  return reply
    .status(answer.status)
    .header('idempotent-replayed', answer.replayed ? 'true' : 'false')
    .send(answer.body);
}

/** How often the voucher upkeep runs: sealing commands into the audit chain, every minute. */
const UPKEEP_INTERVAL_MS = 60 * 1000;
/** Forgetting old idempotency keys and expiring grants: hourly. */
const HOURLY = 60;

const vouchersRoutes: RouteModule = (app, { database }) => {
  // Upkeep while the server runs (several servers may run it at once: sealing takes the last
  // seal's row lock, the sweep deletes by age, and expiry locks each grant's entitlement).
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let ticks = 0;
  const upkeep = () => {
    const ctx = systemContext(database.db, 'voucher-upkeep');
    const hourly = ticks % HOURLY === 0;
    ticks += 1;
    running = running
      .then(async () => {
        await sealVoucherCommands(ctx);
        if (hourly) {
          await sweepIdempotencyKeys(ctx);
          await grants.expireVoucherGrants(ctx);
        }
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'voucher upkeep failed'));
  };
  app.addHook('onReady', async () => {
    upkeep();
    timer = setInterval(upkeep, UPKEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });

  // --- Providers' API (their staff, in the web app or with an API token) ------------------------

  app.get(
    '/vouchers/providers/mine',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'The providers the caller works for',
        description: 'Use the `id` of one of them as `providerId` in the other provider calls.',
        response: { 200: z.array(providerSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => providers.listMyProviders(request.ctx, requirePrincipal(request)),
  );

  app.post(
    '/vouchers/providers/:providerId/contracts',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: "Register a purchase contract for a company's voucher",
        description:
          'The company must then confirm it in OPC Hub before anything can be held. Refused: a related party (declared, or sharing a founder or member on record), a provider not registered for the kind, an unknown company, a contract number this provider already used (A.V1: one contract is subsidised once).',
        params: providerParams,
        headers: idempotencyHeaders,
        body: contractBody,
        'x-examples': registerContractExample,
        response: { 201: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await redemption.registerContract(
          request.ctx,
          requirePrincipal(request),
          {
            providerId: request.params.providerId,
            idempotencyKey: request.headers['idempotency-key'],
          },
          request.body,
        ),
      ),
  );

  app.get(
    '/vouchers/providers/:providerId/contracts',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: "A page of the provider's contracts, newest first",
        params: providerParams,
        querystring: contractPageQuery,
        response: { 200: contractPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      views.listProviderContracts(
        request.ctx,
        requirePrincipal(request),
        request.params.providerId,
        request.query,
      ),
  );

  app.get(
    '/vouchers/providers/:providerId/contracts/:contractId',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'One contract with its ledger movements',
        params: providerContractParams,
        response: { 200: contractDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      views.describeProviderContract(
        request.ctx,
        requirePrincipal(request),
        request.params.providerId,
        request.params.contractId,
      ),
  );

  app.post(
    '/vouchers/providers/:providerId/contracts/:contractId/hold',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'Hold the subsidy of a confirmed contract',
        description:
          "Holds the kind's share of the contract (A.V1: compute 50 %, 60 % for a start-up; model and corpus 30 %), capped by what remains of the company's unexpired grants.",
        params: providerContractParams,
        headers: idempotencyHeaders,
        body: emptyCommandBody,
        'x-examples': holdExample,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await redemption.holdContract(
          request.ctx,
          requirePrincipal(request),
          {
            providerId: request.params.providerId,
            idempotencyKey: request.headers['idempotency-key'],
          },
          request.params.contractId,
        ),
      ),
  );

  app.post(
    '/vouchers/providers/:providerId/contracts/:contractId/capture',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'Capture a hold on delivery (invoice and proof of delivery)',
        description:
          'Captures up to the amount held (default: all of it); the rest is released to the company. A hold is captured once.',
        params: providerContractParams,
        headers: idempotencyHeaders,
        body: captureBody,
        'x-examples': captureExample,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await redemption.captureContract(
          request.ctx,
          requirePrincipal(request),
          {
            providerId: request.params.providerId,
            idempotencyKey: request.headers['idempotency-key'],
          },
          request.params.contractId,
          request.body,
        ),
      ),
  );

  app.post(
    '/vouchers/providers/:providerId/contracts/:contractId/void',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'Void a hold (all of it goes back to the company)',
        params: providerContractParams,
        headers: idempotencyHeaders,
        body: emptyCommandBody,
        'x-examples': voidExample,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await redemption.voidContract(
          request.ctx,
          requirePrincipal(request),
          {
            providerId: request.params.providerId,
            idempotencyKey: request.headers['idempotency-key'],
          },
          request.params.contractId,
        ),
      ),
  );

  app.post(
    '/vouchers/providers/:providerId/contracts/:contractId/refunds',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'Refund a captured contract, partly or fully, before settlement',
        params: providerContractParams,
        headers: idempotencyHeaders,
        body: refundBody,
        'x-examples': refundExample,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await redemption.refundContract(
          request.ctx,
          requirePrincipal(request),
          {
            providerId: request.params.providerId,
            idempotencyKey: request.headers['idempotency-key'],
          },
          request.params.contractId,
          request.body,
        ),
      ),
  );

  app.get(
    '/vouchers/providers/:providerId/statements',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: "The provider's settlement statements, newest first",
        params: providerParams,
        response: { 200: z.array(statementSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await providers.requireProviderStaff(
        request.ctx.db,
        requirePrincipal(request),
        request.params.providerId,
      );
      return statements.listStatements(request.ctx, { providerId: request.params.providerId });
    },
  );

  app.get(
    '/vouchers/providers/:providerId/statements/:statementId/export',
    {
      config: { permission: 'vouchers.provider' },
      schema: {
        tags: providerTag,
        summary: 'A statement as CSV or Excel',
        params: providerStatementParams,
        querystring: exportQuery,
        response: {
          200: fileResponse(['text/csv', XLSX], 'The statement: CSV (format=csv) or Excel'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      await providers.requireProviderStaff(
        request.ctx.db,
        requirePrincipal(request),
        request.params.providerId,
      );
      const file = await statements.exportStatement(
        request.ctx,
        request.params.statementId,
        request.query.format,
        request.params.providerId,
      );
      return reply
        .type(request.query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );

  // --- Companies --------------------------------------------------------------------------------

  app.get(
    '/vouchers/providers',
    {
      config: { permission: 'vouchers.providers-read' },
      schema: {
        tags: ['vouchers'],
        summary: 'The registered providers a company can use (A.V1)',
        response: { 200: z.array(publicProviderSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => providers.listActiveProviders(request.ctx),
  );

  app.get(
    '/vouchers/companies/:organisationId',
    {
      config: { permission: 'vouchers.company' },
      schema: {
        tags: ['vouchers'],
        summary: "A company's vouchers: balances per kind, grants, contracts, movements",
        params: organisationParams,
        response: { 200: companyVouchersSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      views.describeCompanyVouchers(
        request.ctx,
        requirePrincipal(request),
        request.params.organisationId,
      ),
  );

  app.post(
    '/vouchers/contracts/:contractId/confirm',
    {
      config: { permission: 'vouchers.company' },
      schema: {
        tags: ['vouchers'],
        summary: 'The company confirms a contract (and that the provider is not a related party)',
        params: contractParams,
        body: confirmBody,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      redemption.confirmContract(request.ctx, requirePrincipal(request), request.params.contractId),
  );

  app.post(
    '/vouchers/contracts/:contractId/decline',
    {
      config: { permission: 'vouchers.company' },
      schema: {
        tags: ['vouchers'],
        summary: 'The company declines a contract, with a reason',
        params: contractParams,
        body: declineBody,
        response: { 200: contractSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      redemption.declineContract(
        request.ctx,
        requirePrincipal(request),
        request.params.contractId,
        request.body,
      ),
  );

  // --- Administration and finance --------------------------------------------------------------

  app.get(
    '/vouchers/register',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: 'The provider register, with bank details',
        response: { 200: z.array(providerSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => providers.listProviders(request.ctx),
  );

  app.post(
    '/vouchers/register',
    {
      config: { permission: 'vouchers.register' },
      schema: {
        tags: ['vouchers'],
        summary: 'Register an organisation on the platform as a voucher provider',
        body: providerBody,
        response: { 201: providerSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await providers.registerProvider(request.ctx, request.body)),
  );

  app.patch(
    '/vouchers/register/:providerId',
    {
      config: { permission: 'vouchers.register' },
      schema: {
        tags: ['vouchers'],
        summary: "Change a provider's kinds, status, contact or bank details",
        params: providerParams,
        body: providerChangesBody,
        response: { 200: providerSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      providers.updateProvider(request.ctx, request.params.providerId, request.body),
  );

  app.get(
    '/vouchers/pools',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: 'The budget pools (kind × year) and what is left in each',
        response: { 200: z.array(poolSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => grants.listVoucherPools(request.ctx),
  );

  app.post(
    '/vouchers/pools/:kind/:year/funding',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: "Put money into a kind's pool for a year",
        params: poolParams,
        body: fundPoolBody,
        response: { 200: poolSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      grants.fundVoucherPool(request.ctx, {
        kind: request.params.kind,
        year: request.params.year,
        ...request.body,
      }),
  );

  app.get(
    '/vouchers/overview',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary:
          'Issued, held, captured, settled and paid per kind and month, and the ledger check',
        querystring: overviewQuery,
        response: { 200: overviewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => statements.describeVoucherOverview(request.ctx, request.query.year),
  );

  app.post(
    '/vouchers/statements',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: "Issue providers' statements for a period that is over",
        body: issueStatementsBody,
        response: {
          201: z.array(statementSchema),
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await statements.issueStatements(request.ctx, request.body)),
  );

  app.get(
    '/vouchers/statements',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: 'Statements, newest first',
        querystring: statementListQuery,
        response: { 200: z.array(statementSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => statements.listStatements(request.ctx, request.query),
  );

  app.get(
    '/vouchers/statements/:statementId',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: 'A statement with its movements, reconciled to the fen',
        params: statementParams,
        response: { 200: statementDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => statements.describeStatement(request.ctx, request.params.statementId),
  );

  app.get(
    '/vouchers/statements/:statementId/export',
    {
      config: { permission: 'vouchers.finance' },
      schema: {
        tags: ['vouchers'],
        summary: 'A statement as CSV or Excel',
        params: statementParams,
        querystring: exportQuery,
        response: {
          200: fileResponse(['text/csv', XLSX], 'The statement: CSV (format=csv) or Excel'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await statements.exportStatement(
        request.ctx,
        request.params.statementId,
        request.query.format,
      );
      return reply
        .type(request.query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );
};

export default vouchersRoutes;
