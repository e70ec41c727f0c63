import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerChartParts, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// NOTE: only the parts drawn here are registered, and this module loads lazily with the page.
registerChartParts([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

type Option = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

export type TargetsChartProps = {
  /** The language of ECharts' own texts and date labels. */
  locale: 'ZH' | 'EN';
} & (
  | {
      kind: 'progress';
      label: string;
      /** One bar per target: its name and the figure as a percentage of the target (null: none). */
      bars: { name: string; percent: number | null }[];
      percentName: string;
    }
  | {
      kind: 'history';
      label: string;
      /** Snapshots: day and figure. */
      points: { day: string; value: number }[];
      /** From the last snapshot to 2027-12-31, when there is a projection. */
      projection: {
        from: { day: string; value: number };
        to: { day: string; value: number };
      } | null;
      target: number;
      names: { snapshots: string; projection: string; target: string };
    }
);

/** Bars of each target's progress, or one target's snapshots with its projection and the target. */
export default function TargetsChart(props: TargetsChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, undefined, { renderer: 'canvas', locale: props.locale });
    let option: Option;
    if (props.kind === 'progress')
      option = {
        tooltip: { trigger: 'axis', valueFormatter: (value) => `${format(Number(value))}%` },
        grid: { left: 8, right: 24, bottom: 8, top: 16, containLabel: true },
        xAxis: {
          type: 'value',
          splitNumber: 3,
          axisLabel: { formatter: (value: number) => `${value}%`, hideOverlap: true },
        },
        yAxis: { type: 'category', data: props.bars.map((bar) => bar.name), inverse: true },
        series: [
          {
            type: 'bar',
            name: props.percentName,
            data: props.bars.map((bar) => bar.percent ?? 0),
            label: {
              show: true,
              position: 'right',
              formatter: (params) => {
                const bar = props.bars[params.dataIndex];
                return bar?.percent === null ? '—' : `${format(Number(params.value))}%`;
              },
            },
            markLine: { symbol: 'none', data: [{ xAxis: 100 }], label: { formatter: '100%' } },
          },
        ],
      };
    else
      option = {
        tooltip: { trigger: 'axis', valueFormatter: (value) => format(Number(value)) },
        legend: { top: 0 },
        grid: { left: 8, right: 24, bottom: 8, top: 40, containLabel: true },
        xAxis: { type: 'time', splitNumber: 4, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', axisLabel: { formatter: (value: number) => format(value) } },
        series: [
          {
            type: 'line',
            name: props.names.snapshots,
            data: props.points.map((point) => [point.day, point.value]),
            markLine: {
              symbol: 'none',
              data: [{ yAxis: props.target, name: props.names.target }],
              label: { formatter: `${props.names.target} ${format(props.target)}` },
            },
          },
          {
            type: 'line',
            name: props.names.projection,
            lineStyle: { type: 'dashed' },
            data: props.projection
              ? [
                  [props.projection.from.day, props.projection.from.value],
                  [props.projection.to.day, props.projection.to.value],
                ]
              : [],
          },
        ],
      };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [props]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={props.label}
      style={{ width: '100%', height: props.kind === 'progress' ? 240 : 300 }}
      data-testid={`targets-chart-${props.kind}`}
    />
  );
}
