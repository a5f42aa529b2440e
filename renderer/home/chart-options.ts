// The ECharts options of 首页's charts, from plain label/value lists: a ring for shares of a whole (share and open
// types) and horizontal bars for a ranking (required fields missing most often). Fonts match the app's CJK stack.
import type { ChartOption } from './echarts.ts';

export interface ChartEntry {
  label: string;
  value: number;
  color?: string;
}

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Digits grouped by thousands, as the rest of the app writes counts (20,000). */
const grouped = new Intl.NumberFormat('zh-CN');

/** The ring's legend: each part's name with its count, so the numbers are read without hovering. */
export function legendText(entries: readonly ChartEntry[]): (name: string) => string {
  const values = new Map(entries.map((e) => [e.label, e.value]));
  return (name) => `${name}  ${grouped.format(values.get(name) ?? 0)}`;
}

export function ringOption(entries: readonly ChartEntry[]): ChartOption {
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { orient: 'vertical', right: 0, top: 'middle', itemWidth: 12, itemHeight: 12, textStyle: { fontFamily: FONT }, formatter: legendText(entries) },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['32%', '50%'],
        avoidLabelOverlap: true,
        label: { show: false },
        data: entries.map((e) => ({ name: e.label, value: e.value, ...(e.color && { itemStyle: { color: e.color } }) })),
      },
    ],
  };
}

export function rankingOption(entries: readonly ChartEntry[], color: string): ChartOption {
  const top = [...entries].reverse();
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((e) => e.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', data: top.map((e) => e.value), itemStyle: { color }, label: { show: true, position: 'right' }, barMaxWidth: 18 }],
  };
}
