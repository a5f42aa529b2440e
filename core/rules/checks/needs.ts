// R45: each request of the 需求清单 says what data is wanted and for which 应用场景 (Jilin Art. 26 grants shared data
// by use scenario), and a request that cannot be met says why (Chongqing Art. 12: the county reviews and summarises
// its units' needs, and an unexplained 无法满足 gives it nothing to act on).
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const needs: RuleCheck = {
  id: 'R45',
  catalog(c, ctx, emit) {
    for (const [i, n] of (c.needs ?? []).entries()) {
      const at = `needs[${i}]`;
      const what = n.resourceName?.trim() || n.items?.join('、') || `第 ${i + 1} 项`;
      if (isBlank(n.resourceName) && !n.items?.some((x) => !isBlank(x))) emit({ path: `${at}.resourceName`, variant: 'noResource', params: { row: i + 1 } });
      if (isBlank(n.scenario)) emit({ path: `${at}.scenario`, variant: 'noScenario', params: { what } });
      if (n.status === 'unmet' && isBlank(n.statusReason)) emit({ path: `${at}.statusReason`, variant: 'unmetNoReason', params: { what, status: ctx.label('needStatus', n.status) } });
    }
  },
};
