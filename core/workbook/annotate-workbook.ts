// The annotated workbook: a NEW file with the clerk's own sheets and rows (values in the same cells, so 资源!F27
// still means the same cell), each cell with a finding filled by severity and given a note (rule, message, fix),
// a 校验结果 column at the end of every row with findings, and a 校验汇总 sheet in front. The original file is only
// read. Rows stream from the reader into the writer, so a county workbook never sits in memory as a whole
// (the in-memory round trip of excel-notes §3.3 needed 4 GB).
import { citationLabel } from '../regulations/citations.ts';
import type { Finding } from '../rules/types.ts';
import type { Severity } from '../model/enums.ts';
import { openWorkbook, serialToIsoDate, type ReadSheetOptions, type WorkbookFailure, type XlsxCell } from '../xlsx/xlsx-reader.ts';
import type { CellInput, CellValue, XlsxWriter } from '../xlsx/xlsx-writer.ts';
import { columnIndex } from '../xlsx/cell-address.ts';
import { styleName, type BaseStyle } from './workbook-styles.ts';

export const SUMMARY_SHEET = '校验汇总';
export const RESULT_HEADER = '校验结果';

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface RowMarks {
  findings: Finding[];
  cells: Map<number, Finding[]>;
}

/** Findings by sheet and row; findings without a cell go to the summary only. */
function indexFindings(findings: readonly Finding[]): Map<string, Map<number, RowMarks>> {
  const bySheet = new Map<string, Map<number, RowMarks>>();
  for (const f of findings) {
    if (!f.location) continue;
    let rows = bySheet.get(f.location.sheet);
    if (!rows) bySheet.set(f.location.sheet, (rows = new Map()));
    let marks = rows.get(f.location.row);
    if (!marks) rows.set(f.location.row, (marks = { findings: [], cells: new Map() }));
    marks.findings.push(f);
    if (f.location.column) {
      const column = columnIndex(f.location.column);
      marks.cells.set(column, [...(marks.cells.get(column) ?? []), f]);
    }
  }
  return bySheet;
}

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
}

function line(f: Finding): string {
  return `【${SEVERITY_ZH[f.severity]} ${f.ruleId}】${f.message.zh} 修改：${f.hint.zh}`;
}

function note(findings: readonly Finding[]): string {
  return findings.map((f) => `${line(f)}${f.citations.length ? `（依据：${f.citations.map(citationLabel).join('；')}）` : ''}`).join('\n');
}

/** The value the clerk sees: cached formula results, dates as dates, everything else as it was. */
function copyValue(cell: XlsxCell, date1904: boolean): CellValue {
  if (cell.kind === 'number' && cell.number !== undefined) {
    if (cell.format?.isDate) {
      const iso = serialToIsoDate(cell.number, date1904);
      if (iso) return { date: iso };
    }
    return cell.number;
  }
  if (cell.kind === 'boolean') return cell.text === 'TRUE';
  return cell.text;
}

function baseOf(value: CellValue): BaseStyle {
  return typeof value === 'object' && value !== null ? 'date' : typeof value === 'string' ? 'code' : 'plain';
}

export interface AnnotateResult {
  ok: true;
  /** Findings marked on a cell or row of the copy. */
  marked: number;
}

/**
 * Copies `bytes`' sheets into `writer` (created with workbookStyles()) with `findings` marked, summary first;
 * the caller finishes the writer. Findings are those of importing and validating the same bytes.
 */
export async function writeAnnotatedWorkbook(
  bytes: Uint8Array,
  findings: readonly Finding[],
  writer: XlsxWriter,
  options: Pick<ReadSheetOptions, 'signal' | 'yieldControl'> = {},
): Promise<AnnotateResult | WorkbookFailure> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return opened;
  const { workbook } = opened;
  writeSummary(writer, findings);
  const marks = indexFindings(findings);
  let marked = 0;
  for (const sheet of workbook.sheets) {
    // Annotating an annotated workbook replaces its old summary.
    if (sheet.name === SUMMARY_SHEET) continue;
    const rows = marks.get(sheet.name);
    // Widest row of the sheet decides where 校验结果 goes; known only after a pass, so sheets with findings are read twice.
    let width = 0;
    if (rows) {
      const measured = await workbook.readSheet(sheet, (row) => void (width = Math.max(width, row.cells.length)), options);
      if (!measured.ok) return measured;
    }
    const out = writer.addSheet({ name: sheet.name, state: sheet.state, ...(rows ? { columns: resultColumn(width) } : {}) });
    let headerWritten = false;
    const copied = await workbook.readSheet(
      sheet,
      (row) => {
        while (out.rowCount < row.number - 1) out.addRow([]);
        const rowMarks = rows?.get(row.number);
        const cells: CellInput[] = row.cells.map((cell) => {
          const value = cell ? copyValue(cell, workbook.date1904) : undefined;
          return value === undefined ? undefined : { value, style: styleName(baseOf(value), value) };
        });
        // Marked cells include blank ones: a missing value is the commonest finding.
        for (const [column, here] of rowMarks?.cells ?? []) {
          const cell = row.cells[column];
          const value = cell ? copyValue(cell, workbook.date1904) : undefined;
          marked += here.length;
          cells[column] = { value, style: styleName(value === undefined ? 'plain' : baseOf(value), value, worst(here)), note: note(here) };
        }
        if (rows && !headerWritten) {
          // The first row is where the clerk's header usually is; the result column gets its title there.
          cells[width] = { value: RESULT_HEADER, style: 'headerRequired' };
          headerWritten = true;
        }
        if (rowMarks) {
          const rowOnly = rowMarks.findings.filter((f) => !f.location?.column);
          marked += rowOnly.length;
          cells[width] = { value: rowMarks.findings.map(line).join('\n'), style: styleName('wrap', '', worst(rowMarks.findings)) };
        }
        out.addRow(cells, row.hidden ? { hidden: true } : undefined);
      },
      options,
    );
    if (!copied.ok) return copied;
  }
  return { ok: true, marked };
}

function resultColumn(width: number): { width?: number }[] {
  const columns: { width?: number }[] = Array.from({ length: width }, () => ({}));
  columns[width] = { width: 60 };
  return columns;
}

function writeSummary(writer: XlsxWriter, findings: readonly Finding[]): void {
  const sheet = writer.addSheet({
    name: SUMMARY_SHEET,
    columns: [{ width: 14 }, { width: 8 }, { width: 8 }, { width: 60 }, { width: 50 }, { width: 40 }],
    freeze: { rows: 4 },
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  sheet.addRow([{ value: '校验结果汇总', style: 'title' }]);
  sheet.addRow([`错误 ${counts.error} 条 · 警告 ${counts.warning} 条 · 提示 ${counts.info} 条。有问题的单元格已按严重程度填色并附批注；每行末尾的「${RESULT_HEADER}」列列出该行全部问题。`]);
  sheet.addRow([]);
  sheet.addRow(['位置', '严重程度', '规则', '问题', '修改方法', '依据'].map((value) => ({ value, style: 'headerOptional' })));
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const f of ordered) {
    sheet.addRow([
      f.location?.cell ?? f.path,
      { value: SEVERITY_ZH[f.severity], style: styleName('plain', '', f.severity) },
      f.ruleId,
      { value: f.message.zh, style: 'wrap' },
      { value: f.hint.zh, style: 'wrap' },
      { value: f.citations.map(citationLabel).join('；'), style: 'wrap' },
    ]);
  }
}
