import type { zhHans } from './zh-Hans';

export const en: typeof zhHans = {
  titles: { found: 'Found for you' },
  nav: { found: 'Found for you' },
  home: {
    foundTitle: 'Found for you',
    foundText:
      'Benefits matched to your companies from their registration data; apply in one click, or turn pushes off.',
  },
  intro:
    'The platform matches your companies against every benefit, from registration data and what you told us. Amounts are maximums; review decides.',
  pushes: {
    label: 'Benefit pushes (inbox and e-mail)',
    on: 'On',
    off: 'Off',
    saved: 'Push setting saved',
  },
  reason: { eligible: 'Eligible', oneFactAway: 'One fact away' },
  missing: 'Still to answer: {{question}}',
  upTo: 'Up to {{amount}}',
  amountUnset: 'Amount to be set',
  apply: 'Apply',
  evaluatedOn: 'Matched on {{date}}',
  empty:
    'Nothing found for your companies yet. Once your company is registered and its facts filled in, the platform matches it automatically.',
};
