// The shape of a rule's test cases (test/unit/core/rules/checks/<check>.cases.ts) and the builders many of them share.
import type { Catalog, Resource } from '../../core/model/catalog.ts';
import type { Severity } from '../../core/model/enums.ts';
import type { RuleId } from '../../core/model/rule-ids.ts';
import { item, LAW_BASIS, validCatalog, validResource } from './catalog-builders.ts';

export type Subject = Resource | Catalog;

export interface Expected {
  rule: RuleId;
  path: string;
  severity: Severity;
  /** A substring of the Chinese message that only this variant produces. */
  zh: string;
}

export interface FailCase {
  name: string;
  profile: string;
  subject: () => Subject;
  findings: Expected[];
  /** Run with the division table loaded. */
  divisions?: boolean;
}

export interface PassCase {
  rule: RuleId;
  name: string;
  profile: string;
  subject: () => Subject;
  divisions?: boolean;
}

/** One check's cases: targeted mutations that fail, by rule id, and valid subjects that pass. */
export interface CheckCases {
  fail: Partial<Record<RuleId, FailCase[]>>;
  pass: PassCase[];
}

export const E = (rule: RuleId, path: string, zh: string, severity: Severity = 'error'): Expected => ({ rule, path, severity, zh });
export const W = (rule: RuleId, path: string, zh: string): Expected => E(rule, path, zh, 'warning');
export const r0 = (p: string) => `resources[0].${p}`;

export const catalogOf = (...resources: Resource[]): Catalog => validCatalog({ resources });
export const conditional = (extra: Partial<Resource> = {}) =>
  validResource({ shareType: 'conditional', shareCondition: '仅用于户籍业务办理', shareBasis: [LAW_BASIS], ...extra });
export const notShared = (extra: Partial<Resource> = {}) =>
  validResource({ shareType: 'none', shareCondition: '涉及个人隐私，依法不予共享', shareBasis: [LAW_BASIS], applicationMaterials: [], ...extra });
export const otherItems = () => [
  item({ name: '单位名称', fieldName: 'DWMC', length: 100 }),
  item({ name: '单位地址', fieldName: 'DWDZ', length: 200 }),
  item({ name: '联系电话', fieldName: 'LXDH', length: 20 }),
];
