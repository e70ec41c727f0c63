import { requirePrincipal } from '../../http/auth';
import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import {
  allowanceScheduleResponse,
  applicationParams,
  dueInstalmentsResponse,
  stopScheduleBody,
} from './schema';
import * as service from './service';

/** Monthly allowances (A.P8): the applicant's schedule, an officer's stop, finance's due list. */
const allowancesRoutes: RouteModule = (app) => {
  app.get(
    '/applications/:id/allowance-schedule',
    {
      config: { permission: 'applications.own' },
      schema: {
        tags: ['applications'],
        summary: "My application's monthly schedule (months paid and to come)",
        params: applicationParams,
        response: { 200: allowanceScheduleResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) =>
      service.describeMySchedule(request.ctx, requirePrincipal(request), request.params.id),
  );

  app.get(
    '/review/applications/:id/allowance-schedule',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: "An application's monthly schedule",
        params: applicationParams,
        response: { 200: allowanceScheduleResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => service.describeScheduleForStaff(request.ctx, request.params.id),
  );

  app.post(
    '/review/applications/:id/allowance-schedule/stop',
    {
      config: { permission: 'applications.review' },
      schema: {
        tags: ['review'],
        summary: 'Stop a monthly schedule (no longer qualifies): releases the budget of the rest',
        params: applicationParams,
        body: stopScheduleBody,
        response: { 200: allowanceScheduleResponse, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.stopAllowanceSchedule(
        request.ctx,
        requirePrincipal(request),
        request.params.id,
        request.body,
      ),
  );

  app.get(
    '/payments/instalments/due',
    {
      config: { permission: 'payments.manage' },
      schema: {
        tags: ['payments'],
        summary: 'Monthly allowance instalments whose month has come, waiting for a batch',
        response: { 200: dueInstalmentsResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.listDueInstalments(request.ctx),
  );
};

export default allowancesRoutes;
