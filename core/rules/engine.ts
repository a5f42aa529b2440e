// The rule engine: runs the checks a profile enables and turns their raw findings into complete,
// cited, bilingual findings. Two entry points: one resource (live form validation) and a whole catalog
// (adds the cross-record checks). Findings never block saving; errors block only export.
import type { Catalog, Resource } from '../model/catalog.ts';
import type { Severity } from '../model/enums.ts';
import { fillLocal } from '../i18n/text.ts';
import type { ClassificationTree } from '../codes/classification.ts';
import type { DivisionTable } from '../codes/division.ts';
import { loadProfile, type Profile } from '../profiles/profile.ts';
import { FIELD_LABELS } from '../model/field-labels.ts';
import { ruleDefinition, type RuleDefinition } from './definitions.ts';
import { RULE_CHECKS } from './registry.ts';
import type { Emit, Finding, RawFinding, RuleCheck, RuleContext } from './types.ts';
import type { Citation } from '../regulations/citations.ts';
import type { CatalogRuleId } from '../model/rule-ids.ts';
import { clearDerived } from './derived.ts';

export interface EngineOptions {
  profile: string | Profile;
  divisions?: DivisionTable;
  tree?: ClassificationTree;
  /** YYYY-MM-DD; defaults to the local date. */
  today?: string;
}

interface ActiveRule {
  check: RuleCheck;
  def: RuleDefinition;
  severity: Severity;
  citations: Citation[];
}

const ITEM_INDEX = /\[\d+\]/g;

const SEVERITY_RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
/** A variant's own severity caps the rule's (the profile may lower it further, never raise it past the cap). */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export class RuleEngine {
  readonly profile: Profile;
  readonly context: RuleContext;
  private readonly active: ActiveRule[];

  constructor(options: EngineOptions) {
    const profile = typeof options.profile === 'string' ? loadProfile(options.profile) : options.profile;
    this.profile = profile;
    const vocab = profile.vocabulary;
    this.context = {
      profile,
      tree: options.tree ?? profile.classification,
      divisions: options.divisions,
      today: options.today ?? localToday(),
      label: (name, key) => (key !== undefined && vocab[name][key]) || { zh: key ?? '（空）', en: key ?? '(empty)' },
      fieldLabel: (path) => FIELD_LABELS[path.replace(ITEM_INDEX, '')] ?? { zh: path, en: path },
    };
    this.active = RULE_CHECKS.filter((c) => profile.rules.has(c.id)).map((check) => {
      const setting = profile.rules.get(check.id)!;
      const def = ruleDefinition(check.id);
      return { check, def, severity: setting.severity ?? def.severity, citations: setting.citations };
    });
  }

  /** Rule ids that run under this profile. */
  ruleIds(): CatalogRuleId[] {
    return this.active.map((a) => a.check.id);
  }

  private finding(rule: ActiveRule, raw: RawFinding, path: string, resource: Resource | undefined, index: number | undefined): Finding {
    const variant = rule.def.variants[raw.variant];
    if (!variant) throw new Error(`rule ${rule.def.id}: unknown variant ${raw.variant}`);
    const params = raw.params ?? {};
    let citations = rule.citations;
    if (raw.citations?.length) {
      citations = [...citations];
      for (const c of raw.citations) if (!citations.some((o) => o.doc === c.doc && o.article === c.article)) citations.push(c);
    }
    const f: Finding = {
      ruleId: rule.def.id,
      severity: variant.severity ? milder(rule.severity, variant.severity) : rule.severity,
      path,
      message: fillLocal(variant.message, params),
      hint: fillLocal(variant.hint, params),
      citations,
    };
    if (index !== undefined) f.resourceIndex = index;
    if (resource?.code) f.resourceCode = resource.code;
    if (resource?.name) f.resourceName = resource.name;
    return f;
  }

  /**
   * Validates one resource on its own (no cross-record rules). pathPrefix is where the resource sits,
   * e.g. "resources[12]", so paths match the whole-catalog report.
   */
  validateResource(resource: Resource, pathPrefix = '', index?: number): Finding[] {
    const out: Finding[] = [];
    try {
      this.runResourceRules(resource, pathPrefix, index, out);
    } finally {
      clearDerived();
    }
    return out;
  }

  // One emit function for the whole run, reading the rule and resource being checked from fields:
  // a closure per rule per resource was a million short-lived allocations on a county catalog.
  private cur: { rule: ActiveRule; resource: Resource; prefix: string; index: number | undefined; out: Finding[] } | undefined;
  private readonly emitResource: Emit = (raw) => {
    const c = this.cur!;
    c.out.push(this.finding(c.rule, raw, c.prefix + raw.path, c.resource, c.index));
  };

  private runResourceRules(resource: Resource, pathPrefix: string, index: number | undefined, out: Finding[]): void {
    const cur = { rule: this.active[0]!, resource, prefix: pathPrefix ? `${pathPrefix}.` : '', index, out };
    this.cur = cur;
    for (const rule of this.active) {
      const check = rule.check.resource;
      if (!check) continue;
      cur.rule = rule;
      check(resource, this.context, this.emitResource);
    }
    this.cur = undefined;
  }

  validateCatalog(catalog: Catalog): Finding[] {
    try {
      const out: Finding[] = [];
      const resources = catalog.resources;
      for (let i = 0; i < resources.length; i++) this.runResourceRules(resources[i]!, `resources[${i}]`, i, out);
      this.runCatalogChecks(catalog, out);
      return out;
    } finally {
      clearDerived();
    }
  }

  /**
   * Only the checks that look at the catalog as a whole (department, code uniqueness, 一数一源 …). With
   * validateResource for an edited resource this keeps a whole-catalog report current without re-checking
   * every resource.
   */
  validateCrossRecord(catalog: Catalog): Finding[] {
    try {
      const out: Finding[] = [];
      this.runCatalogChecks(catalog, out);
      return out;
    } finally {
      clearDerived();
    }
  }

  private runCatalogChecks(catalog: Catalog, out: Finding[]): void {
    const resources = catalog.resources;
    for (const rule of this.active) {
      const check = rule.check.catalog;
      if (!check) continue;
      const emit: Emit = (raw) => {
        const r = raw.resourceIndex !== undefined ? resources[raw.resourceIndex] : undefined;
        out.push(this.finding(rule, raw, raw.path, r, raw.resourceIndex));
      };
      check(catalog, this.context, emit);
    }
  }
}
