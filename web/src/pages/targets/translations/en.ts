import type { zhHans } from './zh-Hans';

export const en: typeof zhHans = {
  nav: { targets: '2027 targets', manage: 'Targets and definitions' },
  titles: {
    targets: "Shenzhen's OPC targets for 2027",
    manage: 'Target snapshots and the definition of high growth',
  },
  description:
    "The action plan's four targets for 2027, computed live from the platform's records: the community register, residents' records and monthly snapshots. Demo data is not counted.",
  date: 'As of {{date}}',
  target: 'Target: more than {{value}}',
  actual: 'Now',
  projection: 'At the current pace, by the end of 2027: {{value}}',
  reasons: {
    definition_unpublished: 'Definition unpublished',
    too_few_snapshots: 'Fewer than two snapshots: no projection yet',
  },
  unpublishedHelp:
    'The action plan does not define "high growth". No figure is shown until an administrator publishes a dated definition with its source.',
  definition: 'Definition of high growth in force (from {{date}}): {{text}}',
  definitionSource: 'Source: {{text}}',
  units: { communities: 'communities', companies: 'companies', people: 'people', m2: 'm²' },
  unitsOne: { communities: 'community', companies: 'company', people: 'person', m2: 'm²' },
  ids: {
    'A.T1': 'Communities of ≥ 10,000 m²',
    'A.T2': 'High-growth AI start-ups',
    'A.T3': 'AI founders and innovators',
    'A.T4': 'Total OPC community area',
  },
  quoted: '{{id}}: “{{text}}”',
  clause: 'Clause {{id}}',
  coverage: {
    withoutArea:
      'Open communities with no recorded area, counted for neither A.T1 nor A.T4: {{count}}.',
    belowArea:
      'Open communities under 10,000 m² (A.S1 exceptions), counted in A.T4 only: {{count}}.',
    demo: 'Demo communities, not counted: {{count}}.',
    withoutRecord: 'Resident companies that have not declared their team, not in A.T3: {{count}}.',
    residents: 'Resident companies: {{count}}.',
  },
  chart: {
    progress: 'Now against the target (% of the target)',
    history: '{{name}}: monthly snapshots and the projection to the end of 2027',
    percent: '% of target',
    snapshots: 'Monthly snapshots',
    projectionLine: 'Projection',
    targetLine: 'Target',
  },
  table: {
    title: 'By district',
    district: 'District',
    unrecorded: 'District not recorded',
    empty: 'No communities on record',
  },
  history: { title: 'Monthly snapshots', month: 'Month', empty: 'No snapshots yet' },
  manage: {
    description:
      'The action plan does not define "high growth" (A.T2). Publish a definition here with the date it takes effect and its source; until one is in force, A.T2 shows "definition unpublished". You can also take a snapshot of the targets now.',
    snapshotTitle: 'Snapshots of the targets',
    snapshotHelp:
      "The server takes one each month by itself; take today's now (it replaces one taken earlier today).",
    snapshot: 'Take a snapshot now',
    snapshotTaken: 'Snapshot of {{date}} taken',
    definitions: 'Published definitions',
    publishTitle: 'Publish a definition',
    effectiveFrom: 'Takes effect on',
    definitionIn: {
      'zh-Hans': 'Definition (Simplified Chinese)',
      'zh-Hant': 'Definition (Traditional Chinese)',
      en: 'Definition (English)',
    },
    sourceText: 'Source text',
    sourceHelp: 'Quote the document or decision the definition comes from.',
    publish: 'Publish',
    published: 'Definition published',
    required: 'Required',
  },
  downloadCsv: 'Download CSV',
  downloadXlsx: 'Download Excel',
  pick: 'Choose a target',
};
