import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import { lookupQuery, lookupResponse } from './schema';
import * as service from './service';
import { lookupExample } from './openapi-examples';

const hetaoLookupRoutes: RouteModule = (app, { config, database }) => {
  // Building the index takes a second or two (jieba's dictionary, the nomenclature); build it as
  // the server starts rather than on the first visitor's request. Tests build it when used.
  if (config.environment !== 'test')
    app.addHook('onReady', async () => {
      service.currentLookupIndex(database.db).catch((error: unknown) => {
        app.log.warn(
          { err: error },
          'hetao lookup index not built at start; it will be on first use',
        );
      });
    });

  app.get(
    '/hetao/lookup',
    {
      config: { permission: 'hetao.lookup' },
      schema: {
        tags: ['hetao'],
        summary:
          'Look goods up against the tax-free research-goods list: candidate headings with reasons, list item, flags and an honest verdict (no sign-in)',
        description:
          'Free text (Chinese in either script, or English) or an HS code; answers with the likely headings, why each was proposed, the list item that covers it, and a verdict that says when the list in use is a working list rather than the official one. Public and rate-limited.',
        'x-examples': lookupExample,
        querystring: lookupQuery,
        response: { 200: lookupResponse, ...problemResponses(400, 429) },
      },
    },
    async (request) => service.lookUpGoods(request.ctx, request.query),
  );
};

export default hetaoLookupRoutes;
