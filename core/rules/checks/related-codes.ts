// R14: 关联资源代码 are well-formed, and point at a resource in this catalog (a warning: the related
// resource may belong to another department).
import { parseResourceCode } from '../../codes/resource-code.ts';
import { codeIndex } from '../derived.ts';
import type { RuleCheck } from '../types.ts';

export const relatedCodes: RuleCheck = {
  id: 'R14',
  catalog(c, _ctx, emit) {
    const known = codeIndex(c);
    c.resources.forEach((r, i) => {
      if (!r.relatedResourceCodes) return;
      (r.relatedResourceCodes ?? []).forEach((raw, j) => {
        const code = raw.trim();
        const path = `resources[${i}].relatedResourceCodes[${j}]`;
        if (!parseResourceCode(code)) emit({ path, resourceIndex: i, variant: 'syntax', params: { code } });
        else if (!known.has(code)) emit({ path, resourceIndex: i, variant: 'dangling', params: { code } });
      });
    });
  },
};
