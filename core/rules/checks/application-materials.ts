// R26: a shareable resource lists every material needed to apply for it (Anhui Art. 24, Sixian Art. 26).
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const applicationMaterials: RuleCheck = {
  id: 'R26',
  resource(r, ctx, emit) {
    if (r.shareType !== 'unconditional' && r.shareType !== 'conditional') return;
    if ((r.applicationMaterials ?? []).some((m) => !isBlank(m))) return;
    emit({ path: 'applicationMaterials', variant: 'missing', params: { shareType: ctx.label('shareType', r.shareType) } });
  },
};
