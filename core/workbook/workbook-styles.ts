// The cell styles of Mulu's workbooks, generated rather than listed: each column's base look, optionally with the
// quote prefix that keeps formula-like text inert, and optionally with the fill that marks a finding.
import type { Severity } from '../model/enums.ts';
import type { CellStyle } from '../xlsx/xlsx-writer.ts';
import type { ColumnSpec } from './columns.ts';

const BASES = {
  plain: {},
  wrap: { wrap: true, vertical: 'top' },
  code: { numFmt: 'text' },
  date: { numFmt: 'date' },
} as const satisfies Record<string, CellStyle>;
export type BaseStyle = keyof typeof BASES;

/** Light fills in the colours Excel's own conditional formats use for bad / neutral / note. */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };

const HEADER_REQUIRED: CellStyle = { bold: true, fill: 'F8CBAD', wrap: true, vertical: 'center', border: true };
const HEADER_OPTIONAL: CellStyle = { bold: true, fill: 'D9E1F2', wrap: true, vertical: 'center', border: true };
const TITLE: CellStyle = { bold: true };

/** Text that spreadsheets would take for a formula if someone pressed F2 and Enter on it. */
const FORMULA_LIKE = /^\s*[=+\-@\t\r]/u;

export function styleName(base: BaseStyle, value: unknown, fill?: Severity): string {
  const quoted = typeof value === 'string' && FORMULA_LIKE.test(value);
  return `${base}${quoted ? '.q' : ''}${fill ? `.${fill}` : ''}`;
}

export function baseStyleOf(column: ColumnSpec): BaseStyle {
  if (column.kind === 'code' || column.kind === 'digits') return 'code';
  if (column.kind === 'date') return 'date';
  return column.wrap || column.kind === 'basis' ? 'wrap' : 'plain';
}

/** Every style a Mulu workbook may use, by name. */
export function workbookStyles(): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = { headerRequired: HEADER_REQUIRED, headerOptional: HEADER_OPTIONAL, title: TITLE };
  for (const [base, look] of Object.entries(BASES) as [BaseStyle, CellStyle][]) {
    for (const quoted of [false, true]) {
      for (const fill of [undefined, 'error', 'warning', 'info'] as const) {
        styles[`${base}${quoted ? '.q' : ''}${fill ? `.${fill}` : ''}`] = {
          ...look,
          ...(quoted ? { quotePrefix: true } : {}),
          ...(fill ? { fill: SEVERITY_FILLS[fill] } : {}),
        };
      }
    }
  }
  return styles;
}
