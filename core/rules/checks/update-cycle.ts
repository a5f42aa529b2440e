// R09: 不定期 and 其他 update cycles say when the data is actually updated.
import type { UpdateCycle } from '../../model/enums.ts';
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

/** The cycles that need a 更新周期说明. */
export const CYCLES_NEEDING_NOTE: readonly UpdateCycle[] = ['irregular', 'other'];

export const updateCycleNote: RuleCheck = {
  id: 'R09',
  resource(r, ctx, emit) {
    if (r.updateCycle && CYCLES_NEEDING_NOTE.includes(r.updateCycle) && isBlank(r.updateCycleNote)) {
      emit({ path: 'updateCycleNote', variant: 'describe', params: { cycle: ctx.label('updateCycle', r.updateCycle) } });
    }
  },
};
