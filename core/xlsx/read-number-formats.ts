// Number formats: which ones show a date or time. Excel stores a date as a serial day number and only the cell's
// format says it is a date, so the importer needs this to read 发布日期 columns. Built-in formats have ids and no
// entry in styles.xml; the locale-dependent ones (the zh-CN 年月日 formats 27–36 and 50–58 that Excel and WPS use
// for Chinese dates) have no fixed code at all, which is why exceljs reads them as plain numbers (exceljs#2893).

export interface CellFormat {
  id: number;
  /** The format code from styles.xml, or the built-in code where it is the same in every locale. */
  code?: string;
  isDate: boolean;
}

/** ECMA-376 Part 1 §18.8.30: the built-in formats whose code does not depend on the locale. */
const BUILT_IN_CODES: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy h:mm'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00;(#,##0.00)'],
  [40, '#,##0.00;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mmss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

/** Built-in ids that are dates or times in every locale; 27–36 and 50–58 are the East Asian date formats. */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

function builtInCode(id: number): string | undefined {
  return BUILT_IN_CODES.get(id);
}

/**
 * A code shows a date or time if a y, m, d, h or s token is left once everything shown literally is removed:
 * "quoted text" (yyyy"年"m"月"d"日" keeps its tokens, "元"0 has none), \-escaped and _/* padding characters, and
 * [bracketed] colours, conditions and locales ([$-804]yyyy/m/d;@), except the elapsed-time tokens [h], [mm], [ss].
 */
export function isDateFormatCode(code: string): boolean {
  let plain = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const close = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, close < 0 ? code.length : close);
      if (/^(h+|m+|s+)$/i.test(inside)) return true;
      i = close < 0 ? code.length : close;
    } else {
      plain += c;
    }
  }
  return /[ymdhs]/i.test(plain.replace(/AM\/PM|A\/P/gi, ''));
}

/** The format of a numFmtId, with the code from styles.xml when the file defines one. */
export function cellFormat(id: number, code: string | undefined): CellFormat {
  const known = code ?? builtInCode(id);
  const format: CellFormat = { id, isDate: isBuiltInDate(id) || (known !== undefined && isDateFormatCode(known)) };
  if (known !== undefined) format.code = known;
  return Object.freeze(format);
}
