// The dry run: import a workbook and run the catalog rules on the result, every finding placed on its cell, in
// one report. Nothing is written; the caller shows the report and commits `imported.catalog` only when confirmed.
import type { DivisionTable } from '../codes/division.ts';
import { buildReport, type ValidationReport } from '../report/validation-report.ts';
import { RuleEngine } from '../rules/engine.ts';
import type { Finding } from '../rules/types.ts';
import type { ImportFailure } from './import-failures.ts';
import { importWorkbook, type ImportedCatalog, type ImportOptions } from './import-workbook.ts';
import { locateFindings } from './source-map.ts';

export interface CheckOptions extends ImportOptions {
  divisions?: DivisionTable;
  /** YYYY-MM-DD, for date rules; defaults to today. */
  today?: string;
}

export interface CheckedWorkbook {
  ok: true;
  imported: ImportedCatalog;
  /** The workbook's own findings and the rule findings, each with its cell where it has one. */
  findings: Finding[];
  report: ValidationReport;
}

export async function checkWorkbook(bytes: Uint8Array, options: CheckOptions = {}): Promise<CheckedWorkbook | ImportFailure> {
  const imported = await importWorkbook(bytes, options);
  if (!imported.ok) return imported;
  const engine = new RuleEngine({
    profile: imported.profile,
    ...(options.divisions ? { divisions: options.divisions } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  const findings = [...imported.findings, ...locateFindings(engine.validateCatalog(imported.catalog), imported.sourceMap)];
  return { ok: true, imported, findings, report: buildReport(imported.catalog, imported.profile, findings) };
}
