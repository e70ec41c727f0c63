/**
 * The platform's roles and its permission table (who may call what), generated from openapi.json
 * (`Role`, `x-permissions`) by scripts/generate-web-api-types.ts. Do not edit: change
 * src/shared/permissions.ts and run `npm run openapi`.
 */

export const roles = [
  'founder',
  'community_operator',
  'reviewer',
  'finance_officer',
  'customs_officer',
  'provider',
  'admin',
] as const;

export const permissionAudiences = {
  'accounts.manage': ['admin'],
  'applications.delete-draft': ['founder'],
  'applications.evidence': ['founder', 'reviewer', 'finance_officer', 'admin'],
  'applications.evidence-of-any': ['reviewer', 'finance_officer', 'admin'],
  'applications.own': ['founder'],
  'applications.review': ['reviewer'],
  'audit.read': ['admin'],
  'auth.login': 'anyone',
  'auth.logout': 'authenticated',
  'auth.register': 'anyone',
  'budgets.manage': ['finance_officer', 'admin'],
  'budgets.read': ['reviewer', 'finance_officer', 'admin'],
  'hetao.answer': ['customs_officer'],
  'hetao.ask': 'authenticated',
  'hetao.list-manage': ['customs_officer', 'admin'],
  'hetao.lookup': 'anyone',
  'hetao.public-read': 'anyone',
  'me.read': 'authenticated',
  'me.update': 'authenticated',
  'notifications.inbox': 'authenticated',
  'notifications.outbox': ['admin'],
  'organisations.read-all': [
    'reviewer',
    'finance_officer',
    'customs_officer',
    'community_operator',
    'admin',
  ],
  'organisations.use': 'authenticated',
  'payments.manage': ['finance_officer'],
  'rules.evaluate': 'anyone',
  'rules.parameters.manage': ['admin'],
  'rules.profile': 'authenticated',
  'rules.read': 'anyone',
  'spaces.company': ['founder'],
  'spaces.high-growth': ['community_operator', 'admin'],
  'spaces.operate': ['community_operator', 'admin'],
  'spaces.public-read': 'anyone',
  'spaces.register': ['admin'],
  'spaces.residents': ['founder', 'community_operator', 'admin'],
  'system.docs': 'anyone',
  'system.probe': 'anyone',
  'targets.manage': ['admin'],
  'targets.public-read': 'anyone',
  'tokens.manage': ['provider', 'admin'],
  'tokens.own': 'authenticated',
  'vouchers.company': ['founder'],
  'vouchers.finance': ['finance_officer', 'admin'],
  'vouchers.provider': ['provider'],
  'vouchers.providers-read': 'authenticated',
  'vouchers.register': ['admin'],
  'web.app': 'anyone',
  'workflow.settings': ['admin'],
} as const;

export type Permission = keyof typeof permissionAudiences;
