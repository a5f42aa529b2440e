// The assessment sheet as a workbook (`mulu assess --out`): one row per unit under a frozen header of Chinese
// titles, ratios in percent, then a sheet 说明 saying what was counted and what was not. Columns as data.
import { writeXlsx } from '../xlsx/xlsx-writer.ts';
import type { CellValue } from '../xlsx/write-options.ts';
import type { Assessment, UnitAssessment } from './assessment.ts';
import { REPORT_STATE_TEXT } from './report-status.ts';

const percent = (ratio: number | null): CellValue => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** The sheet's columns, also the app's 考核 table: Chinese title, width in characters, the cell of a unit. */
export const ASSESSMENT_COLUMNS: readonly { title: string; width: number; value: (u: UnitAssessment) => CellValue }[] = [
  { title: '单位名称', width: 28, value: (u) => u.unit.name },
  { title: '统一社会信用代码', width: 22, value: (u) => u.unit.uscc },
  { title: '资源数', width: 9, value: (u) => u.resources },
  { title: '必填项完整率（%）', width: 16, value: (u) => percent(u.completeness.ratio) },
  { title: '共享资源数', width: 11, value: (u) => u.share.unconditional + u.share.conditional },
  { title: '共享比例（%）', width: 13, value: (u) => percent(u.share.ratio) },
  { title: '开放资源数', width: 11, value: (u) => u.open.unconditional + u.open.conditional },
  { title: '开放比例（%）', width: 13, value: (u) => percent(u.open.ratio) },
  { title: '报送状态', width: 14, value: (u) => (u.report ? REPORT_STATE_TEXT[u.report.state].zh : '未计算') },
  { title: '报送版本', width: 9, value: (u) => u.report?.version },
  { title: '报送日期', width: 12, value: (u) => (u.report?.reportedOn ? { date: u.report.reportedOn } : null) },
  { title: '逾期工作日', width: 11, value: (u) => u.report?.workingDaysLate ?? (u.report?.state === 'overdue' ? -u.report.workingDaysLeft : null) },
  { title: '退回资源数', width: 11, value: (u) => u.returned ?? '未计算' },
  { title: '备注', width: 20, value: (u) => (u.notInRoster ? '不在名册中' : null) },
];

export function writeAssessmentWorkbook(assessment: Assessment): Uint8Array {
  return writeXlsx(
    (writer) => {
      const sheet = writer.addSheet({ name: '考核情况', freeze: { rows: 1 }, columns: ASSESSMENT_COLUMNS.map((c) => ({ width: c.width })), autoFilter: `A1:${String.fromCharCode(64 + ASSESSMENT_COLUMNS.length)}${assessment.units.length + 1}` });
      sheet.addRow(ASSESSMENT_COLUMNS.map((c) => c.title), { style: 'header' });
      for (const unit of assessment.units) sheet.addRow(ASSESSMENT_COLUMNS.map((c) => c.value(unit)));
      const notes = writer.addSheet({ name: '说明', columns: [{ width: 100 }] });
      for (const line of [
        `汇总单位：${assessment.county.name}（${assessment.county.uscc || '未填写统一社会信用代码'}）；规则配置：${assessment.profile}`,
        `本轮报送期限：${assessment.due ?? '未给出'}（按工作日计算，含法定节假日和调休）`,
        '必填项完整率：每条资源按规则配置的必填项（国家核心元数据、适用时的格式类型和共享方式类型、本地规定增加的项）计，已填项数 ÷ 应填项数。',
        '共享比例、开放比例：无条件与有条件共享（开放）的资源数 ÷ 资源总数。',
        ...assessment.notComputed.map((t) => t.zh),
      ]) {
        notes.addRow([line]);
      }
    },
    { styles: { header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, vertical: 'center' } } },
  );
}
