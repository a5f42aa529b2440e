// R42: where the data authority named another department as the lead collector (牵头收集部门), data this
// department can obtain by sharing must not be collected again (政务数据共享条例 Art. 19). A resource that names
// a lead collector other than its own provider must therefore point at the lead's resource through
// 关联资源代码; otherwise it reads as a second collection of the same data.
import { isBlank, normalizeName } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const leadCollector: RuleCheck = {
  id: 'R42',
  resource(r, _ctx, emit) {
    const lead = r.leadCollectingDepartment;
    if (lead === undefined || isBlank(lead)) return;
    // Without a provider there is nothing to compare with; R01 asks for the provider first.
    if (r.providerName === undefined || isBlank(r.providerName) || normalizeName(lead) === normalizeName(r.providerName)) return;
    if ((r.relatedResourceCodes ?? []).some((c) => !isBlank(c))) return;
    emit({ path: 'leadCollectingDepartment', variant: 'notLinked', params: { lead: lead.trim(), provider: r.providerName.trim() } });
  },
};
