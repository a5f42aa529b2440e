// Rule texts and default severities, from assets/rules/rules.json (the catalog rules) and
// assets/rules/workbook-rules.json (what importing a workbook finds about the workbook itself).
import data from '../../assets/rules/rules.json';
import workbookData from '../../assets/rules/workbook-rules.json';
import type { CitationRef } from '../regulations/citations.ts';
import type { LocalText } from '../i18n/text.ts';
import type { Severity } from '../model/enums.ts';

export interface RuleVariant {
  message: LocalText;
  hint: LocalText;
  /**
   * At most this severe, whatever the rule's or the profile's severity: a variant that only suspects a problem
   * (R07's unknown format type, most often a spelling the list lacks; R02's 4–5 digit sequence) must not block packaging.
   */
  severity?: Severity;
}

export interface RuleDefinition {
  id: string;
  title: LocalText;
  severity: Severity;
  variants: Record<string, RuleVariant>;
}

/** A workbook finding cites the same way for every profile, so its citations live with its texts. */
export interface WorkbookRuleDefinition extends RuleDefinition {
  citations: CitationRef[];
}

function byId<T extends RuleDefinition>(rules: Record<string, Omit<T, 'id'>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(rules).map(([id, d]) => [id, { id, ...d } as T]));
}

export const RULE_DEFINITIONS: ReadonlyMap<string, RuleDefinition> = byId(data.rules as Record<string, Omit<RuleDefinition, 'id'>>);
export const WORKBOOK_RULE_DEFINITIONS: ReadonlyMap<string, WorkbookRuleDefinition> = byId(
  workbookData.rules as Record<string, Omit<WorkbookRuleDefinition, 'id'>>,
);

export function ruleDefinition(id: string): RuleDefinition {
  const d = RULE_DEFINITIONS.get(id) ?? WORKBOOK_RULE_DEFINITIONS.get(id);
  if (!d) throw new Error(`rule ${id} has no definition in assets/rules/rules.json or workbook-rules.json`);
  return d;
}
