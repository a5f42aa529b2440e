// R41: 工作秘密 is not 政务数据 under the 政务数据共享条例 (Art. 3 excludes 国家秘密 and 工作秘密), so a resource
// holding it does not belong in the sharing catalog — the same treatment R15 gives 涉密 resources.
import type { RuleCheck } from '../types.ts';

export const workSecretExcluded: RuleCheck = {
  id: 'R41',
  resource(r, _ctx, emit) {
    if (r.workSecret) emit({ path: 'workSecret', variant: 'workSecret' });
  },
};
