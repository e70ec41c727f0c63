import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import applyingRoutes from './applying/routes';
import reviewRoutes from './review/routes';
import { closeSettledResponse } from './schema';
import * as service from './service';
import { workflowSettingsSchema as settingsBody } from './settings';

/**
 * The applications module's routes: the founder's side (`applying/routes.ts`), the officers'
 * (`review/routes.ts`) and the workflow's administration, registered in this order.
 */
const applicationsRoutes: RouteModule = async (app, deps) => {
  await applyingRoutes(app, deps);
  await reviewRoutes(app, deps);

  app.get(
    '/admin/workflow-settings',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['administration'],
        summary: 'Review SLA, appeal period and public holidays',
        response: { 200: settingsBody, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.describeWorkflowSettings(request.ctx),
  );

  app.put(
    '/admin/workflow-settings',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['administration'],
        summary: 'Change the review SLA, appeal period or public holidays',
        body: settingsBody,
        response: { 200: settingsBody, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => service.updateWorkflowSettings(request.ctx, request.body),
  );

  app.post(
    '/admin/applications/close-settled',
    {
      config: { permission: 'workflow.settings' },
      schema: {
        tags: ['administration'],
        summary: 'Close paid applications and rejections past their appeal period',
        response: { 200: closeSettledResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.closeSettledApplications(request.ctx),
  );
};

export default applicationsRoutes;
