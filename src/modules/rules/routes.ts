import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import type { Facts } from '../../engine';
import {
  dateQuery,
  evaluationBody,
  evaluationResponse,
  factProfileBody,
  factProfileQuery,
  factProfileSchema,
  factsSchemaQuery,
  nextQuestionBody,
  nextQuestionResponse,
  parameterListResponse,
  parameterParams,
  parameterSchema,
  parameterValueBody,
  policyDescriptionSchema,
  policyListResponse,
  policyParams,
} from './schema';
import { getFactProfile, saveFactProfile } from './fact-profiles-service';
import { enterParameterValue, listParameters, todayInShenzhen } from './parameters-service';
import { describeFactsSchema, describePolicy, listPolicies } from './policies-service';
import { evaluateParsedFactsToJson, findNextQuestion } from './service';
import {
  evaluationExample,
  factsSchemaExample,
  nextQuestionExample,
  policiesExample,
  policyExample,
} from './openapi-examples';

/**
 * Evaluation responses are built by typed code from the engine's results; re-checking ~20 KB of
 * results against the response schema on every request would cost more than the evaluation
 * itself, so these routes serialise with plain JSON.stringify. The schema still documents them
 * (OpenAPI) and the route tests check their shape.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

const rulesRoutes: RouteModule = (app) => {
  app.post(
    '/evaluations',
    {
      config: { permission: 'rules.evaluate' },
      schema: {
        tags: ['rules'],
        summary:
          'Evaluate a situation: per policy eligible / ineligible / unknown, the missing facts, the benefit in fen, the trace and the clauses',
        description:
          'The situation is a set of facts (their names and types: `GET /facts/schema`); a fact not given is unknown, and a policy that needs it answers `unknown` with the fact in `missingFacts` rather than guessing. Amounts are integer fen. `citations` are clause ids of the action plan and the Hetao notice. Nothing is stored. Public: no sign-in needed.',
        'x-examples': evaluationExample,
        body: evaluationBody,
        response: { 200: evaluationResponse, ...problemResponses(400) },
      },
      serializerCompiler: plainJson,
    },
    async (request, reply) => {
      const json = await evaluateParsedFactsToJson(request.ctx, {
        ...request.body,
        facts: request.body.facts as Facts,
      });
      // NOTE: already JSON text (see evaluation-json.ts). Sent as UTF-8 bytes encoded once:
      // given a string, Node would measure its UTF-8 length for Content-Length and then encode
      // it again on write — two passes over ~20 KB of mostly Chinese text.
      return reply.type('application/json; charset=utf-8').send(Buffer.from(json) as never);
    },
  );

  app.post(
    '/evaluations/next-question',
    {
      config: { permission: 'rules.evaluate' },
      schema: {
        tags: ['rules'],
        summary:
          'The single most useful next question: the missing fact whose answer settles the most undecided money',
        description:
          'For a guided conversation: given what is known so far, the one question to ask next (`question`, null when nothing is left to ask), with the evaluation as it stands. Facts in `skip` are never asked again. Public: no sign-in needed.',
        'x-examples': nextQuestionExample,
        body: nextQuestionBody,
        response: { 200: nextQuestionResponse, ...problemResponses(400) },
      },
      serializerCompiler: plainJson,
    },
    async (request) =>
      findNextQuestion(request.ctx, {
        ...request.body,
        facts: request.body.facts as Facts,
      }),
  );

  app.get(
    '/policies',
    {
      config: { permission: 'rules.read' },
      schema: {
        tags: ['rules'],
        summary: 'The catalogue of benefits, with caps as they stand on the date',
        description:
          'Every benefit of the catalogue with its clauses, audience and caps in force on `date` (today in Shenzhen when absent). A cap the source does not publish is null, never a guess. Public: no sign-in needed.',
        'x-examples': policiesExample,
        querystring: dateQuery,
        response: { 200: policyListResponse, ...problemResponses(400) },
      },
    },
    async (request) => {
      const policies = await listPolicies(request.ctx, request.query.date);
      return { date: request.query.date ?? todayInShenzhen(request.ctx.now()), policies };
    },
  );

  app.get(
    '/policies/:id',
    {
      config: { permission: 'rules.read' },
      schema: {
        tags: ['rules'],
        summary:
          'One policy on a date: clauses quoted, criteria, benefit, documents, the facts it reads with their questions, parameters',
        description:
          'Everything a reader needs to check the rule against the law: each clause quoted with its id, each criterion with the clause it encodes, the documents an application needs, and each parameter with its dated values and their sources (an unpublished one is null). Public: no sign-in needed.',
        'x-examples': policyExample,
        params: policyParams,
        querystring: dateQuery,
        response: { 200: policyDescriptionSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => describePolicy(request.ctx, request.params.id, request.query.date),
  );

  app.get(
    '/parameters',
    {
      config: { permission: 'rules.read' },
      schema: {
        tags: ['rules'],
        summary:
          'Every parameter with its dated values and sources, and the value in force on the date',
        querystring: dateQuery,
        response: { 200: parameterListResponse, ...problemResponses(400) },
      },
    },
    async (request) => listParameters(request.ctx, request.query.date),
  );

  app.post(
    '/parameters/:id/values',
    {
      config: { permission: 'rules.parameters.manage' },
      schema: {
        tags: ['rules'],
        summary:
          'Enter a dated value (or unpublished / ended) with its source; takes effect from its date without a deploy (administrators)',
        params: parameterParams,
        body: parameterValueBody,
        response: { 201: parameterSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await enterParameterValue(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/facts/schema',
    {
      config: { permission: 'rules.read' },
      schema: {
        tags: ['rules'],
        summary: 'The JSON Schema of a situation (the fact vocabulary), with each question',
        description:
          'The names and types of every fact an evaluation reads, grouped by subject (person, company, importer, goods), each with the question that asks for it and help in three languages (`x-question`, `x-help`). Fact names are a published contract: they are added to, never renamed. Public: no sign-in needed.',
        'x-examples': factsSchemaExample,
        querystring: factsSchemaQuery,
        response: { 200: z.record(z.string(), z.unknown()), ...problemResponses(400) },
      },
    },
    async (request) => describeFactsSchema(request.query.lang ?? request.ctx.language),
  );

  app.get(
    '/facts/profile',
    {
      config: { permission: 'rules.profile' },
      schema: {
        tags: ['rules'],
        summary: 'My facts and my company’s, so nothing is asked twice',
        querystring: factProfileQuery,
        response: { 200: factProfileSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      getFactProfile(request.ctx, requirePrincipal(request), {
        organisationId: request.query.organisationId,
      }),
  );

  app.patch(
    '/facts/profile',
    {
      config: { permission: 'rules.profile' },
      schema: {
        tags: ['rules'],
        summary: 'Save facts to my profile and my company’s (null removes a fact); audited',
        body: factProfileBody,
        response: { 200: factProfileSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      saveFactProfile(request.ctx, requirePrincipal(request), request.body.facts, {
        organisationId: request.body.organisationId,
      }),
  );
};

export default rulesRoutes;
