// R24 (Yangzhou 第二十一条): 人口、法人、信用、自然资源和空间地理、电子证照 basic data is shared unconditionally,
// and 主题 data of projects several departments build (政务服务、社会治理、生态环境、医疗健康、交通出行…) is shared
// among the departments. What identifies basic data is the library it belongs to (所属基础库), not the 类 it is
// filed under: a county department files its part of the population library under 类 3. The 类 1 classification
// is the fallback for resources that do not say. 主题 data may be shared conditionally; it must not be kept back.
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const basicDataShared: RuleCheck = {
  id: 'R24',
  resource(r, ctx, emit) {
    if (!r.shareType || r.shareType === 'unconditional') return;
    // Named by the field's label, or by the classification's 项 (a profile's tree may add libraries of its own).
    const library = r.basicLibrary
      ? ctx.label('basicLibrary', r.basicLibrary)
      : ctx.tree.basicLibraryOf(r.classification) && ctx.tree.get(r.classification!.class + r.classification!.item)!;
    if (library) {
      const params = { library: { zh: library.zh, en: library.en }, shareType: ctx.label('shareType', r.shareType), unconditional: ctx.label('shareType', 'unconditional') };
      emit({ path: 'shareType', variant: 'restricted', params });
      return;
    }
    if (r.shareType === 'none' && r.themeLibrary !== undefined && !isBlank(r.themeLibrary)) {
      emit({ path: 'shareType', variant: 'themeNotShared', params: { theme: r.themeLibrary.trim(), shareType: ctx.label('shareType', r.shareType) } });
    }
  },
};
