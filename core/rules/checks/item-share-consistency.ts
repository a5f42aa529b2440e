// R17: a resource is never shared more freely than any of its items; if no item is shared, neither
// is the resource.
import type { ShareType } from '../../model/enums.ts';
import type { RuleCheck } from '../types.ts';

const RANK: Record<ShareType, number> = { unconditional: 0, conditional: 1, none: 2 };

export const itemShareConsistency: RuleCheck = {
  id: 'R17',
  resource(r, ctx, emit) {
    if (!r.shareType || r.items.length === 0) return;
    let withType = 0;
    let allNone = true;
    for (let i = 0; i < r.items.length; i++) {
      const s = r.items[i]!.shareType;
      if (!s) {
        allNone = false;
        continue;
      }
      withType++;
      if (s !== 'none') allNone = false;
      // A conditionally shared resource may withhold some items entirely; an unconditional one may not.
      if (RANK[s] > RANK[r.shareType] && (s !== 'none' || r.shareType === 'unconditional')) {
        emit({
          path: `items[${i}].shareType`,
          variant: 'looser',
          params: { name: r.items[i]!.name, resourceShare: ctx.label('shareType', r.shareType), itemShare: ctx.label('shareType', s) },
        });
      }
    }
    if (withType === r.items.length && allNone && r.shareType !== 'none') {
      emit({ path: 'shareType', variant: 'allNone', params: { itemShare: ctx.label('shareType', 'none'), resourceShare: ctx.label('shareType', r.shareType) } });
    }
  },
};
