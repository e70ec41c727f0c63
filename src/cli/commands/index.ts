import type { Command } from '../command';
import { auditAnchorCommand } from './audit-anchor';
import { auditVerifyCommand } from './audit-verify';
import { buildCommand } from './build';
import { createAdminCommand } from './create-admin';
import { devCommand } from './dev';
import { evaluateCommand } from './evaluate';
import { hetaoLookupCommand } from './hetao-lookup';
import { hetaoTaxCommand } from './hetao-tax';
import { migrateCommand } from './migrate';
import { openapiCommand } from './openapi';
import { policiesCommand } from './policies';
import { seedDemoCommand } from './seed-demo';
import { serveCommand } from './serve';
import { targetsCommand } from './targets';

/** Every subcommand of ./bin/opc-hub. Two-word commands are keyed with a space. */
export const commands: Record<string, Command> = {
  serve: serveCommand,
  dev: devCommand,
  build: buildCommand,
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  'create-admin': createAdminCommand,
  'audit verify': auditVerifyCommand,
  'audit anchor': auditAnchorCommand,
  'hetao lookup': hetaoLookupCommand,
  'hetao tax': hetaoTaxCommand,
  openapi: openapiCommand,
  evaluate: evaluateCommand,
  policies: policiesCommand,
  targets: targetsCommand,
};
