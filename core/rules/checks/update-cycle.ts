// R09: 不定期 and 其他 update cycles say when the data is actually updated.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const updateCycleNote: RuleCheck = {
  id: 'R09',
  resource(r, ctx, emit) {
    if ((r.updateCycle === 'irregular' || r.updateCycle === 'other') && isBlank(r.updateCycleNote)) {
      emit({ path: 'updateCycleNote', variant: 'describe', params: { cycle: ctx.label('updateCycle', r.updateCycle) } });
    }
  },
};
