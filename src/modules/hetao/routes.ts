import { problemResponses } from '../../http/openapi';
import type { RouteModule } from '../../http/types';
import * as desk from './desk-service';
import { registerLedgerRoutes } from './ledger-routes';
import { registerListRoutes } from './lists-routes';
import { registerQuestionRoutes } from './questions-routes';
import { registerRulingRoutes } from './rulings-routes';
import { deskSettingsSchema, updateSettingsBody } from './schema';
import { registerSuggestionRoutes } from './suggestions-routes';
import { registerTariffRoutes } from './tariff-routes';
import { registerWhiteListRoutes } from './whitelist-routes';

const tags = ['hetao'];

/**
 * The Hetao desk's routes (`/api/v1/hetao/…`), one file per part of the desk; the desk's
 * settings are registered here, after the list's routes (registration order is the order of
 * openapi.json).
 */
const hetaoRoutes: RouteModule = async (app, deps) => {
  await registerListRoutes(app, deps);
  app.get(
    '/hetao/settings',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Desk settings: answer time target (working days) and the holiday calendar',
        response: { 200: deskSettingsSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => desk.describeSettings(request.ctx),
  );

  app.put(
    '/hetao/settings',
    {
      config: { permission: 'hetao.list-manage' },
      schema: {
        tags,
        summary: 'Change the answer time target or the holiday calendar (applies to new questions)',
        body: updateSettingsBody,
        response: { 200: deskSettingsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => desk.updateSettings(request.ctx, request.body),
  );

  await registerQuestionRoutes(app, deps);
  await registerSuggestionRoutes(app, deps);
  await registerRulingRoutes(app, deps);
  await registerLedgerRoutes(app, deps);
  await registerWhiteListRoutes(app, deps);
  await registerTariffRoutes(app, deps);
};

export default hetaoRoutes;
