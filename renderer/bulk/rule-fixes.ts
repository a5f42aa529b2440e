// 按此规则批量修正: which correction 校验 offers for one rule's findings across the catalog, as data. A correction sets
// one field with bulk edit's modes; the field is the one each finding points at unless the rule names another (R01's
// path names the missing field, so one entry serves every required field). Rules not listed are fixed one resource
// at a time: their fix depends on each resource (a code, a classification, a duplicate).
import type { RuleId } from '../../core/model/rule-ids.ts';
import type { Finding } from '../../core/rules/types.ts';
import { fieldPlace } from '../resource-form/field-place.ts';
import { BULK_FIELDS, type BulkField, type BulkMode } from './bulk-edit.ts';

export interface RuleFix {
  mode: BulkMode;
  /** The field set; absent: the field the finding's path names. */
  field?: BulkField;
  /** Only the findings at these paths (inside the resource) are fixed this way. */
  paths?: RegExp;
}

export const RULE_FIXES: Readonly<Partial<Record<RuleId, RuleFix>>> = {
  // 必填项 and the local 必备内容: fill the field where it is empty.
  R01: { mode: 'fillEmpty' },
  R20: { mode: 'fillEmpty' },
  // 共享条件 / 不予共享理由, 开放条件, 更新周期说明, 不予开放理由, 申请材料.
  R04: { mode: 'fillEmpty' },
  R06: { mode: 'fillEmpty' },
  R09: { mode: 'fillEmpty' },
  R23: { mode: 'fillEmpty' },
  R26: { mode: 'fillEmpty' },
  // No basis, or none of an accepted level: add one (from the basis library). A basis lacking its 条款 is not.
  R21: { mode: 'append', field: 'shareBasis', paths: /^shareBasis(\[\d+\]\.level)?$/u },
  // Shared offline: set the 共享方式分类 (a contradicting 共享方式类型 is dropped with it).
  R31: { mode: 'overwrite' },
};

/** One correction the rule's findings allow: the field, how it is set, and the findings it answers (one per resource). */
export interface FixTarget {
  field: BulkField;
  mode: BulkMode;
  findings: readonly Finding[];
}

const BULK: ReadonlySet<string> = new Set(BULK_FIELDS);
const RESOURCE_PREFIX = /^resources\[\d+\]\.?/u;

/** The corrections for these findings of `ruleId`, the field with most resources first; empty when there is none. */
export function ruleFixTargets(ruleId: RuleId, findings: readonly Finding[]): FixTarget[] {
  const fix = RULE_FIXES[ruleId];
  if (!fix) return [];
  const byField = new Map<BulkField, Map<number, Finding>>();
  for (const f of findings) {
    if (f.ruleId !== ruleId || f.resourceIndex === undefined) continue;
    const path = f.path.replace(RESOURCE_PREFIX, '');
    if (fix.paths && !fix.paths.test(path)) continue;
    const field = fix.field ?? fieldPlace(path)?.field;
    if (!field || !BULK.has(field)) continue;
    const resources = byField.get(field) ?? new Map<number, Finding>();
    if (!resources.has(f.resourceIndex)) resources.set(f.resourceIndex, f);
    byField.set(field, resources);
  }
  return [...byField.entries()]
    .map(([field, resources]) => ({ field, mode: fix.mode, findings: [...resources.values()] }))
    .sort((a, b) => b.findings.length - a.findings.length);
}
