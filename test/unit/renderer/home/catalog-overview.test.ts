// 首页's overview of a catalog: counts by share and open type (blank counted apart), items, completeness from the
// required-content findings of the rule engine (so it agrees with 校验), and findings by severity.
import { describe, expect, it } from 'vitest';
import type { Catalog, Resource } from '../../../../core/model/catalog.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { catalogOverview, requiredFieldOf } from '../../../../renderer/home/catalog-overview.ts';
import { allFindings, validateAll } from '../../../../renderer/services/session/catalog-findings.ts';

function overviewOf(catalog: Catalog, profile = 'anhui') {
  const engine = new RuleEngine({ profile });
  return catalogOverview(catalog, allFindings(catalog, validateAll(engine, catalog)));
}

describe('catalog overview', () => {
  it('counts a clean sample as complete, and by type exactly as the resources say', () => {
    const catalog = generateCatalog({ resources: 120, seed: 5, clean: true, profile: 'anhui' });
    const o = overviewOf(catalog);
    expect(o.resources).toBe(120);
    expect(o.items).toBe(catalog.resources.reduce((n, r) => n + r.items.length, 0));
    expect(o.complete).toBe(120);
    expect(o.missing).toEqual([]);
    for (const type of ['unconditional', 'conditional', 'none'] as const) {
      expect(o.byShareType[type]).toBe(catalog.resources.filter((r) => r.shareType === type).length);
      expect(o.byOpenType[type]).toBe(catalog.resources.filter((r) => r.openType === type).length);
    }
    expect(o.byShareType.unset).toBe(0);
    expect(o.findings.error).toBe(0);
  });

  it('counts a resource with a required field missing as incomplete, and says which field', () => {
    const catalog = generateCatalog({ resources: 30, seed: 5, clean: true, profile: 'anhui' });
    const strip = (r: Resource, ...fields: (keyof Resource)[]) => {
      const copy = { ...r };
      for (const f of fields) delete copy[f];
      return copy;
    };
    catalog.resources[3] = strip(catalog.resources[3]!, 'shareType', 'abstract');
    catalog.resources[7] = strip(catalog.resources[7]!, 'shareType');
    catalog.resources[9] = { ...catalog.resources[9]!, items: catalog.resources[9]!.items.map((i, k) => (k === 1 ? { ...i, name: ' ' } : i)) };
    const o = overviewOf(catalog);
    expect(o.complete).toBe(27);
    expect(o.byShareType.unset).toBe(2);
    expect(o.missing.slice(0, 1)).toEqual([{ field: 'shareType', resources: 2 }]);
    expect(o.missing).toContainEqual({ field: 'abstract', resources: 1 });
    expect(o.missing).toContainEqual({ field: 'items.name', resources: 1 });
    expect(o.findings.error).toBeGreaterThanOrEqual(4);
  });

  it('counts the findings by severity, matching the flat list', () => {
    const catalog = generateCatalog({ resources: 200, seed: 11, profile: 'sixian' });
    const findings = allFindings(catalog, validateAll(new RuleEngine({ profile: 'sixian' }), catalog));
    const o = catalogOverview(catalog, findings);
    expect(o.findings.error + o.findings.warning + o.findings.info).toBe(findings.length);
    expect(o.findings.error).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(o.complete).toBeLessThan(200); // the sample carries clerks' typical omissions
  });

  it('names a required field without the resource or item position', () => {
    expect(requiredFieldOf('resources[12].items[3].dataType')).toBe('items.dataType');
    expect(requiredFieldOf('resources[2].shareType')).toBe('shareType');
    expect(requiredFieldOf('resources[2].items')).toBe('items');
  });
});
