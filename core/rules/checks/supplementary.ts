// R46: a resource marked for the 补充目录 (个性化目录) where the jurisdiction provides for none. Jilin Art. 15 lets a
// city compile a 补充目录 and Anhui Art. 14 a 个性化目录 (with the province's consent): their profiles switch the
// rule off. Elsewhere the catalog is one unified catalog, and a resource outside it needs the authority's word.
import type { RuleCheck } from '../types.ts';

export const supplementary: RuleCheck = {
  id: 'R46',
  resource(r, _ctx, emit) {
    if (r.supplementary === true) emit({ path: 'supplementary', variant: 'notProvided' });
  },
};
