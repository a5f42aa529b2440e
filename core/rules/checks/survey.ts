// R16: the six survey figures are numbers ≥ 0 (blank means 0).
import type { RuleCheck } from '../types.ts';

const SURVEY_LABELS: Record<string, string> = {
  storageGB: '数据存储总量（G）',
  structuredRecords10k: '结构化信息记录总数（万条）',
  sharedStorageGB: '已共享数据存储量（G）',
  sharedRecords10k: '已共享结构化记录数（万条）',
  openedStorageGB: '已开放数据存储量（G）',
  openedRecords10k: '已开放结构化记录数（万条）',
};

export const surveyFigures: RuleCheck = {
  id: 'R16',
  resource(r, _ctx, emit) {
    if (!r.survey) return;
    for (const [key, value] of Object.entries(r.survey)) {
      if (typeof value === 'number' && (value < 0 || !Number.isFinite(value))) {
        emit({ path: `survey.${key}`, variant: 'negative', params: { field: { zh: SURVEY_LABELS[key] ?? key, en: key }, value } });
      }
    }
  },
};
