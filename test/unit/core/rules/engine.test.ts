// The engine as a whole: runs are independent of each other, in-place edits are seen, whole-catalog
// and single-resource validation agree, and a profile's rule set is what runs.
import { describe, expect, it } from 'vitest';
import { loadProfile, PROFILE_IDS } from '../../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { ClassificationTree } from '../../../../core/codes/classification.ts';
import { engineFor, findingsOf, nthResource, summary, TODAY, validCatalog, validResource, withItem } from '../../../harness/catalog-builders.ts';

describe('RuleEngine', () => {
  it('runs exactly the rules its profile enables', () => {
    for (const p of PROFILE_IDS) expect(new Set(engineFor(p).ruleIds()), p).toEqual(new Set(loadProfile(p).rules.keys()));
    expect(engineFor('national').ruleIds()).not.toContain('R21');
  });

  it('sees in-place edits between runs', () => {
    const catalog = validCatalog({ resources: [nthResource(0), nthResource(1)] });
    const engine = engineFor('national');
    expect(summary(engine.validateCatalog(catalog))).toEqual([]);
    catalog.resources[1]!.items[3]!.name = '姓名';
    catalog.resources[1]!.code = '307034341324001/000001';
    catalog.resources[0]!.relatedResourceCodes = ['307034341324001/000002'];
    const second = engine.validateCatalog(catalog).map((f) => `${f.ruleId} ${f.path}`);
    expect(second.sort()).toEqual(['R02 resources[1].code', 'R12 resources[1].items[3].name', 'R14 resources[0].relatedResourceCodes[0]'].sort());
    catalog.resources[1]!.items[3]!.name = '出生日期';
    catalog.resources[1]!.code = '307034341324001/000002';
    expect(summary(engine.validateCatalog(catalog))).toEqual([]);
  });

  it('gives the same findings on repeated runs and across engines', () => {
    const c = validCatalog({ resources: [nthResource(0, { updateCycle: 'irregular' }), nthResource(1, { code: '307034341324001/000001', publishDate: '2024-13-01' })] });
    const a = engineFor('anhui').validateCatalog(c);
    expect(engineFor('anhui').validateCatalog(c)).toEqual(a);
    expect(engineFor('anhui').validateCatalog(c)).toEqual(a);
    expect(a.map((f) => f.ruleId).sort()).toEqual(['R02', 'R09', 'R10']);
  });

  it('reports a resource the same alone and inside a catalog, apart from cross-record rules', () => {
    const bad = withItem(nthResource(1, { updateCycle: 'other', dataGrade: 'core' }), 2, { length: undefined });
    const engine = engineFor('jilin');
    const alone = engine.validateResource(bad, 'resources[1]', 1);
    const inCatalog = engine.validateCatalog(validCatalog({ resources: [nthResource(0), bad] })).filter((f) => f.resourceIndex === 1);
    expect(inCatalog).toEqual(alone);
    expect(alone.map((f) => f.ruleId).sort()).toEqual(['R09', 'R13', 'R18']);
  });

  it('uses the injected date, not the clock', () => {
    const r = validResource({ publishDate: '2030-01-01' });
    expect(findingsOf(new RuleEngine({ profile: 'national', today: '2029-12-31' }), r, 'R10')).toHaveLength(1);
    expect(findingsOf(new RuleEngine({ profile: 'national', today: '2030-01-01' }), r, 'R10')).toHaveLength(0);
  });

  it('uses an injected classification tree for the basic-library rule', () => {
    const tree = ClassificationTree.national([{ code: '307', zh: '测试基础库', en: 'test library', basicLibrary: 'credit' }]);
    const r = validResource({ shareType: 'conditional', shareCondition: '条件', shareBasis: [{ title: '法', level: 'law', article: '第一条' }] });
    expect(findingsOf(new RuleEngine({ profile: 'yangzhou', today: TODAY }), r, 'R24')).toEqual([]);
    const [f] = findingsOf(new RuleEngine({ profile: 'yangzhou', today: TODAY, tree }), r, 'R24');
    expect(f!.message.zh).toContain('「测试基础库」');
  });

  it('accepts a profile object as well as an id', () => {
    const engine = new RuleEngine({ profile: loadProfile('jilin'), today: TODAY });
    expect(engine.profile.id).toBe('jilin');
    expect(engine.ruleIds()).toEqual(engineFor('jilin').ruleIds());
  });

  it('treats duplicate codes that differ only in surrounding space as duplicates', () => {
    const c = validCatalog({ resources: [nthResource(0), nthResource(1, { code: ' 307001/000001 ' })] });
    expect(findingsOf(engineFor('national'), c, 'R02').map((f) => f.path)).toEqual(['resources[1].code']);
  });

  it('reports every repeat of a duplicated code against the first use', () => {
    const c = validCatalog({ resources: [nthResource(0), nthResource(1, { code: '307034341324001/000001' }), nthResource(2, { code: '307034341324001/000001' })] });
    const f = findingsOf(engineFor('national'), c, 'R02');
    expect(f.map((x) => x.path)).toEqual(['resources[1].code', 'resources[2].code']);
    expect(f.every((x) => x.message.zh.includes('已被第 1 条资源'))).toBe(true);
  });
});
