import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  certificateParams,
  certificateSchema,
  decisionBody,
  distributionSchema,
  queueQuery,
  reviewBody,
  rubricSchema,
  submissionBody,
  submissionParams,
  submissionSchema,
  submissionSummarySchema,
  validityBody,
  validityOverviewSchema,
  validitySchema,
} from './schema';
import * as talent from './service';

const tags = ['talent'];

/** Open talent recognition (issue #17 item 3; A.P1). */
const talentRoutes: RouteModule = (app) => {
  app.get(
    '/talent/rubric',
    {
      config: { permission: 'talent.public-read' },
      schema: {
        tags,
        summary: 'The published rubric of talent recognition (A.P1); no degree criterion',
        response: { 200: rubricSchema },
      },
    },
    async () => talent.getRubric(),
  );

  app.get(
    '/talent/certificates/:code',
    {
      config: { permission: 'talent.public-read' },
      schema: {
        tags,
        summary: 'Check a recognition certificate by its code (public)',
        description: 'Name, kinds of achievement and validity; never the evidence or grounds.',
        params: certificateParams,
        response: { 200: certificateSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => talent.verifyCertificate(request.ctx, request.params.code),
  );

  app.post(
    '/talent/submissions',
    {
      config: { permission: 'talent.submit' },
      schema: {
        tags,
        summary: 'Submit achievements for recognition (open source, applications, competitions)',
        description:
          'Each achievement with at least one evidence link (400 at the field otherwise). No degree field: unlisted fields are refused. One open submission at a time (409); a valid recognition already held: 409.',
        body: submissionBody,
        response: { 201: submissionSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await talent.submitAchievements(request.ctx, requirePrincipal(request), request.body),
        ),
  );

  app.get(
    '/talent/submissions/mine',
    {
      config: { permission: 'talent.submit' },
      schema: {
        tags,
        summary: "The signed-in person's submissions, newest first",
        response: { 200: z.array(submissionSummarySchema), ...problemResponses(401) },
      },
    },
    async (request) => talent.listMySubmissions(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/talent/submissions',
    {
      config: { permission: 'talent.review' },
      schema: {
        tags,
        summary: "The panel's queue (the latest 200), each flagged where the reader is conflicted",
        querystring: queueQuery,
        response: { 200: z.array(submissionSummarySchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      talent.listPanelQueue(request.ctx, requirePrincipal(request), request.query.status),
  );

  app.get(
    '/talent/submissions/:submissionId',
    {
      config: { permission: 'talent.submit' },
      schema: {
        tags,
        summary: 'One submission (its applicant, or a panel member)',
        params: submissionParams,
        response: { 200: submissionSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      talent.getSubmission(request.ctx, requirePrincipal(request), request.params.submissionId),
  );

  app.post(
    '/talent/submissions/:submissionId/reviews',
    {
      config: { permission: 'talent.review' },
      schema: {
        tags,
        summary: 'Record a panel review: a judgement with reasons for each published criterion',
        description:
          'Refused (403) for the applicant themself or a colleague sharing an organisation with them; one review per panel member (409).',
        params: submissionParams,
        body: reviewBody,
        response: { 201: submissionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await talent.reviewSubmission(
            request.ctx,
            requirePrincipal(request),
            request.params.submissionId,
            request.body,
          ),
        ),
  );

  app.post(
    '/talent/submissions/:submissionId/decision',
    {
      config: { permission: 'talent.review' },
      schema: {
        tags,
        summary: 'Decide: recognise (with grounds and the achievements it rests on) or refuse',
        description:
          'After at least one panel review (422). A recognition without evidence is refused (422 talent.no_evidence). Conflicted panel members: 403. Produces the certificate code.',
        params: submissionParams,
        body: decisionBody,
        response: { 200: submissionSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      talent.decideSubmission(
        request.ctx,
        requirePrincipal(request),
        request.params.submissionId,
        request.body,
      ),
  );

  app.get(
    '/talent/distribution',
    {
      config: { permission: 'talent.distribution' },
      schema: {
        tags,
        summary: 'People holding a valid recognition today, by kind of achievement',
        response: { 200: distributionSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => talent.getDistribution(request.ctx),
  );

  app.get(
    '/talent/validity-periods',
    {
      config: { permission: 'talent.distribution' },
      schema: {
        tags,
        summary: 'The validity period of recognitions in force, and its history',
        description: 'None in force: recognitions are recorded with no end (A.P1 gives no term).',
        response: { 200: validityOverviewSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => talent.getValidity(request.ctx),
  );

  app.post(
    '/talent/validity-periods',
    {
      config: { permission: 'talent.manage' },
      schema: {
        tags,
        summary: 'Set the validity period (months) of recognitions decided from a date on',
        body: validityBody,
        response: { 201: validitySchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await talent.setValidity(request.ctx, request.body)),
  );
};

export default talentRoutes;
