import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import * as service from './challenges-service';
import * as funding from './funding-service';
import {
  challengeBody,
  challengeParams,
  challengeSchema,
  conflictBody,
  consortiumBody,
  consortiumParams,
  consortiumSchema,
  fundingApplicationSchema,
  invitationBody,
  invitationResponseBody,
  memberParams,
  milestoneDecisionBody,
  milestoneParams,
  panelBody,
  panelSchema,
  scoreBody,
  verifyStartupBody,
  winnerBody,
} from './schema';

const tags = ['challenges'];

/** Technology challenges, 揭榜挂帅 (issue #17 item 2; A.P10). */
const challengesRoutes: RouteModule = (app) => {
  app.get(
    '/challenges',
    {
      config: { permission: 'scenarios.public-read' },
      schema: {
        tags,
        summary: 'Published challenges (發榜), newest first',
        response: { 200: z.array(challengeSchema) },
      },
    },
    async (request) => service.listChallenges(request.ctx),
  );

  app.post(
    '/challenges',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Publish a challenge (發榜)',
        description:
          'Budget ceiling in fen, at most 3,000,000,000 (¥30,000,000, A.P10); phases; the submission deadline (a China date, inclusive); the panel rubric.',
        body: challengeBody,
        response: { 201: challengeSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.publishChallenge(request.ctx, request.body)),
  );

  app.get(
    '/challenges/consortia/mine',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: 'Consortia my organisations lead or were invited to',
        response: { 200: z.array(consortiumSchema), ...problemResponses(401) },
      },
    },
    async (request) => service.listMyConsortia(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/challenges/panel/mine',
    {
      config: { permission: 'challenges.panel' },
      schema: {
        tags,
        summary: 'Challenges on whose panel I sit',
        response: { 200: z.array(challengeSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listMyPanelChallenges(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/challenges/reviewers',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Reviewer accounts the agency may put on a panel',
        response: { 200: panelSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listReviewers(request.ctx),
  );

  app.get(
    '/challenges/:challengeId',
    {
      config: { permission: 'scenarios.public-read' },
      schema: {
        tags,
        summary: 'One challenge',
        params: challengeParams,
        response: { 200: challengeSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => service.getChallenge(request.ctx, request.params.challengeId),
  );

  app.get(
    '/challenges/:challengeId/consortia',
    {
      config: { permission: 'challenges.panel-or-agency' },
      schema: {
        tags,
        summary: "A challenge's consortia with scores (the agency: all; the panel: submitted)",
        params: challengeParams,
        response: { 200: z.array(consortiumSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.listConsortiaOfChallenge(
        request.ctx,
        requirePrincipal(request),
        request.params.challengeId,
      ),
  );

  app.post(
    '/challenges/:challengeId/consortia',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: 'Form a consortium led by my organisation',
        params: challengeParams,
        body: consortiumBody,
        response: { 201: consortiumSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.formConsortium(
            request.ctx,
            requirePrincipal(request),
            request.params.challengeId,
            request.body,
          ),
        ),
  );

  app.get(
    '/challenges/consortia/:consortiumId',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: 'One consortium (its members, the agency, the panel)',
        params: consortiumParams,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      service.getConsortium(request.ctx, requirePrincipal(request), request.params.consortiumId),
  );

  app.post(
    '/challenges/consortia/:consortiumId/invitations',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: 'Invite an organisation (it joins only if it accepts)',
        params: consortiumParams,
        body: invitationBody,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.inviteToConsortium(
        request.ctx,
        requirePrincipal(request),
        request.params.consortiumId,
        request.body,
      ),
  );

  app.post(
    '/challenges/consortia/:consortiumId/members/:organisationId/response',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: "Accept or decline my organisation's invitation",
        params: memberParams,
        body: invitationResponseBody,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      service.respondToInvitation(
        request.ctx,
        requirePrincipal(request),
        request.params.consortiumId,
        request.params.organisationId,
        request.body.accept,
      ),
  );

  app.post(
    '/challenges/consortia/:consortiumId/members/:organisationId/startup-verification',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Verify that a member declaring itself the start-up is one',
        params: memberParams,
        body: verifyStartupBody,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.verifyStartup(
        request.ctx,
        request.params.consortiumId,
        request.params.organisationId,
        request.body.note,
      ),
  );

  app.post(
    '/challenges/consortia/:consortiumId/submit',
    {
      config: { permission: 'challenges.participate' },
      schema: {
        tags,
        summary: 'Submit (揭榜) before the deadline',
        description:
          '409 challenge.deadline_passed after the deadline day (China time); 422 challenge.consortium_ineligible without an accepted university or research institute and an accepted start-up (A.P10).',
        params: consortiumParams,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.submitConsortium(request.ctx, requirePrincipal(request), request.params.consortiumId),
  );

  app.put(
    '/challenges/:challengeId/panel',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Assign the panel (reviewer accounts)',
        params: challengeParams,
        body: panelBody,
        response: { 200: panelSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      service.setPanel(request.ctx, request.params.challengeId, request.body.reviewerAccountIds),
  );

  app.get(
    '/challenges/:challengeId/panel',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: "A challenge's panel",
        params: challengeParams,
        response: { 200: panelSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.getPanel(request.ctx, request.params.challengeId),
  );

  app.post(
    '/challenges/:challengeId/conflicts',
    {
      config: { permission: 'challenges.panel' },
      schema: {
        tags,
        summary: 'Declare a conflict of interest with a consortium (then it cannot be scored)',
        params: challengeParams,
        body: conflictBody,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.declareConflict(
        request.ctx,
        requirePrincipal(request),
        request.params.challengeId,
        request.body,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/challenges/consortia/:consortiumId/scores',
    {
      config: { permission: 'challenges.panel' },
      schema: {
        tags,
        summary: 'Score a submitted consortium with the published rubric',
        description:
          '403 challenge.conflict_of_interest for a panel member who belongs to one of its organisations or declared a conflict.',
        params: consortiumParams,
        body: scoreBody,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      service.scoreConsortium(
        request.ctx,
        requirePrincipal(request),
        request.params.consortiumId,
        request.body,
      ),
  );

  app.post(
    '/challenges/:challengeId/winner',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Choose the winner with reasons and its milestones',
        params: challengeParams,
        body: winnerBody,
        response: { 200: challengeSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.chooseWinner(request.ctx, request.params.challengeId, request.body),
  );

  app.post(
    '/challenges/milestones/:milestoneId/acceptance',
    {
      config: { permission: 'challenges.agency' },
      schema: {
        tags,
        summary: 'Accept (驗收) a milestone, or not, with a reason',
        params: milestoneParams,
        body: milestoneDecisionBody,
        response: { 200: consortiumSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.decideMilestone(request.ctx, request.params.milestoneId, request.body),
  );

  app.post(
    '/challenges/consortia/:consortiumId/funding-application',
    {
      config: { permission: 'challenges.funding' },
      schema: {
        tags,
        summary: "Open the lead's consortium.challenge application after a win (A.P10)",
        params: consortiumParams,
        response: { 201: fundingApplicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await funding.startChallengeFunding(
            request.ctx,
            requirePrincipal(request),
            request.params.consortiumId,
          ),
        ),
  );
};

export default challengesRoutes;
