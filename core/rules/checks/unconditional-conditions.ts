// R43: 无条件共享 data is shared without conditions; a condition written against it is exactly the kind of
// extra condition the 政务数据共享条例 forbids ("禁止擅自增设条件阻碍、影响政务数据共享"). Clerks often put a
// placeholder such as 无 in the column; those are not conditions.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const PLACEHOLDERS = new Set(['无', '无条件', '无条件共享', '不限', '/', '-', '—', '／', '空', 'none', 'n/a']);

export const unconditionalWithoutConditions: RuleCheck = {
  id: 'R43',
  resource(r, ctx, emit) {
    if (r.shareType !== 'unconditional' || r.shareCondition === undefined || isBlank(r.shareCondition)) return;
    const text = r.shareCondition.trim();
    if (PLACEHOLDERS.has(text.toLowerCase())) return;
    emit({ path: 'shareCondition', variant: 'extraCondition', params: { condition: text, shareType: ctx.label('shareType', 'unconditional') } });
  },
};
