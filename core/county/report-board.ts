// 上报情况 as the county reports it upward and uses it for 考核: per roster unit its report status in the round
// (report-status.ts) with what the county holds of it — resources accepted, resources returned in its latest
// decision, packages received — and the same rows as a workbook under a frozen header of Chinese titles. Columns as data.
import { writeXlsx } from '../xlsx/xlsx-writer.ts';
import type { CellValue } from '../xlsx/write-options.ts';
import { REPORT_STATE_TEXT, type UnitReportStatus } from './report-status.ts';

export interface BoardRow {
  status: UnitReportStatus;
  /** Resources of the unit in the county catalog (accepted after review). */
  resources: number;
  /** Resources returned by the unit's latest decision. */
  returned: number;
  /** Packages received from the unit, whatever their verdict. */
  packages: number;
}

export interface ReportBoard {
  county: string;
  due: string;
  today: string;
  rows: BoardRow[];
}

/** Working days left (positive) or late (negative) as the board says it, in Chinese. */
export function daysText(s: UnitReportStatus): string {
  if (s.workingDaysLate) return `迟报 ${s.workingDaysLate} 个工作日`;
  if (s.state === 'reported') return '按期';
  return s.workingDaysLeft >= 0 ? `剩 ${s.workingDaysLeft} 个工作日` : `已逾期 ${-s.workingDaysLeft} 个工作日`;
}

export const BOARD_COLUMNS: readonly { title: string; width: number; value: (r: BoardRow) => CellValue }[] = [
  { title: '单位名称', width: 28, value: (r) => r.status.unit.name },
  { title: '统一社会信用代码', width: 22, value: (r) => r.status.unit.uscc },
  { title: '报送状态', width: 14, value: (r) => REPORT_STATE_TEXT[r.status.state].zh },
  { title: '采用版本', width: 9, value: (r) => r.status.version ?? null },
  { title: '报送日期', width: 12, value: (r) => (r.status.reportedOn ? { date: r.status.reportedOn } : null) },
  { title: '期限（工作日）', width: 18, value: (r) => daysText(r.status) },
  { title: '县级目录资源数', width: 14, value: (r) => r.resources },
  { title: '退回资源数', width: 11, value: (r) => r.returned },
  { title: '收到目录包数', width: 12, value: (r) => r.packages },
];

export function writeReportBoardWorkbook(board: ReportBoard): Uint8Array {
  const last = String.fromCharCode(64 + BOARD_COLUMNS.length);
  return writeXlsx(
    (writer) => {
      const sheet = writer.addSheet({ name: '上报情况', freeze: { rows: 1 }, columns: BOARD_COLUMNS.map((c) => ({ width: c.width })), autoFilter: `A1:${last}${board.rows.length + 1}` });
      sheet.addRow(BOARD_COLUMNS.map((c) => c.title), { style: 'header' });
      for (const row of board.rows) sheet.addRow(BOARD_COLUMNS.map((c) => c.value(row)));
      const notes = writer.addSheet({ name: '说明', columns: [{ width: 100 }] });
      for (const line of [
        `汇总单位：${board.county}；报送期限：${board.due}；统计日：${board.today}（按工作日计算，含法定节假日和调休）`,
        '已报：本轮有经审核采用的版本；未报：尚无采用的版本、期限未到；逾期：尚无采用的版本且已过期限；已退回待重报：最近一次审核退回了资源，其后没有新的采用版本。',
        '县级目录资源数为审核通过的资源；退回的资源不计入县级目录。',
      ])
        notes.addRow([line]);
    },
    { styles: { header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, vertical: 'center' } } },
  );
}
