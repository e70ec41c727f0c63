import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { fileResponse, problemResponses } from '../../http/openapi';
import { parseFields, readFileUpload } from '../../http/multipart-form';
import type { RouteModule } from '../../http/types';
import { evidenceStorageFor } from '../applications/evidence-storage';
import { SCENARIO_FILE_MAX_BYTES, scenarioFileStoreFor } from './attachments';
import * as funding from './funding-service';
import {
  attachmentParams,
  attachmentUploadFields,
  demonstrationBody,
  fundingApplicationBody,
  fundingApplicationSchema,
  inUseBody,
  proposalBody,
  proposalDecisionBody,
  proposalParams,
  proposalSchema,
  scenarioBody,
  scenarioParams,
  scenarioSchema,
  subscriptionsBody,
  subscriptionsSchema,
} from './schema';
import * as service from './scenarios-service';

const tags = ['scenarios'];

/** Government scenarios (issue #17 item 1; A.P6, A.P7). */
const scenariosRoutes: RouteModule = (app, { config }) => {
  const scenarioFiles = scenarioFileStoreFor(config);
  const evidence = evidenceStorageFor(config);

  app.get(
    '/scenarios',
    {
      config: { permission: 'scenarios.public-read' },
      schema: {
        tags,
        summary: 'Published government scenarios (A.P6), newest first',
        response: { 200: z.array(scenarioSchema) },
      },
    },
    async (request) => service.listScenarios(request.ctx),
  );

  app.post(
    '/scenarios',
    {
      config: { permission: 'scenarios.agency' },
      schema: {
        tags,
        summary: 'Publish a scenario (a department officer)',
        description:
          'Problem, domain, data and access, timeline, contact, in three languages, and the demonstration rubric (A.P7) as criteria without weights. Subscribers of the domain are told.',
        body: scenarioBody,
        response: { 201: scenarioSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.publishScenario(request.ctx, request.body)),
  );

  app.get(
    '/scenarios/subscriptions',
    {
      config: { permission: 'scenarios.company' },
      schema: {
        tags,
        summary: 'The domains I am told about when a scenario is published',
        response: { 200: subscriptionsSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMySubscriptions(request.ctx, requirePrincipal(request)),
  );

  app.put(
    '/scenarios/subscriptions',
    {
      config: { permission: 'scenarios.company' },
      schema: {
        tags,
        summary: 'Set the domains I subscribe to',
        body: subscriptionsBody,
        response: { 200: subscriptionsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.setMySubscriptions(request.ctx, requirePrincipal(request), request.body.domains),
  );

  app.get(
    '/scenarios/proposals/mine',
    {
      config: { permission: 'scenarios.company' },
      schema: {
        tags,
        summary: "My companies' proposals",
        response: { 200: z.array(proposalSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMyProposals(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/scenarios/:scenarioId',
    {
      config: { permission: 'scenarios.public-read' },
      schema: {
        tags,
        summary: 'One scenario',
        params: scenarioParams,
        response: { 200: scenarioSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.getScenario(request.ctx, request.params.scenarioId),
  );

  app.post(
    '/scenarios/:scenarioId/proposals',
    {
      config: { permission: 'scenarios.company' },
      schema: {
        tags,
        summary: 'Propose to a scenario for my company',
        description:
          'Refused (409 scenario.proposals_closed) after the closing day, China time; one proposal per company and scenario.',
        params: scenarioParams,
        body: proposalBody,
        response: { 201: proposalSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.proposeToScenario(
            request.ctx,
            requirePrincipal(request),
            request.params.scenarioId,
            request.body,
          ),
        ),
  );

  app.get(
    '/scenarios/:scenarioId/proposals',
    {
      config: { permission: 'scenarios.agency' },
      schema: {
        tags,
        summary: "A scenario's proposals (the officer)",
        params: scenarioParams,
        response: { 200: z.array(proposalSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.listProposalsOfScenario(request.ctx, request.params.scenarioId),
  );

  app.get(
    '/scenarios/proposals/:proposalId',
    {
      config: { permission: 'scenarios.attachments' },
      schema: {
        tags,
        summary: 'One proposal (its company, or the officer)',
        params: proposalParams,
        response: { 200: proposalSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.getProposal(request.ctx, requirePrincipal(request), request.params.proposalId),
  );

  app.post(
    '/scenarios/proposals/:proposalId/attachments',
    {
      config: { permission: 'scenarios.attachments' },
      schema: {
        tags,
        summary: "Attach a file: the company's attachment, or the officer's evidence of use",
        params: proposalParams,
        consumes: ['multipart/form-data'],
        'x-multipart': {
          purpose: {
            description: 'proposal (the company, default) or in-use-evidence (the officer)',
            required: false,
          },
          file: {
            description: 'PDF, PNG, JPEG or WebP, at most 10 MB',
            file: true,
            required: true,
          },
        },
        response: { 201: proposalSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const { fields, file } = await readFileUpload(request, {
        maxBytes: SCENARIO_FILE_MAX_BYTES,
        tooLarge: 'scenario.file_too_large',
        missing: 'request.validation_failed',
      });
      const { purpose } = parseFields(attachmentUploadFields, fields);
      const proposal = await service.uploadAttachment(
        request.ctx,
        principal,
        scenarioFiles,
        request.params.proposalId,
        { purpose: purpose ?? 'proposal', ...file },
      );
      return reply.status(201).send(proposal);
    },
  );

  app.get(
    '/scenarios/proposals/:proposalId/attachments/:attachmentId',
    {
      config: { permission: 'scenarios.attachments' },
      schema: {
        tags,
        summary: 'Download an attachment (its company, or the officer)',
        params: attachmentParams,
        response: {
          200: fileResponse(
            ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
            'The file, as a download',
          ),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { attachment, bytes } = await service.readAttachment(
        request.ctx,
        requirePrincipal(request),
        scenarioFiles,
        request.params.proposalId,
        request.params.attachmentId,
      );
      return reply
        .type(attachment.contentType)
        .header('content-disposition', attachmentDisposition(attachment.fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  app.post(
    '/scenarios/proposals/:proposalId/decision',
    {
      config: { permission: 'scenarios.agency' },
      schema: {
        tags,
        summary: 'Shortlist, decline or start a pilot, with a reason',
        params: proposalParams,
        body: proposalDecisionBody,
        response: { 200: proposalSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.decideProposal(request.ctx, request.params.proposalId, request.body),
  );

  app.post(
    '/scenarios/proposals/:proposalId/in-use',
    {
      config: { permission: 'scenarios.agency' },
      schema: {
        tags,
        summary: 'Record a piloted product in use (A.P6), with evidence attached first',
        description:
          'Sets company.govScenarioProductInUse for the company from that day (a record fact).',
        params: proposalParams,
        body: inUseBody,
        response: { 200: proposalSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.recordInUse(request.ctx, request.params.proposalId, request.body),
  );

  app.post(
    '/scenarios/proposals/:proposalId/demonstration',
    {
      config: { permission: 'scenarios.agency' },
      schema: {
        tags,
        summary: 'Recognise (or not) a demonstration project (A.P7), criterion by criterion',
        params: proposalParams,
        body: demonstrationBody,
        response: { 200: proposalSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.recogniseDemonstration(request.ctx, request.params.proposalId, request.body),
  );

  app.post(
    '/scenarios/proposals/:proposalId/funding-application',
    {
      config: { permission: 'scenarios.company' },
      schema: {
        tags,
        summary: 'Start the funding application this record unlocks, prefilled',
        description:
          'scenario.gov-deployment (A.P6) from an in-use record, with the evidence of use attached as deployment-proof; scenario.demonstration (A.P7) from a recognised demonstration.',
        params: proposalParams,
        body: fundingApplicationBody,
        response: { 201: fundingApplicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await funding.startScenarioFunding(
            request.ctx,
            requirePrincipal(request),
            { scenarioFiles, evidence },
            request.params.proposalId,
            request.body.policyId,
          ),
        ),
  );
};

export default scenariosRoutes;
