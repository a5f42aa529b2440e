// 首页's rings name each part with its count in the legend, digits grouped, so the numbers need no hovering.
import { describe, expect, it } from 'vitest';
import { legendText, ringOption } from '../../../../renderer/home/chart-options.ts';

describe('ring chart legend', () => {
  const entries = [
    { label: '无条件共享', value: 12_345 },
    { label: '有条件共享', value: 7 },
  ];

  it('writes each part’s count after its name, grouped by thousands', () => {
    const text = legendText(entries);
    expect(text('无条件共享')).toBe('无条件共享  12,345');
    expect(text('有条件共享')).toBe('有条件共享  7');
  });

  it('is the legend the ring uses', () => {
    const legend = ringOption(entries).legend as { formatter: (name: string) => string };
    expect(legend.formatter('无条件共享')).toBe('无条件共享  12,345');
  });
});
