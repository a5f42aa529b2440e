// R19: the department's division code exists in the bundled table (unknown = warning);
// R30: the department header is complete.
import { checkDivisionCode } from '../../codes/division.ts';
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

export const divisionCode: RuleCheck = {
  id: 'R19',
  catalog(c, ctx, emit) {
    const value = c.department.divisionCode.trim();
    if (!value) return; // R30
    const check = ctx.divisions ? checkDivisionCode(value, ctx.divisions) : /^\d{6}(\d{3})?$/.test(value) ? undefined : { problem: 'format' as const };
    if (check?.problem === 'format') emit({ path: 'department.divisionCode', variant: 'format', params: { value } });
    else if (check?.problem === 'unknown') emit({ path: 'department.divisionCode', variant: 'unknown', params: { value, source: ctx.divisions!.source } });
  },
};

export const departmentDetails: RuleCheck = {
  id: 'R30',
  catalog(c, ctx, emit) {
    for (const field of ['name', 'uscc', 'divisionCode'] as const) {
      if (isBlank(c.department[field])) emit({ path: `department.${field}`, variant: 'missing', params: { field: ctx.fieldLabel(`department.${field}`) } });
    }
  },
};
