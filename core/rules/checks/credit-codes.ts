// R11: every 统一社会信用代码 (provider code, department code) passes the GB 32100 checksum;
// R29: the embedded GB 11714 organisation code check, a warning only (early codes violate it).
import { checkUscc } from '../../codes/uscc.ts';
import type { LocalText } from '../../i18n/text.ts';
import { isBlank } from '../../text/normalize.ts';
import type { Emit, RuleCheck } from '../types.ts';
import type { CatalogRuleId } from '../../model/rule-ids.ts';

// A catalog has a few dozen providers but tens of thousands of resources: check each code once.
const results = new Map<string, ReturnType<typeof checkUscc>>();
function checkCached(value: string): ReturnType<typeof checkUscc> {
  let res = results.get(value);
  if (!res) {
    if (results.size > 10_000) results.clear();
    res = checkUscc(value);
    results.set(value, res);
  }
  return res;
}

function checkCode(value: string | undefined, path: string, field: LocalText, emit: Emit, which: 'checksum' | 'orgCode'): void {
  if (value === undefined || isBlank(value)) return;
  const res = checkCached(value);
  if (which === 'checksum' && res.problem) {
    const { kind, ...rest } = res.problem;
    emit({ path, variant: kind, params: { field, value, ...rest } });
  }
  if (which === 'orgCode' && !res.problem && res.orgCodeMismatch) {
    emit({ path, variant: 'orgCode', params: { field, value, ...res.orgCodeMismatch } });
  }
}

function creditCodeRule(id: CatalogRuleId, which: 'checksum' | 'orgCode'): RuleCheck {
  return {
    id,
    // Provider codes of 18 characters are credit codes; shorter internal department codes are left alone.
    resource(r, ctx, emit) {
      const v = r.providerCode?.trim();
      if (v && v.length === 18) checkCode(v, 'providerCode', ctx.fieldLabel('providerCode'), emit, which);
      else if (v && which === 'checksum' && /^[0-9A-Z]{15,20}$/i.test(v)) checkCode(v, 'providerCode', ctx.fieldLabel('providerCode'), emit, which);
    },
    catalog(c, ctx, emit) {
      checkCode(c.department.uscc, 'department.uscc', ctx.fieldLabel('department.uscc'), emit, which);
    },
  };
}

export const creditCodeChecksum = creditCodeRule('R11', 'checksum');
export const creditCodeOrgCheck = creditCodeRule('R29', 'orgCode');
