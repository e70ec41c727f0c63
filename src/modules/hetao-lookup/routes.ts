import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { lookupQuery, lookupResponse } from './schema';
import * as service from './service';

const hetaoLookupRoutes: RouteModule = (app) => {
  app.get(
    '/hetao/lookup',
    {
      config: { permission: 'hetao.lookup' },
      schema: {
        tags: ['hetao'],
        summary:
          'Look goods up against the tax-free research-goods list: candidate headings with reasons, list item, flags and an honest verdict (no sign-in)',
        querystring: lookupQuery,
        response: { 200: lookupResponse, ...problemResponses(400, 429) },
      },
    },
    async (request) => service.lookUpGoods(request.ctx, request.query),
  );
};

export default hetaoLookupRoutes;
