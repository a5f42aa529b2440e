// The 需求清单 in a workbook, both ways: written as a sheet of its own (the columns of the 需求清单 in lists.json, so
// the catalog workbook, `mulu lists` and packages show the same columns) and read back from a sheet of that name.
// Each cell goes through the workbook's codecs (the basis in the 共享依据 cell format, so every part of it comes back); a cell that cannot be read is a W01 finding with its cell, as in
// the catalog import, and that need keeps the rest of its row.
import type { Catalog, Need } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import type { Finding } from '../rules/types.ts';
import { CellProblem, decodeCell, type CodecContext } from '../workbook/cell-codec.ts';
import type { ColumnSpec } from '../workbook/columns.ts';
import { setField } from '../workbook/field-path.ts';
import { normalizeHeader } from '../workbook/header-text.ts';
import { vocabularyLabels } from '../workbook/vocabulary-labels.ts';
import { workbookFinding } from '../workbook/workbook-findings.ts';
import type { WorkbookFailure, XlsxWorkbook } from '../xlsx/xlsx-reader.ts';
import type { XlsxWriter } from '../xlsx/xlsx-writer.ts';
import { writeList } from './export-lists-workbook.ts';
import { listDefinitions, type ListDefinition } from './list-definitions.ts';

/** The 需求清单's columns name paths on a list row (`need.scenario`); the need's own field is what follows. */
const NEED_FIELD = 'need.';

/** The 需求清单 as `profile` words it. */
export function needsDefinition(profile: Profile): ListDefinition {
  return listDefinitions(profile, ['needs']).at(-1)!;
}

/** Ids the import gives needs, in row order (the sheet has no id column; a clerk never sees one). */
export const needId = (n: number) => `need-${String(n).padStart(4, '0')}`;

/** Adds the 需求清单 sheet to a catalog workbook when the catalog holds needs; nothing otherwise. */
export function writeNeedsSheet(writer: XlsxWriter, catalog: Catalog, profile: Profile): void {
  if (catalog.needs?.length) writeList(writer, catalog, needsDefinition(profile), vocabularyLabels(profile));
}

export interface NeedsRead {
  ok: true;
  /** Undefined when the workbook has no 需求清单 sheet (the catalog then holds no needs). */
  needs?: Need[];
  findings: Finding[];
}

/** Reads the 需求清单 sheet of `workbook` (opened by openWorkbook), if it has one. */
export async function readNeedsSheet(workbook: XlsxWorkbook, profile: Profile): Promise<NeedsRead | WorkbookFailure> {
  const definition = needsDefinition(profile);
  const sheet = workbook.sheets.find((s) => s.name.trim() === definition.sheet.zh);
  if (!sheet) return { ok: true, findings: [] };
  const byHeader = new Map<string, ColumnSpec>(definition.columns.flatMap((c) => [normalizeHeader(c.header.zh), normalizeHeader(c.header.en)].map((h) => [h, c] as const)));
  const ctx: CodecContext = { labels: vocabularyLabels(profile), date1904: workbook.date1904 };
  const emptyLine = normalizeHeader(definition.empty.zh);
  const needs: Need[] = [];
  const findings: Finding[] = [];
  let columns: (ColumnSpec | undefined)[] | undefined;
  const read = await workbook.readSheet(sheet, (row) => {
    if (!columns) {
      columns = row.cells.map((cell) => (cell ? byHeader.get(normalizeHeader(cell.text)) : undefined));
      return;
    }
    const cells = row.cells.filter((c) => c && c.text.trim() !== '');
    if (cells.length === 0 || (cells.length === 1 && normalizeHeader(cells[0]!.text) === emptyLine)) return;
    const need: Need = { id: needId(needs.length + 1) };
    row.cells.forEach((cell, i) => {
      const column = columns![i];
      if (!column || column.field === 'seq') return;
      const decoded = decodeCell(column, cell, ctx);
      if (decoded === undefined) return;
      if (decoded instanceof CellProblem) {
        const at = `needs[${needs.length}].${column.field.slice(NEED_FIELD.length)}`;
        findings.push(workbookFinding('W01', decoded.problem, { sheet: sheet.name, row: row.number, column: i }, { path: at }, { field: column.header.zh, ...decoded.params }));
      } else if (column.field.startsWith(NEED_FIELD)) setField(need, column.field.slice(NEED_FIELD.length), decoded);
    });
    needs.push(need);
  });
  if (!read.ok) return read;
  return { ok: true, needs, findings };
}
