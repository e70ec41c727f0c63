import { getTargets } from '../../modules/spaces/targets-service';
import type { Language } from '../../shared/language';
import { systemContext } from '../../shared/service-context';
import {
  loadConfigOrReport,
  parseOptions,
  readLanguageAndDate,
  withDatabase,
  type Command,
} from '../command';
import { displayWidth, padDisplay } from './table';

type Targets = Awaited<ReturnType<typeof getTargets>>;

/**
 * The JSON of `targets --json`: exactly `{date, targets: [{id, clause, target, unit, actual,
 * projection2027}]}`, each target adding only why a null figure is null.
 */
export function targetsJson(targets: Targets) {
  return {
    date: targets.date,
    targets: targets.targets.map((target) => ({
      id: target.id,
      clause: target.clause,
      target: target.target,
      unit: target.unit,
      actual: target.actual,
      projection2027: target.projection2027,
      actualReason: target.actualReason,
      projectionReason: target.projectionReason,
    })),
  };
}

const words = {
  'zh-Hans': {
    title: (date: string) => `深圳 OPC 2027 年目标（${date}）`,
    id: '条款',
    target: '目标（超过）',
    actual: '当前',
    projection: '2027年底预测',
    goal: '内容',
    unit: { communities: '个', companies: '家', people: '人', m2: 'm²' },
    definition_unpublished: '定义未公布',
    too_few_snapshots: '快照不足',
    withoutArea: (n: number) => `${n} 个开放社区未登记面积，未计入 A.T1、A.T4`,
    demo: (n: number) => `${n} 个演示社区未计入`,
  },
  'zh-Hant': {
    title: (date: string) => `深圳 OPC 2027 年目標（${date}）`,
    id: '條款',
    target: '目標（超過）',
    actual: '目前',
    projection: '2027年底預測',
    goal: '內容',
    unit: { communities: '個', companies: '家', people: '人', m2: 'm²' },
    definition_unpublished: '定義未公布',
    too_few_snapshots: '快照不足',
    withoutArea: (n: number) => `${n} 個開放社區未登記面積，未計入 A.T1、A.T4`,
    demo: (n: number) => `${n} 個演示社區未計入`,
  },
  en: {
    title: (date: string) => `Shenzhen's OPC targets for 2027, on ${date}`,
    id: 'clause',
    target: 'target (more than)',
    actual: 'now',
    projection: 'projected 2027-12-31',
    goal: 'what',
    unit: { communities: 'communities', companies: 'companies', people: 'people', m2: 'm²' },
    definition_unpublished: 'definition unpublished',
    too_few_snapshots: 'too few snapshots',
    withoutArea: (n: number) =>
      `${n} open communities have no recorded area and count for neither A.T1 nor A.T4`,
    demo: (n: number) => `${n} demo communities not counted`,
  },
} as const;

/** The readable table of `targets`: one line per target, then what was not counted. */
export function renderTargetsTable(targets: Targets, language: Language): string[] {
  const text = words[language];
  const figure = (
    value: number | null,
    reason: 'definition_unpublished' | 'too_few_snapshots' | null,
    unit: keyof typeof text.unit,
  ) =>
    value === null
      ? text[reason ?? 'too_few_snapshots']
      : `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${text.unit[unit]}`;
  const rows = targets.targets.map((target) => [
    target.id,
    figure(target.target, null, target.unit),
    figure(target.actual, target.actualReason, target.unit),
    figure(target.projection2027, target.projectionReason, target.unit),
    target.quote[language],
  ]);
  const header = [text.id, text.target, text.actual, text.projection, text.goal];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => displayWidth(row[column]!))),
  );
  const line = (row: string[]) =>
    row
      .map((value, column) =>
        column === row.length - 1 ? value : padDisplay(value, widths[column]!),
      )
      .join('  ');
  const lines = [text.title(targets.date), line(header), ...rows.map(line)];
  if (targets.coverage.openCommunitiesWithoutArea > 0)
    lines.push(text.withoutArea(targets.coverage.openCommunitiesWithoutArea));
  if (targets.coverage.demoCommunitiesExcluded > 0)
    lines.push(text.demo(targets.coverage.demoCommunitiesExcluded));
  return lines;
}

export const targetsCommand: Command = {
  summary: "Print the city's 2027 OPC targets (A.T1–A.T4) computed from the records",
  usage: 'targets [--date YYYY-MM-DD] [--json] [--lang zh-Hans|zh-Hant|en]',
  async run(args) {
    const { values } = parseOptions(args, {
      date: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const options = readLanguageAndDate(values);
    if (!options) return 2;
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => {
      const ctx = { ...systemContext(database.db, 'cli:targets'), language: options.language };
      const targets = await getTargets(ctx, options.date);
      if (values.json) console.log(JSON.stringify(targetsJson(targets), null, 2));
      else for (const line of renderTargetsTable(targets, options.language)) console.log(line);
      return 0;
    });
  },
};
