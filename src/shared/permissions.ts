import type { Role } from '../db/schema/accounts';

/**
 * Who may call what: the one declarative permission table of OPC Hub. Every route names one
 * permission in its `config.permission`; the auth hook refuses a request whose caller is not in
 * that permission's audience before anything else runs, and the server refuses to start if a
 * route names none. Finer rules (a founder sees only their own application) live in the service.
 *
 *   'anyone'         no sign-in needed
 *   'authenticated'  any signed-in account, whatever its roles
 *   [roles]          an account holding at least one of these roles
 */
export type Audience = 'anyone' | 'authenticated' | readonly Role[];

const STAFF = [
  'reviewer',
  'finance_officer',
  'customs_officer',
  'community_operator',
  'whitelist_officer',
  'agency',
  'admin',
] as const;

export const permissionTable = {
  // Infrastructure and public pages
  'system.probe': 'anyone',
  'system.docs': 'anyone',
  'web.app': 'anyone',
  // Accounts and sessions
  'auth.register': 'anyone',
  'auth.login': 'anyone',
  'auth.logout': 'authenticated',
  'me.read': 'authenticated',
  'me.update': 'authenticated',
  'tokens.manage': ['provider', 'admin'],
  // Seeing and revoking one's own tokens stays open after the role that created them is gone.
  'tokens.own': 'authenticated',
  // Organisations and people
  'organisations.use': 'authenticated',
  'organisations.read-all': STAFF,
  // Hetao research-goods desk (B.C1, B.L3, B.N8): public list, changelog and precedents; importers
  // ask and suggest; customs answers and manages the list.
  'hetao.public-read': 'anyone',
  'hetao.ask': 'authenticated',
  'hetao.answer': ['customs_officer'],
  'hetao.list-manage': ['customs_officer', 'admin'],
  // Hetao importers' white list (issue #16 item 1, B.N3): a founder of an organisation applies
  // (checked in the service); the white-list officer keeps the list; customs read the list and
  // the applications (they need them at the border); the list itself is public (hetao.public-read).
  'hetao.whitelist-apply': 'authenticated',
  'hetao.whitelist-manage': ['whitelist_officer'],
  'hetao.whitelist-read': ['whitelist_officer', 'customs_officer'],
  // Hetao tariff table (issue #16 item 3): customs import and publish dated, sourced rates; the
  // rates in force are public (hetao.public-read).
  'hetao.tariff-manage': ['customs_officer'],
  // Hetao declarations and the electronic ledger (issue #16; B.N3–B.N12, B.R1): a member of a
  // white-listed organisation declares and keeps its ledger (the service checks membership and
  // the white list; customs officers read any); customs' console across importers and exports.
  'hetao.ledger': 'authenticated',
  'hetao.ledger-customs': ['customs_officer'],
  // Hetao goods lookup (B.L1, B.C1): public, no sign-in.
  'hetao.lookup': 'anyone',
  // Applications, review, budgets, payments (issue #4). Object-level rules in the services:
  // founders see only their own applications; recused officers see no evidence.
  'applications.own': ['founder'],
  // Deleting a draft: its applicant only (checked in the service); a submitted one is withdrawn.
  'applications.delete-draft': ['founder'],
  'applications.evidence': ['founder', 'reviewer', 'finance_officer', 'admin'],
  // Not a route's: the officers who may open any application's evidence, not only their own (a
  // reviewer with a conflict of interest is still refused, in the service).
  'applications.evidence-of-any': ['reviewer', 'finance_officer', 'admin'],
  'applications.review': ['reviewer'],
  'budgets.read': ['reviewer', 'finance_officer', 'admin'],
  'budgets.manage': ['finance_officer', 'admin'],
  'payments.manage': ['finance_officer'],
  'notifications.inbox': 'authenticated',
  'workflow.settings': ['admin'],
  'notifications.outbox': ['admin'],
  // Rules as code (issue #3): evaluations, the catalogue, parameters and the facts schema are
  // public; administrators enter dated parameter values; a signed-in person keeps their facts.
  'rules.evaluate': 'anyone',
  'rules.read': 'anyone',
  'rules.parameters.manage': ['admin'],
  'rules.profile': 'authenticated',
  // Vouchers (issue #13; A.P9, A.V1): providers' staff redeem through the web or API tokens (the
  // service checks they work for the provider); companies' members see balances and confirm
  // contracts; administrators keep the provider register; finance funds pools and settles.
  'vouchers.provider': ['provider'],
  'vouchers.company': ['founder'],
  'vouchers.providers-read': 'authenticated',
  'vouchers.register': ['admin'],
  'vouchers.finance': ['finance_officer', 'admin'],
  // OPC communities (issue #14; A.S0–A.S3): the register and units are public; administrators
  // keep the register; operators run their own community (the service checks they work for its
  // operator organisation; administrators may act for any); companies' members apply.
  'spaces.public-read': 'anyone',
  'spaces.register': ['admin'],
  'spaces.operate': ['community_operator', 'admin'],
  'spaces.company': ['founder'],
  // Residents' records and the 2027 targets (issue #14 items 4–5; A.T1–A.T4): the targets are
  // public; a resident company's members or its community's operator declare its team (the
  // service checks which); operators and administrators mark high growth; administrators publish
  // the definition of high growth and take snapshots on demand.
  'targets.public-read': 'anyone',
  'spaces.residents': ['founder', 'community_operator', 'admin'],
  'spaces.high-growth': ['community_operator', 'admin'],
  // Move-up (issue #14, A.S2): a resident company's members ask, or its community's operator
  // offers (the service checks which).
  'spaces.move-up-request': ['founder', 'community_operator', 'admin'],
  'targets.manage': ['admin'],
  // Open talent recognition (issue #17 item 3; A.P1): the rubric and certificate checks are
  // public; any signed-in person submits their own achievements; the panel (reviewers) reviews
  // and decides (the service refuses self- and colleague reviews); officers see the distribution;
  // administrators set the dated validity period.
  'talent.public-read': 'anyone',
  'talent.submit': 'authenticated',
  'talent.review': ['reviewer'],
  'talent.distribution': ['reviewer', 'agency', 'admin'],
  'talent.manage': ['admin'],
  // Fund introductions (issue #17 item 4; A.P11): the two funds are public; a company's members
  // ask (the service checks membership, high growth and the OPC community); fund staff see their
  // own fund's pipeline only; administrators assign staff to funds and see aggregates only.
  'funds.public-read': 'anyone',
  'funds.request': ['founder'],
  'funds.pipeline': ['fund'],
  // One introduction: its fund's staff or the company's members (the service checks which).
  'funds.read': ['founder', 'fund'],
  'funds.manage': ['admin'],
  // Government scenarios and challenges (issue #17 items 1–2; A.P6, A.P7, A.P10): published
  // scenarios and challenges are public; a department's officer (agency) publishes and decides;
  // founders subscribe and propose for their company (the service checks membership); any member of
  // an organisation may lead or join a consortium (checked in the service); the panel's reviewers
  // score (the service checks assignment and conflicts of interest).
  'scenarios.public-read': 'anyone',
  'scenarios.agency': ['agency', 'admin'],
  'scenarios.company': ['founder'],
  // Attachments: the proposing company's members and the agency (checked in the service).
  'scenarios.attachments': ['founder', 'agency', 'admin'],
  'challenges.agency': ['agency', 'admin'],
  'challenges.participate': 'authenticated',
  'challenges.panel': ['reviewer'],
  'challenges.panel-or-agency': ['reviewer', 'agency', 'admin'],
  // The lead's founder opens the `consortium.challenge` application a win unlocks.
  'challenges.funding': ['founder'],
  // Policy finds the company (issue #15): administrators import registration data, run matches
  // and read each profile's results with where its facts came from.
  'matching.manage': ['admin'],
  // A signed-in person's "found for you" (their companies only) and their benefit-push opt-out.
  'matching.own': 'authenticated',
  // Administration
  'accounts.manage': ['admin'],
  'audit.read': ['admin'],
} as const satisfies Record<string, Audience>;

export type Permission = keyof typeof permissionTable;

/**
 * Permissions a bearer API token never carries, whatever its roles: managing tokens takes a
 * signed-in browser session, so a token cannot mint one that outlives it, nor list or revoke
 * its owner's other tokens.
 */
export const sessionOnlyPermissions: ReadonlySet<Permission> = new Set<Permission>([
  'tokens.manage',
  'tokens.own',
]);

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(permissionTable, value);
}

/** Does a caller with these roles (or no sign-in at all) pass this permission? */
export function isAllowed(permission: Permission, roles: readonly Role[] | null): boolean {
  const audience: Audience = permissionTable[permission];
  if (audience === 'anyone') return true;
  if (roles === null) return false;
  if (audience === 'authenticated') return true;
  return roles.some((role) => audience.includes(role));
}
