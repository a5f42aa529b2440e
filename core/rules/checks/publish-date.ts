// R10: 发布日期 is a real YYYY-MM-DD date and not in the future.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
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
