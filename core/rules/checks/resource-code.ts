// R02: 信息资源代码 = 分类码/顺序码, its prefix matches the classification, and it is unique. The 顺序码 width is
// the profile's (codeScheme.sequenceWidth); where none is fixed a 4–5 digit sequence is only a warning.
import { checkResourceCode } from '../../codes/resource-code.ts';
import { isBlank } from '../../text/normalize.ts';
import { codeIndex } from '../derived.ts';
import { isFieldEmpty } from '../fields.ts';
import type { RuleCheck } from '../types.ts';

export const resourceCode: RuleCheck = {
  id: 'R02',
  resource(r, ctx, emit) {
    if (r.code === undefined || isBlank(r.code)) return; // R01 reports the missing code
    // An incomplete classification is R01's to report; comparing the prefix with it would only add noise.
    const problem = checkResourceCode(r.code.trim(), isFieldEmpty(r, 'classification') ? undefined : r.classification, ctx.profile.codeScheme.sequenceWidth);
    if (!problem) return;
    const params: Record<string, string | number> = { code: r.code };
    if (problem.kind === 'sequenceWidth') params.width = problem.width;
    if (problem.kind === 'sequenceShort') Object.assign(params, { width: problem.width, digits: problem.digits });
    if (problem.kind === 'prefixMismatch') Object.assign(params, { expected: problem.expected, actual: problem.actual });
    emit({ path: 'code', variant: problem.kind, params });
  },
  catalog(c, _ctx, emit) {
    const first = codeIndex(c);
    c.resources.forEach((r, i) => {
      const code = r.code?.trim();
      if (!code) return;
      const prev = first.get(code)!;
      if (prev !== i) emit({ path: `resources[${i}].code`, resourceIndex: i, variant: 'duplicate', params: { code, other: prev + 1, otherName: c.resources[prev]!.name ?? '' } });
    });
  },
};
