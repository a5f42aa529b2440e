// R18: 核心/重要 data (GB/T 43697-2024) is normally neither opened nor shared without conditions.
import type { RuleCheck } from '../types.ts';

export const dataGradeExposure: RuleCheck = {
  id: 'R18',
  resource(r, ctx, emit) {
    if (r.dataGrade !== 'core' && r.dataGrade !== 'important') return;
    const grade = ctx.label('dataGrade', r.dataGrade);
    if (r.openType === 'unconditional' || r.openType === 'conditional') {
      emit({ path: 'openType', variant: 'open', params: { grade, openType: ctx.label('openType', r.openType) } });
    }
    if (r.shareType === 'unconditional') emit({ path: 'shareType', variant: 'share', params: { grade, shareType: ctx.label('shareType', r.shareType) } });
  },
};
