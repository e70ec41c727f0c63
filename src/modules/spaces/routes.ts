import { z } from 'zod';
import { requirePrincipal } from '../../http/auth';
import { attachmentDisposition } from '../../http/content-disposition';
import { fileResponse, noBodyFields, problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { nextPageLink } from '../../shared/keyset';
import * as admission from './admission-service';
import * as moveUps from './move-up-service';
import * as reports from './reports-service';
import { prefillApplication } from './rules-gateway';
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
  listPageQuery,
  moveOutBody,
  moveUpBody,
  moveUpRequestParams,
  moveUpRequestSchema,
  moveUpResultSchema,
  occupancyQuery,
  offerSchema,
  prefillQuery,
  prefillSchema,
  rentSubsidyReportSchema,
  reportExportQuery,
  reportQuery,
  renewBody,
  rentBody,
  unitBody,
  unitChangesBody,
  unitParams,
  unitSchema,
} from './schema';

const tags = ['spaces'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGED =
  ' Paged by keyset: at most `limit` rows (default 200); the next page is in the `Link: <…>; rel="next"` header (none on the last page).';

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
        description: `Oldest first.${PAGED}`,
        params: communityParams,
        querystring: listPageQuery,
        'x-next-page-link': true,
        response: { 200: z.array(applicationSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { rows, nextCursor } = await admission.listCommunityApplications(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query,
      );
      const link = nextPageLink(request.url, nextCursor);
      if (link) void reply.header('link', link);
      return rows;
    },
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
        description: `By start date.${PAGED}`,
        params: communityParams,
        querystring: listPageQuery,
        'x-next-page-link': true,
        response: { 200: z.array(leaseSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { rows, nextCursor } = await admission.listCommunityLeases(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query,
      );
      const link = nextPageLink(request.url, nextCursor);
      if (link) void reply.header('link', link);
      return rows;
    },
  );

  app.get(
    '/spaces/communities/:communityId/move-up-requests',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: "The community's move-up requests, open ones first",
        params: communityParams,
        response: { 200: z.array(moveUpRequestSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      moveUps.listCommunityMoveUpRequests(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
      ),
  );

  app.post(
    '/spaces/leases/:leaseId/move-up',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Move a resident up the ladder: a unit of a higher rung, the old lease ends',
        description:
          'A.S2: the resident’s declared team size (its newest resident record) must fit a rung above the unit it holds, and the unit must be of that rung. In one transaction the new lease starts on `startsOn` and the old one ends the day before; an open move-up request of the lease is closed. Refused with nothing written: no declaration, an unpublished rung, a team that does not fit a higher rung, a unit of another rung (422); an overlapping lease (409).',
        params: leaseParams,
        body: moveUpBody,
        response: { 201: moveUpResultSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await moveUps.moveUp(
            request.ctx,
            requirePrincipal(request),
            request.params.leaseId,
            request.body,
          ),
        ),
  );

  app.post(
    '/spaces/move-up-requests/:requestId/decline',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Decline a move-up request, with the reason',
        params: moveUpRequestParams,
        body: declineBody,
        response: { 200: moveUpRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      moveUps.declineMoveUp(
        request.ctx,
        requirePrincipal(request),
        request.params.requestId,
        request.body.reason,
      ),
  );

  app.get(
    '/spaces/communities/:communityId/reports/rent-subsidy',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'The rent-subsidy report: per month, market reference against low-cost rents',
        description:
          'Per month: the units a lease covers, the sum of their market reference rents and of their low-cost rents in force (on the month’s first day, or the lease’s first day if later), and the difference — the subsidy the low cost implies (A.S2). Each unit’s dated rents with their sources; a unit missing either rent is counted in `unitsWithoutRents` and left out of the sums. Money in fen. At most 36 months.',
        params: communityParams,
        querystring: reportQuery,
        response: { 200: rentSubsidyReportSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      reports.rentSubsidyReport(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query,
      ),
  );

  app.get(
    '/spaces/communities/:communityId/reports/rent-subsidy/export',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'The rent-subsidy report as Excel (summary and details) or CSV (summary)',
        description: 'Money in yuan, in the request’s language.',
        params: communityParams,
        querystring: reportExportQuery,
        response: {
          200: fileResponse([XLSX, 'text/csv'], 'The rent-subsidy report'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { format, ...range } = request.query;
      const file = await reports.exportRentSubsidy(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        range,
        format,
      );
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );

  app.get(
    '/spaces/communities/:communityId/reports/occupancy/export',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Occupancy today as Excel or CSV: each unit, its occupant, lease and rents',
        description: 'Money in yuan, in the request’s language.',
        params: communityParams,
        querystring: occupancyQuery,
        response: {
          200: fileResponse([XLSX, 'text/csv'], 'Occupancy today'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await reports.exportOccupancy(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query.format,
      );
      return reply
        .type(request.query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(file.bytes);
    },
  );

  app.post(
    '/spaces/leases/:leaseId/renew',
    {
      config: { permission: 'spaces.operate' },
      schema: {
        tags,
        summary: 'Renew a lease: its end moves later, at the same terms or at new terms',
        description:
          'With `newTerms: true` the rent and subsidy from the renewal’s first day come from the unit’s dated rents in force that day (none recorded: 422); the earlier terms stay in `terms`. Refused with nothing written when the new end overlaps another lease of the unit (409) or runs past the community’s closing date (422).',
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
        request.body,
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
    '/spaces/communities/:communityId/application-prefill',
    {
      config: { permission: 'spaces.company' },
      schema: {
        tags,
        summary: "What an application may be prefilled with: the engine's space results",
        description:
          'The rules engine’s `space.opc-community` (A.S2) and `space.other-industrial` (A.S3) results on the applicant’s fact profile for the company (status, the clauses, each criterion), its declared team size and the route to suggest. An indication for the form: the operator decides admission.',
        params: communityParams,
        querystring: prefillQuery,
        response: { 200: prefillSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      prefillApplication(
        request.ctx,
        requirePrincipal(request),
        request.params.communityId,
        request.query.organisationId,
      ),
  );

  app.post(
    '/spaces/leases/:leaseId/move-up-requests',
    {
      config: { permission: 'spaces.move-up-request' },
      schema: {
        tags,
        summary: 'Ask to move up the ladder (a company member), or offer it (the operator)',
        description:
          'A.S2: the resident’s declared team size must fit a rung above the unit it holds (422 otherwise, or while that rung is unpublished, or with no declaration). One open request per lease (409).',
        params: leaseParams,
        body: noBodyFields,
        response: { 201: moveUpRequestSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await moveUps.requestMoveUp(
            request.ctx,
            requirePrincipal(request),
            request.params.leaseId,
          ),
        ),
  );

  app.get(
    '/spaces/move-up-requests/mine',
    {
      config: { permission: 'spaces.company' },
      schema: {
        tags,
        summary: "My companies' move-up requests",
        response: { 200: z.array(moveUpRequestSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => moveUps.listMyMoveUpRequests(request.ctx, requirePrincipal(request)),
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
