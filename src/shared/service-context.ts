import type { Db } from '../db/client';
import type { Language, Role } from '../db/schema/accounts';

/** Who is acting: a signed-in account, a machine client, or the system itself (CLI, jobs). */
export interface Actor {
  accountId: string | null;
  /** For the audit trail: e-mail, `token:<prefix>` or `system:<what>`. */
  label: string;
  roles: readonly Role[];
}

/**
 * What every service function receives: the database, who acts, the request id for the audit
 * trail, the request's language and a clock (so tests and replays can fix "now").
 */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  requestId: string | null;
  language: Language;
  now: () => Date;
}

export const systemActor = (what: string): Actor => ({
  accountId: null,
  label: `system:${what}`,
  roles: ['admin'],
});

/** A context for work that is not a web request: the CLI, start-up seeding, background jobs. */
export function systemContext(db: Db, what: string): ServiceContext {
  return {
    db,
    actor: systemActor(what),
    requestId: null,
    language: 'zh-Hans',
    now: () => new Date(),
  };
}
