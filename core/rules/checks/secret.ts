// R15: 涉密 resources are catalogued separately and never go into a sharing catalog or its packages.
import type { RuleCheck } from '../types.ts';

export const secretExcluded: RuleCheck = {
  id: 'R15',
  resource(r, _ctx, emit) {
    if (r.secret) {
      emit({ path: 'secret', variant: 'secret' });
      return;
    }
    for (let i = 0; i < r.items.length; i++) {
      if (r.items[i]!.secret) emit({ path: `items[${i}].secret`, variant: 'secretItem', params: { name: r.items[i]!.name } });
    }
  },
};
