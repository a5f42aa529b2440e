// A chart that fills its box: drawn once ECharts has loaded, updated with each new option, resized with its
// container (the side bar and the window change its width), disposed with the component. `label` describes it for
// screen readers. ECharts is its own chunk, loaded when 首页 first draws a chart, so the other screens never pay for it.
import { useEffect, useRef } from 'react';
import type { ChartOption, ChartInstance } from './echarts.ts';

export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance>(undefined);
  const latest = useRef(option);
  useEffect(() => {
    const element = box.current!;
    let observer: ResizeObserver | undefined;
    let live = true;
    void import('./echarts.ts').then(({ init }) => {
      if (!live) return;
      const instance = init(element, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.setOption(latest.current, { notMerge: true });
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(element);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);
  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
