// R27: government data is digital and machine-readable (Sixian Art. 3, 18; Shanxi Art. 11; Yangzhou 第九条).
import type { RuleCheck } from '../types.ts';

export const machineReadable: RuleCheck = {
  id: 'R27',
  resource(r, ctx, emit) {
    if (r.formatCategory === 'paper') emit({ path: 'formatCategory', variant: 'paper', params: { formatCategory: ctx.label('formatCategory', r.formatCategory) } });
    else if (r.shareMethodType === 'mediaPaper') emit({ path: 'shareMethodType', variant: 'paper', params: { formatCategory: ctx.label('shareMethodType', r.shareMethodType) } });
  },
};
