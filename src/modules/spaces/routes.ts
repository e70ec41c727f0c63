import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import * as admission from './admission-service';
import * as communities from './communities-service';
import { listDistricts } from './districts';
import {
  admitBody,
  applicationBody,
  applicationParams,
  applicationSchema,
  communityBody,
  communityChangesBody,
  communityParams,
  communitySchema,
  declineBody,
  districtSchema,
  ladderBody,
  ladderSchema,
  leaseBody,
  leaseParams,
  leaseSchema,
  moveOutBody,
  offerSchema,
  renewBody,
  rentBody,
  unitBody,
  unitChangesBody,
  unitParams,
  unitSchema,
} from './schema';

const tags = ['spaces'];

/** OPC communities (issue #14; A.S0–A.S3): the register, units, the ladder, admission, leases. */
const spacesRoutes: RouteModule = (app) => {
  // --- The public register ----------------------------------------------------------------------

  app.get(
    '/spaces/districts',
    {
      config: { permission: 'spaces.public-read' },
      schema: {
        tags,
        summary: "Shenzhen's districts, with their codes and names in three scripts",
        response: { 200: z.array(districtSchema) },
      },
    },
    async () => listDistricts(),
  );

  app.get(
    '/spaces/communities',
    {
      config: { permission: 'spaces.public-read' },
      schema: {
        tags,
        summary: 'The register of OPC communities',
        description:
          'First-batch communities (A.S0) first. `demo: true` marks demo data; a null area is unknown, never zero.',
        response: { 200: z.array(communitySchema) },
      },
    },
    async (request) => communities.listCommunities(request.ctx),
  );

  app.get(
    '/spaces/communities/:communityId',
    {
      config: { permission: 'spaces.public-read' },
      schema: {
        tags,
        summary: 'One community with its ladder',
        params: communityParams,
        response: { 200: communitySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => communities.getCommunity(request.ctx, request.params.communityId),
  );

  app.get(
    '/spaces/communities/:communityId/units',
    {
      config: { permission: 'spaces.public-read' },
      schema: {
        tags,
        summary: "A community's desks, offices and floors, with rents in force and occupancy today",
        params: communityParams,
        response: { 200: z.array(unitSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => communities.listUnits(request.ctx, request.params.communityId),
  );

  // --- Administrators keep the register -----------------------------------------------------------

  app.post(
    '/spaces/communities',
    {
      config: { permission: 'spaces.register' },
      schema: {
        tags,
        summary: 'Register a community',
        description:
          'A community below 10,000 m² needs `belowAreaReason` (A.S1: at least 10,000 m² "in principle"); without one, a 422 pointing at that field.',
        body: communityBody,
        response: { 201: communitySchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await communities.createCommunity(request.ctx, request.body)),
  );

  app.patch(
    '/spaces/communities/:communityId',
    {
      config: { permission: 'spaces.register' },
      schema: {
        tags,
        summary: "Change a community's details, status or dates",
        description:
          'A status change is audited as such. A closing date before the end of an existing lease is refused.',
        params: communityParams,
        body: communityChangesBody,
        response: { 200: communitySchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      communities.updateCommunity(request.ctx, request.params.communityId, request.body),
  );

  // --- Operators run their community ----------------------------------------------------------------

  app.get(
    '/spaces/communities/operated',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'The communities I run',
        description:
          "A community operator's: those whose operator organisation they belong to; an administrator's: every community.",
        response: { 200: z.array(communitySchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => communities.listOperatedCommunities(request.ctx, requirePrincipal(request)),
  );

  app.put(
    '/spaces/communities/:communityId/ladder',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "Publish the community's ladder thresholds (team size per rung)",
        description:
          'A.S2 allocates a desk, an office or a floor by team size but gives no sizes: they are the operator’s parameters. Null leaves a threshold unpublished.',
        params: communityParams,
        body: ladderBody,
        response: { 200: ladderSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      communities.setLadder(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.body,
      ),
  );

  app.post(
    '/spaces/communities/:communityId/units',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Add a desk, office or floor',
        params: communityParams,
        body: unitBody,
        response: { 201: unitSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await communities.createUnit(
            request.ctx,
            requirePrincipal(request),
            request.params.communityId,
            request.body,
          ),
        ),
  );

  app.patch(
    '/spaces/units/:unitId',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "Change a unit's label, area, seats or availability",
        params: unitParams,
        body: unitChangesBody,
        response: { 200: unitSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      communities.updateUnit(
        request.ctx,
        requirePrincipal(request),
        request.params.unitId,
        request.body,
      ),
  );

  app.post(
    '/spaces/units/:unitId/rents',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "Record a unit's market reference or low-cost monthly rent from a date",
        params: unitParams,
        body: rentBody,
        response: { 201: unitSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await communities.recordRent(
            request.ctx,
            requirePrincipal(request),
            request.params.unitId,
            request.body,
          ),
        ),
  );

  app.get(
    '/spaces/communities/:communityId/applications',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "The community's applications, with rungs and waiting-list places",
        params: communityParams,
        response: { 200: z.array(applicationSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      admission.listCommunityApplications(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
      ),
  );

  app.post(
    '/spaces/applications/:applicationId/admit',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Admit a company to the community',
        params: applicationParams,
        body: admitBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      admission.decideApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.applicationId,
        { admit: true, reason: request.body?.reason ?? null },
      ),
  );

  app.post(
    '/spaces/applications/:applicationId/decline',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Decline an application, with the reason',
        params: applicationParams,
        body: declineBody,
        response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      admission.decideApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.applicationId,
        { admit: false, reason: request.body.reason },
      ),
  );

  app.get(
    '/spaces/applications/:applicationId/offer',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "The units free today on the application's rung of the ladder",
        description:
          'On the opc-community route, units of the rung the team size gives (A.S2; none while the ladder is unpublished); on the other-industrial route, units of at most 50 m² (A.S3).',
        params: applicationParams,
        response: { 200: offerSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      admission.offerForApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.applicationId,
      ),
  );

  app.post(
    '/spaces/applications/:applicationId/lease',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Allocate a unit to an admitted application: the lease',
        description:
          'Refused with nothing written: a unit not on the team’s rung (A.S2) or an unpublished ladder (422); on the other-industrial route a unit over 50 m² (A.S3, 422); a lease overlapping another lease of the unit (409); a lease past the community’s closing date (422).',
        params: applicationParams,
        body: leaseBody,
        response: { 201: leaseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await admission.allocateUnit(
            request.ctx,
            requirePrincipal(request),
            request.params.applicationId,
            request.body,
          ),
        ),
  );

  app.get(
    '/spaces/communities/:communityId/leases',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "The community's leases",
        params: communityParams,
        response: { 200: z.array(leaseSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      admission.listCommunityLeases(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
      ),
  );

  app.post(
    '/spaces/leases/:leaseId/renew',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Renew a lease: its end moves later, at the same rent and subsidy',
        description:
          'Refused with nothing written when the new end overlaps another lease of the unit (409) or runs past the community’s closing date (422).',
        params: leaseParams,
        body: renewBody,
        response: { 200: leaseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      admission.renewLease(
        request.ctx,
        requirePrincipal(request),
        request.params.leaseId,
        request.body.endsOn,
      ),
  );

  app.post(
    '/spaces/leases/:leaseId/move-out',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Record a move-out: the lease ends that day',
        params: leaseParams,
        body: moveOutBody,
        response: { 200: leaseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      admission.moveOut(
        request.ctx,
        requirePrincipal(request),
        request.params.leaseId,
        request.body.movedOutOn,
      ),
  );

  // --- Companies --------------------------------------------------------------------------------------

  app.post(
    '/spaces/communities/:communityId/applications',
    {
      config: { permission: 'spaces.company' },
      schema: {
        tags,
        summary: 'Apply for space in a community for my company',
        description:
          'Route `opc-community`: space by team size (A.S2); `other-industrial`: at most 50 m² in other industrial space (A.S3).',
        params: communityParams,
        body: applicationBody,
        response: { 201: applicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await admission.applyForSpace(
            request.ctx,
            requirePrincipal(request),
            request.params.communityId,
            request.body,
          ),
        ),
  );

  app.get(
    '/spaces/applications/mine',
    {
      config: { permission: 'spaces.company' },
      schema: {
        tags,
        summary: "My companies' space applications, with waiting-list places",
        response: { 200: z.array(applicationSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => admission.listMyApplications(request.ctx, requirePrincipal(request)),
  );

  app.get(
    '/spaces/leases/mine',
    {
      config: { permission: 'spaces.company' },
      schema: {
        tags,
        summary: "My companies' leases",
        response: { 200: z.array(leaseSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => admission.listMyLeases(request.ctx, requirePrincipal(request)),
  );
};

export default spacesRoutes;
