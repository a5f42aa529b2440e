import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { checkCatalogStructure } from '../../../../core/format/catalog-file.ts';
import { PROFILE_IDS } from '../../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { loadDivisionTable } from '../../../../core/codes/division.ts';
import { checkUscc } from '../../../../core/codes/uscc.ts';
import { checkClassification } from '../../../../core/codes/classification.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';

const today = '2026-11-22';

describe('sample generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateCatalog({ resources: 50, seed: 9 });
    expect(generateCatalog({ resources: 50, seed: 9 })).toEqual(a);
    expect(generateCatalog({ resources: 50, seed: 10 })).not.toEqual(a);
  });

  it('produces structurally valid catalogs of the requested size', () => {
    const c = generateCatalog({ resources: 300, seed: 2, itemsPerResource: 20 });
    expect(checkCatalogStructure(c)).toEqual([]);
    expect(c.resources).toHaveLength(300);
    expect(c.resources.every((r) => r.items.length === 20)).toBe(true);
    expect(new Set(c.resources.map((r) => r.id)).size).toBe(300);
  });

  it('gives providers valid credit codes', () => {
    const c = generateCatalog({ resources: 100, seed: 4, clean: true });
    for (const code of new Set(c.resources.map((r) => r.providerCode!))) {
      const res = checkUscc(code);
      expect(res.problem).toBeUndefined();
      expect(res.orgCodeMismatch).toBeUndefined();
    }
  });

  it.each(PROFILE_IDS)('--clean has no errors under %s', async (profile) => {
    const catalog = generateCatalog({ resources: 1500, seed: 11, clean: true, profile });
    const engine = new RuleEngine({ profile, today, divisions: await loadDivisionTable() });
    const errors = engine.validateCatalog(catalog).filter((f) => f.severity === 'error');
    expect(errors.map((e) => `${e.ruleId} ${e.path} ${e.message.zh}`)).toEqual([]);
  });

  it('without --clean has a realistic mix of mistakes across many rules', () => {
    const catalog = generateCatalog({ resources: 2000, seed: 11 });
    const findings = new RuleEngine({ profile: 'sixian', today }).validateCatalog(catalog);
    const rules = new Set(findings.map((f) => f.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(20);
    const withErrors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.resourceIndex));
    expect(withErrors.size / 2000).toBeGreaterThan(0.05);
    expect(withErrors.size / 2000).toBeLessThan(0.25);
  });

  it('mixes share and open types like a real county catalog', () => {
    const c = generateCatalog({ resources: 3000, seed: 5, clean: true });
    const share = (t: string) => c.resources.filter((r) => r.shareType === t).length / 3000;
    expect(share('unconditional')).toBeGreaterThan(0.45);
    expect(share('conditional')).toBeGreaterThan(0.2);
    expect(share('none')).toBeGreaterThan(0.03);
    expect(c.resources.some((r) => r.openType === 'conditional')).toBe(true);
  });

  it('codes every resource by its provider’s division and number, never by the nodes earlier versions invented', () => {
    const c = generateCatalog({ resources: 600, seed: 3, clean: true });
    const tree = loadProfile('anhui').classification;
    const providers = new Map<string, string>();
    for (const r of c.resources) {
      const cl = r.classification!;
      expect(checkClassification(cl, tree), r.code).toBeUndefined();
      expect(cl.class + cl.item + cl.catalog).not.toMatch(/^30700[12]$/);
      const [division, number] = cl.subCatalogs!;
      expect(division).toMatch(/^341324(\d{3})?$/);
      expect(number).toMatch(/^\d{3}$/);
      // one provider, one (division, number); one (division, number), one provider
      const key = `${division}·${number}`;
      expect(providers.get(r.providerCode!) ?? key).toBe(key);
      providers.set(r.providerCode!, key);
    }
    expect(new Set(providers.values()).size).toBe(providers.size);
    expect(c.department.number).toMatch(/^\d{3}$/);
  });

  it('uses the department and county it is given', () => {
    const c = generateCatalog({ resources: 40, seed: 3, clean: true, department: { name: '灵璧县数据资源管理局', divisionCode: '341323', number: '030', countyName: '灵璧县' } });
    expect(c.department).toMatchObject({ name: '灵璧县数据资源管理局', divisionCode: '341323', number: '030' });
    expect(c.resources.every((r) => r.classification!.subCatalogs![0]!.startsWith('341323'))).toBe(true);
    expect(c.resources.some((r) => r.providerName!.startsWith('灵璧县'))).toBe(true);
    expect(c.resources.every((r) => r.providerCode!.slice(2, 8) === '341323')).toBe(true);
  });
});
