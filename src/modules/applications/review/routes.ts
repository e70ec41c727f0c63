import { requirePrincipal } from '../../../http/auth';
import { problemResponses } from '../../../http/openapi';
import type { RouteModule } from '../../../http/types';
import { applicationParams, applicationSchema, reasonsBody } from '../schema';
import {
  appealDecisionBody,
  assignBody,
  assignResponse,
  decisionBody,
  declareRecusalBody,
  queueQuery,
  queueResponse,
  recommendBody,
  replayResponse,
  reviewDetailResponse,
  reviewersResponse,
  scoreBody,
  scoreResponse,
} from './schema';
import * as decisions from './decisions';
import * as service from './service';

/** The officers' side: queue, assignment, recusal, scores, recommendation, decisions. */
const reviewRoutes: RouteModule = (app) => {
  app.get(
    '/review/queue',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Review queue with due dates (working days), filters and recusal flags',
        querystring: queueQuery,
        response: { 200: queueResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) =>
      service.listReviewQueue(request.ctx, requirePrincipal(request), request.query),
  );

  app.get(
    '/review/reviewers',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Reviewers to assign to',
        response: { 200: reviewersResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listReviewers(request.ctx),
  );

  app.post(
    '/review/assignments',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Assign (or bulk-assign) applications to a reviewer; recused ones are refused',
        body: assignBody,
        response: { 200: assignResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.assignApplications(request.ctx, request.body),
  );

  app.get(
    '/review/applications/:id',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'An application for review: answers, evidence, engine trace, rubric, timeline',
        params: applicationParams,
        response: { 200: reviewDetailResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.describeForReview(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.get(
    '/review/applications/:id/replay',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Replay the stored evaluation from its snapshot and compare',
        params: applicationParams,
        response: { 200: replayResponse, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => service.replayApplicationEvaluation(request.ctx, request.params.id),
  );

  app.post(
    '/review/applications/:id/recusal',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Declare my conflict of interest with an application: I am recused from it',
        description:
          'Only the reviewer declares their own; it is not withdrawn. An assignment to them is ' +
          'released and a recommendation of theirs withdrawn. Answers the review page as the ' +
          'reviewer now sees it (`recusal: "declared"`).',
        params: applicationParams,
        body: declareRecusalBody,
        response: { 200: reviewDetailResponse, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.declareRecusal(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/score',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Score the rubric (discretionary programmes)',
        params: applicationParams,
        body: scoreBody,
        response: { 200: scoreResponse, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.scoreApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/recommendation',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Recommend approval (with amount) or rejection; a second officer decides',
        params: applicationParams,
        body: recommendBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      decisions.recommendDecision(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/decision',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Approve (four eyes, within cap and budget), reject, or return for information',
        params: applicationParams,
        body: decisionBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      decisions.decideApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/appeal-decision',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Decide an appeal (not the officer whose decision is appealed)',
        params: applicationParams,
        body: appealDecisionBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      decisions.decideAppeal(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/review/applications/:id/revoke',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Revoke an unpaid approval (releases the budget)',
        params: applicationParams,
        body: reasonsBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      decisions.revokeApproval(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );
};

export default reviewRoutes;
