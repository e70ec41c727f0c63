import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema';

/**
 * Modules own their tables (issue #12 item 1). ESLint keeps every repo.ts private to its module;
 * this test keeps every write to a table inside the module that owns it: only the owner's source
 * inserts, updates or deletes its rows, and every other module asks the owner's service. Reading
 * another module's table in a join is allowed where one query replaces a query per row (the
 * officers' lists join applications to people and accounts). Writes in raw SQL are not seen here:
 * the modules write through Drizzle's query builder.
 */
const owners: Record<string, string> = {
  accounts: 'accounts',
  account_roles: 'accounts',
  sessions: 'accounts',
  api_tokens: 'accounts',
  attempt_counters: 'accounts',
  people: 'accounts',
  organisations: 'organisations',
  memberships: 'organisations',
  membership_invitations: 'organisations',
  allowance_schedules: 'allowances',
  allowance_instalments: 'allowances',
  applications: 'applications',
  application_events: 'applications',
  application_documents: 'applications',
  review_scores: 'applications',
  reviewer_recusals: 'applications',
  benefit_claims: 'applications',
  workflow_settings: 'applications',
  audit_log: 'audit',
  audit_chain_head: 'audit',
  budget_lines: 'budgets',
  budget_movements: 'budgets',
  notifications: 'notifications',
  notification_outbox: 'notifications',
  payment_batches: 'payments',
  payment_lines: 'payments',
  rule_parameter_values: 'rules',
  person_fact_profiles: 'rules',
  organisation_fact_profiles: 'rules',
  voucher_accounts: 'vouchers',
  voucher_transfers: 'vouchers',
  voucher_providers: 'vouchers',
  voucher_entitlements: 'vouchers',
  voucher_grants: 'vouchers',
  voucher_contracts: 'vouchers',
  voucher_hold_legs: 'vouchers',
  voucher_statements: 'vouchers',
  voucher_statement_entries: 'vouchers',
  idempotency_keys: 'vouchers',
  voucher_command_log: 'vouchers',
  voucher_command_seals: 'vouchers',
  space_communities: 'spaces',
  space_units: 'spaces',
  space_unit_rents: 'spaces',
  space_ladders: 'spaces',
  space_applications: 'spaces',
  space_leases: 'spaces',
  space_lease_terms: 'spaces',
  space_move_up_requests: 'spaces',
  space_resident_records: 'spaces',
  space_high_growth_definitions: 'spaces',
  space_high_growth_marks: 'spaces',
  space_target_snapshots: 'spaces',
  scenarios: 'scenarios',
  scenario_subscriptions: 'scenarios',
  scenario_proposals: 'scenarios',
  scenario_attachments: 'scenarios',
  scenario_demonstrations: 'scenarios',
  challenges: 'scenarios',
  challenge_consortia: 'scenarios',
  challenge_consortium_members: 'scenarios',
  challenge_panel_members: 'scenarios',
  challenge_conflicts: 'scenarios',
  challenge_scores: 'scenarios',
  challenge_milestones: 'scenarios',
  talent_submissions: 'talent',
  talent_achievements: 'talent',
  talent_reviews: 'talent',
  talent_recognitions: 'talent',
  talent_validity_periods: 'talent',
  fund_staff: 'funds',
  fund_introductions: 'funds',
  fund_introduction_events: 'funds',
  matching_imports: 'matching',
  matching_profiles: 'matching',
  matching_runs: 'matching',
  matching_run_batches: 'matching',
  matching_results: 'matching',
  matching_push_candidates: 'matching',
  matching_push_preferences: 'matching',
};

/** Table variable name in src/db/schema → SQL table name. */
const tables = new Map(
  Object.entries(schema)
    .filter(([, value]) => is(value, PgTable))
    .map(([name, table]) => [name, getTableName(table as PgTable)]),
);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const modulesRoot = join(import.meta.dirname, '../src/modules');
const writes = /\.(insert|update|delete)\(\s*([A-Za-z]+)\s*\)/g;

describe('modules own their tables', () => {
  it('names an owner for every table', () => {
    for (const [name, table] of tables) {
      const owner = owners[table] ?? (table.startsWith('hetao_') ? 'hetao' : undefined);
      expect(owner, `${name} (${table}) has no owning module`).toBeDefined();
    }
  });

  it('writes every table only from the module that owns it', () => {
    const foreignWrites: string[] = [];
    for (const file of sourceFiles(modulesRoot)) {
      const module = relative(modulesRoot, file).split('/')[0]!;
      for (const match of readFileSync(file, 'utf8').matchAll(writes)) {
        const table = tables.get(match[2]!);
        if (!table) continue;
        const owner = owners[table] ?? (table.startsWith('hetao_') ? 'hetao' : undefined);
        if (owner !== module)
          foreignWrites.push(
            `${relative(modulesRoot, file)}: ${match[1]} ${table} (owner ${owner})`,
          );
      }
    }
    expect(foreignWrites).toEqual([]);
  });

  it('would catch a write to another module’s table', () => {
    const sample = 'await db.delete(benefitClaims).where(eq(benefitClaims.id, id));';
    const [match] = sample.matchAll(writes);
    expect(tables.get(match![2]!)).toBe('benefit_claims');
  });
});
