// Findings about an imported workbook (rules W01–W09, assets/rules/workbook-rules.json), in the rule engine's
// finding format so that one report lists both, each with the cell it concerns.
import { fillLocal, type TemplateParam } from '../i18n/text.ts';
import { resolveCitation, type Citation } from '../regulations/citations.ts';
import { WORKBOOK_RULE_DEFINITIONS } from '../rules/definitions.ts';
import type { WorkbookRuleId } from '../model/rule-ids.ts';
import type { CellLocation, Finding } from '../rules/types.ts';
import { columnLetters, quoteSheetName } from '../xlsx/cell-address.ts';

/** A cell (0-based column) or a whole row of a sheet; row is 1-based as Excel shows it. */
export interface CellRef {
  sheet: string;
  row: number;
  column?: number;
}

export interface FindingSubject {
  path: string;
  resourceIndex?: number;
  resourceCode?: string;
  resourceName?: string;
}

const citationCache = new Map<WorkbookRuleId, Citation[]>();

function citationsOf(ruleId: WorkbookRuleId): Citation[] {
  let cached = citationCache.get(ruleId);
  if (!cached) {
    cached = WORKBOOK_RULE_DEFINITIONS.get(ruleId)!.citations.map((ref) => {
      const c = resolveCitation(ref);
      if (!c) throw new Error(`${ruleId} cites ${ref.doc} ${ref.article}, which is not in assets/regulations`);
      return c;
    });
    citationCache.set(ruleId, cached);
  }
  return cached;
}

export function cellLocation(ref: CellRef): CellLocation {
  const sheet = quoteSheetName(ref.sheet);
  if (ref.column === undefined) return { sheet: ref.sheet, row: ref.row, cell: `${sheet}!${ref.row}` };
  const column = columnLetters(ref.column);
  return { sheet: ref.sheet, row: ref.row, column, cell: `${sheet}!${column}${ref.row}` };
}

/** A W-finding; `{cell}` in its texts is filled with the location. */
export function workbookFinding(
  ruleId: WorkbookRuleId,
  variant: string,
  where: CellRef,
  subject: FindingSubject,
  params: Record<string, TemplateParam> = {},
): Finding {
  const definition = WORKBOOK_RULE_DEFINITIONS.get(ruleId);
  const texts = definition?.variants[variant];
  if (!definition || !texts) throw new Error(`workbook rule ${ruleId}/${variant} is not defined`);
  const location = cellLocation(where);
  const all = { cell: location.cell, ...params };
  const finding: Finding = {
    ruleId,
    severity: definition.severity,
    path: subject.path,
    message: fillLocal(texts.message, all),
    hint: fillLocal(texts.hint, all),
    citations: citationsOf(ruleId),
    location,
  };
  if (subject.resourceIndex !== undefined) finding.resourceIndex = subject.resourceIndex;
  if (subject.resourceCode) finding.resourceCode = subject.resourceCode;
  if (subject.resourceName) finding.resourceName = subject.resourceName;
  return finding;
}
