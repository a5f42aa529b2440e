// R04: 有条件共享 states its conditions; 不予共享 states its reason.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const shareCondition: RuleCheck = {
  id: 'R04',
  resource(r, ctx, emit) {
    if ((r.shareType === 'conditional' || r.shareType === 'none') && isBlank(r.shareCondition)) {
      emit({ path: 'shareCondition', variant: r.shareType, params: { shareType: ctx.label('shareType', r.shareType) } });
    }
  },
};
