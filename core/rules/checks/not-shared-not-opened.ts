// R05: data that is not shared is not opened, unless it was lawfully declassified/desensitised or the
// rights holder consented (Anhui Art. 36, Sixian Art. 25, Yangzhou 第二十九条).
import type { RuleCheck } from '../types.ts';

export const notSharedNotOpened: RuleCheck = {
  id: 'R05',
  resource(r, ctx, emit) {
    if (r.shareType !== 'none' || r.openType === undefined || r.openType === 'none') return;
    if (r.desensitized || r.rightsHolderConsent) return;
    emit({
      path: 'openType',
      variant: 'opened',
      params: { shareType: ctx.label('shareType', r.shareType), openType: ctx.label('openType', r.openType), notOpen: ctx.label('openType', 'none') },
    });
  },
};
