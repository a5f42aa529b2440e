// R06: 有条件开放 states its conditions (用途、安全保障 …).
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const openCondition: RuleCheck = {
  id: 'R06',
  resource(r, ctx, emit) {
    if (r.openType === 'conditional' && isBlank(r.openCondition)) {
      emit({ path: 'openCondition', variant: 'missing', params: { openType: ctx.label('openType', r.openType) } });
    }
  },
};
