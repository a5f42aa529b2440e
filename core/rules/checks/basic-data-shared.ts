// R24: 人口、法人、信用、自然资源和空间地理、电子证照 basic data is shared unconditionally (Yangzhou 第二十一条).
import type { RuleCheck } from '../types.ts';

export const basicDataShared: RuleCheck = {
  id: 'R24',
  resource(r, ctx, emit) {
    if (!r.shareType || r.shareType === 'unconditional') return;
    const library = ctx.tree.basicLibraryOf(r.classification);
    if (!library) return;
    const node = ctx.tree.get(r.classification!.class + r.classification!.item)!;
    emit({
      path: 'shareType',
      variant: 'restricted',
      params: { library: { zh: node.zh, en: node.en }, shareType: ctx.label('shareType', r.shareType), unconditional: ctx.label('shareType', 'unconditional') },
    });
  },
};
