import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerChartParts, type ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatFen } from '../applications/money';

// NOTE: only the parts drawn here are registered (bars, axes, tooltip, legend, canvas), so the
// chunk stays small; this module is itself loaded lazily by the overview page.
registerChartParts([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface ChartSeries {
  name: string;
  /** Fen per month, in the order of `months`. */
  values: number[];
}

/** Grouped bars, one group per month, amounts in yuan (the data arrive in fen). */
export default function OverviewChart({
  months,
  series,
  label,
}: {
  months: string[];
  series: ChartSeries[];
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = init(element.current, undefined, { renderer: 'canvas' });
    const option: Option = {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => formatFen(Math.round(Number(value) * 100)),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: (value: number) => `¥${value.toLocaleString('en-US')}`,
        },
      },
      series: series.map((item) => ({
        type: 'bar',
        name: item.name,
        data: item.values.map((fen) => fen / 100),
      })),
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, series]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: 320 }}
      data-testid="overview-chart"
    />
  );
}
