// Rule texts and default severities, from assets/rules/rules.json (the catalog rules) and
// assets/rules/workbook-rules.json (what importing a workbook finds about the workbook itself).
import data from '../../assets/rules/rules.json';
import workbookData from '../../assets/rules/workbook-rules.json';
import { checkedAsset } from '../model/checked-asset.ts';
import type { CitationRef } from '../regulations/citation-schema.ts';
import { isWorkbookRuleId, type CatalogRuleId, type RuleId, type WorkbookRuleId } from '../model/rule-ids.ts';
import { RulesAssetSchema, WorkbookRulesAssetSchema, type RuleText } from './rule-schema.ts';

export type { RuleVariant } from './rule-schema.ts';

export interface RuleDefinition<K extends RuleId = RuleId> extends RuleText {
  id: K;
}

/** A workbook finding cites the same way for every profile, so its citations live with its texts. */
export interface WorkbookRuleDefinition extends RuleDefinition<WorkbookRuleId> {
  citations: CitationRef[];
}

function byId<K extends RuleId, T extends RuleText>(rules: Record<K, T>): ReadonlyMap<K, T & { id: K }> {
  return new Map((Object.keys(rules) as K[]).map((id) => [id, { id, ...rules[id] }]));
}

export const RULE_DEFINITIONS: ReadonlyMap<CatalogRuleId, RuleDefinition<CatalogRuleId>> = byId(checkedAsset(RulesAssetSchema, data, 'assets/rules/rules.json').rules);
export const WORKBOOK_RULE_DEFINITIONS: ReadonlyMap<WorkbookRuleId, WorkbookRuleDefinition> = byId(
  checkedAsset(WorkbookRulesAssetSchema, workbookData, 'assets/rules/workbook-rules.json').rules,
);

export function ruleDefinition(id: RuleId): RuleDefinition {
  const d = isWorkbookRuleId(id) ? WORKBOOK_RULE_DEFINITIONS.get(id) : RULE_DEFINITIONS.get(id);
  if (!d) throw new Error(`rule ${id} has no definition in assets/rules/rules.json or workbook-rules.json`);
  return d;
}
