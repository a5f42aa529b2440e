import { SEVERITIES } from './enums.ts';
import { literalUnion } from './literal-union.ts';

// Rule ids as code, so a finding, a citation or a profile override cannot name a rule that does not exist.
// JSON imports widen keys to string; the asset schemas (core/rules/rule-schema.ts) require these exact ids in
// assets/rules/rules.json and workbook-rules.json, so the list and the assets cannot drift apart.
export const CATALOG_RULE_IDS = [
  'R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10',
  'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20',
  'R21', 'R22', 'R23', 'R24', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30',
  'R31', 'R32', 'R40', 'R41', 'R42', 'R43', 'R44', 'R45', 'R46',
] as const;
export const WORKBOOK_RULE_IDS = ['W01', 'W02', 'W03', 'W04', 'W05', 'W06', 'W07', 'W08', 'W09', 'W10'] as const;

export type CatalogRuleId = (typeof CATALOG_RULE_IDS)[number];
export type WorkbookRuleId = (typeof WORKBOOK_RULE_IDS)[number];
export type RuleId = CatalogRuleId | WorkbookRuleId;

const WORKBOOK: ReadonlySet<RuleId> = new Set(WORKBOOK_RULE_IDS);

/** Whether a finding is about the workbook itself rather than the catalog in it. */
export function isWorkbookRuleId(id: RuleId): id is WorkbookRuleId {
  return WORKBOOK.has(id);
}

// Here, not beside the rule texts, because profiles name rules and severities too and sit below core/rules.
export const CatalogRuleIdSchema = literalUnion(CATALOG_RULE_IDS);
export const WorkbookRuleIdSchema = literalUnion(WORKBOOK_RULE_IDS);
export const SeveritySchema = literalUnion(SEVERITIES);
