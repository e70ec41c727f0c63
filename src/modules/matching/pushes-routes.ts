// Routes of pushes and "found for you" (issue #15 items 3 and 6): an administrator's manual
// digest, a signed-in person's push preference and what matching found for their companies.
import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { foundForMe } from './found-for-me-service';
import { getMyPreferences, setMyPreferences } from './preferences-service';
import { sendPushDigest } from './pushes-service';

const tags = ['matching'];

const digestSchema = z.object({
  messages: z.number().int().describe('Messages queued: one per person'),
  sent: z.number().int().describe('Push candidates sent to at least one person'),
  suppressed: z
    .number()
    .int()
    .describe('Candidates no one will get: every recipient opted out of benefit pushes'),
  waiting: z
    .number()
    .int()
    .describe('Candidates of profiles with no linked organisation or member yet (left unsent)'),
});

const preferencesSchema = z.object({
  benefitPushes: z.boolean().describe('false: no benefit pushes (inbox or e-mail)'),
  updatedAt: z.string().nullable(),
});
const preferencesBody = z.object({ benefitPushes: z.boolean() });

const foundSchema = z.object({
  items: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      policyId: z.string(),
      name: z.string(),
      reason: z.enum(['eligible', 'one_fact_away']),
      maxAmountFen: z.number().int().nullable(),
      missingFact: z.string().nullable(),
      missingFactQuestion: z.string().nullable(),
      evaluatedOn: z.string(),
      applyPath: z.string().describe('The web page of a prefilled application'),
    }),
  ),
  benefitPushes: z.boolean(),
});

export const pushesRoutes: RouteModule = (app) => {
  app.post(
    '/matching/pushes/send',
    {
      config: { permission: 'matching.manage' },
      schema: {
        tags,
        summary:
          'Send a digest now: one message (inbox and e-mail) per person for every unsent push candidate',
        response: { 200: digestSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => sendPushDigest(request.ctx),
  );

  app.get(
    '/matching/preferences',
    {
      config: { permission: 'matching.own' },
      schema: {
        tags,
        summary: 'My benefit-push preference',
        response: { 200: preferencesSchema, ...problemResponses(401) },
      },
    },
    async (request) => getMyPreferences(request.ctx, requirePrincipal(request)),
  );

  app.put(
    '/matching/preferences',
    {
      config: { permission: 'matching.own' },
      schema: {
        tags,
        summary: 'Turn benefit pushes on or off (off: none is sent, in the inbox or by e-mail)',
        body: preferencesBody,
        response: { 200: preferencesSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => setMyPreferences(request.ctx, requirePrincipal(request), request.body),
  );

  app.get(
    '/matching/found-for-me',
    {
      config: { permission: 'matching.own' },
      schema: {
        tags,
        summary:
          'Found for you: eligible and one-fact-away benefits of the companies I belong to, with amounts and the prefilled application',
        response: { 200: foundSchema, ...problemResponses(401) },
      },
    },
    async (request) => foundForMe(request.ctx, requirePrincipal(request)),
  );
};
