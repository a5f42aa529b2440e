// Reading a roster from an Excel/WPS list, as counties keep them (40–120 units): the first visible sheet, a header
// row found among the first rows by its column names, then one unit per row. Every bad row is named by row and
// column ("第 7 行 C 列（统一社会信用代码）") and nothing is returned unless every row is good, so a bad list
// changes nothing. A unit named twice (same USCC) is a problem on its second row.
import type { LocalText } from '../i18n/text.ts';
import { columnLetters } from '../xlsx/cell-address.ts';
import { openWorkbook, type WorkbookFailure, type XlsxRow } from '../xlsx/xlsx-reader.ts';
import { checkRosterUnit, ROSTER_FIELD_LABELS, type RosterField, type RosterUnit } from './roster.ts';

/** Header texts accepted for each column, compared without spaces. */
export const ROSTER_HEADERS: Readonly<Record<RosterField, readonly string[]>> = {
  name: ['单位名称', '名称', '部门名称', '单位'],
  uscc: ['统一社会信用代码', '信用代码', '社会信用代码'],
  divisionCode: ['行政区划代码', '区划代码', '行政区划'],
  contact: ['联系人及电话', '联系人', '联系方式', '联系电话'],
};

const REQUIRED: readonly RosterField[] = ['name', 'uscc', 'divisionCode'];
/** How far down the header row is looked for (a title row or two above it is common). */
const HEADER_SEARCH_ROWS = 10;

export interface RosterProblem {
  /** 1-based row in the sheet; 0 for the sheet as a whole. */
  row: number;
  /** Column letters, when the problem is one cell's. */
  column?: string;
  message: LocalText;
}

export type RosterReadResult = { ok: true; units: RosterUnit[] } | { ok: false; problems: RosterProblem[] } | WorkbookFailure;

const squash = (text: string) => text.replace(/\s+/g, '');

function headerColumns(row: XlsxRow): Map<RosterField, number> {
  const columns = new Map<RosterField, number>();
  row.cells.forEach((cell, index) => {
    if (!cell) return;
    const text = squash(cell.text);
    for (const [field, names] of Object.entries(ROSTER_HEADERS) as [RosterField, readonly string[]][]) {
      if (!columns.has(field) && names.includes(text)) columns.set(field, index);
    }
  });
  return columns;
}

export async function readRosterWorkbook(bytes: Uint8Array): Promise<RosterReadResult> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return opened;
  const sheet = opened.workbook.sheets.find((s) => s.state === 'visible');
  if (!sheet) return { ok: false, problems: [{ row: 0, message: { zh: '工作簿中没有可见的工作表', en: 'the workbook has no visible sheet' } }] };

  let columns: Map<RosterField, number> | undefined;
  const problems: RosterProblem[] = [];
  const units: RosterUnit[] = [];
  const firstRow = new Map<string, number>();
  const read = await opened.workbook.readSheet(sheet, (row) => {
    if (!columns) {
      const found = headerColumns(row);
      if (REQUIRED.every((f) => found.has(f))) columns = found;
      else if (row.number >= HEADER_SEARCH_ROWS) return 'stop';
      return;
    }
    const cellText = (field: RosterField) => {
      const index = columns!.get(field);
      return index === undefined ? '' : (row.cells[index]?.text ?? '').trim();
    };
    const raw: RosterUnit = { name: cellText('name'), uscc: cellText('uscc'), divisionCode: cellText('divisionCode'), contact: cellText('contact') };
    const checked = checkRosterUnit(raw);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push(cellProblem(row.number, columns.get(p.field)!, p.field, p.message));
      return;
    }
    const earlier = firstRow.get(checked.unit.uscc);
    if (earlier !== undefined) {
      problems.push(cellProblem(row.number, columns.get('uscc')!, 'uscc', { zh: `与第 ${earlier} 行的统一社会信用代码 ${checked.unit.uscc} 重复`, en: `repeats the USCC ${checked.unit.uscc} of row ${earlier}` }));
      return;
    }
    firstRow.set(checked.unit.uscc, row.number);
    units.push(checked.unit);
  });
  if (!read.ok) return read;
  if (!columns) {
    const names = REQUIRED.map((f) => ROSTER_FIELD_LABELS[f]);
    return {
      ok: false,
      problems: [
        {
          row: 0,
          message: {
            zh: `工作表「${sheet.name}」前 ${HEADER_SEARCH_ROWS} 行中没有找到表头：需要「${names.map((n) => n.zh).join('」「')}」三列`,
            en: `no header row in the first ${HEADER_SEARCH_ROWS} rows of sheet "${sheet.name}": it needs the columns ${names.map((n) => n.en).join(', ')}`,
          },
        },
      ],
    };
  }
  if (problems.length) return { ok: false, problems };
  if (!units.length) return { ok: false, problems: [{ row: 0, message: { zh: `工作表「${sheet.name}」表头下没有单位`, en: `sheet "${sheet.name}" lists no unit under its header` } }] };
  return { ok: true, units };
}

function cellProblem(row: number, column: number, field: RosterField, message: LocalText): RosterProblem {
  const letters = columnLetters(column);
  const label = ROSTER_FIELD_LABELS[field];
  return { row, column: letters, message: { zh: `第 ${row} 行 ${letters} 列（${label.zh}）：${message.zh}`, en: `row ${row}, column ${letters} (${label.en}): ${message.en}` } };
}
