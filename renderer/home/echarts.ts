// ECharts with only what 首页 draws (pie and bar charts, tooltip, legend, grid, canvas), so its chunk (loaded by
// EChart.tsx on demand) carries nothing else. ECharts needs no eval and loads nothing remote (map data, the one eval
// path, is not used).
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { init, use as register, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

register([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export type ChartInstance = ReturnType<typeof init>;

export { init };
