// R10: 发布日期 is a real YYYY-MM-DD date and not in the future.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A real calendar date written YYYY-MM-DD (checked by hand: this runs once per resource). */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

export const publishDate: RuleCheck = {
  id: 'R10',
  resource(r, ctx, emit) {
    if (r.publishDate === undefined || isBlank(r.publishDate)) return; // R01
    const value = r.publishDate.trim();
    if (!isIsoDate(value)) emit({ path: 'publishDate', variant: 'format', params: { value } });
    else if (value > ctx.today) emit({ path: 'publishDate', variant: 'future', params: { value, today: ctx.today } });
  },
};
