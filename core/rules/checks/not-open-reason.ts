// R23: data kept closed says why: 国家秘密、商业秘密、个人隐私, or a named provision forbidding it — Anhui Art. 36:
// 法律、法规、规章; Jilin Art. 28: 法律、法规. The reason's label is the profile's, so the text follows its regulation.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const notOpenReason: RuleCheck = {
  id: 'R23',
  resource(r, ctx, emit) {
    if (r.openType !== 'none') return;
    const reasons = r.notOpenReasons ?? [];
    if (reasons.length === 0) emit({ path: 'notOpenReasons', variant: 'missing', params: { openType: ctx.label('openType', 'none'), lawForbids: ctx.label('notOpenReason', 'lawForbids') } });
    else if (reasons.includes('lawForbids') && isBlank(r.notOpenNote)) emit({ path: 'notOpenNote', variant: 'lawUnnamed', params: { reason: ctx.label('notOpenReason', 'lawForbids') } });
  },
};
