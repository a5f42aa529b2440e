// R31: sharing goes through the sharing platform by system interface; copying and media exchange are
// exceptions that need a reason (Sixian Art. 24-25, Jilin Art. 23, Anhui Art. 23).
import type { RuleCheck } from '../types.ts';

export const platformSharing: RuleCheck = {
  id: 'R31',
  resource(r, ctx, emit) {
    if (r.shareMethodCategory === 'other') {
      emit({ path: 'shareMethodCategory', variant: 'offline', params: { type: r.shareMethodType ? ctx.label('shareMethodType', r.shareMethodType) : ctx.label('shareMethodCategory', 'other') } });
    }
  },
};
