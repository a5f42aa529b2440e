// Rule texts and default severities, from assets/rules/rules.json.
import data from '../../assets/rules/rules.json';
import type { LocalText } from '../i18n/text.ts';
import type { Severity } from '../model/enums.ts';

export interface RuleVariant {
  message: LocalText;
  hint: LocalText;
}

export interface RuleDefinition {
  id: string;
  title: LocalText;
  severity: Severity;
  variants: Record<string, RuleVariant>;
}

export const RULE_DEFINITIONS: ReadonlyMap<string, RuleDefinition> = new Map(
  Object.entries(data.rules as Record<string, Omit<RuleDefinition, 'id'>>).map(([id, d]) => [id, { id, ...d }]),
);

export function ruleDefinition(id: string): RuleDefinition {
  const d = RULE_DEFINITIONS.get(id);
  if (!d) throw new Error(`rule ${id} has no definition in assets/rules/rules.json`);
  return d;
}
