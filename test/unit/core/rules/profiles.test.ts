// Where jurisdictions differ: accepted basis levels, required content, rules only some enable,
// vocabulary, and the citations findings carry.
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/model/catalog.ts';
import type { Citation } from '../../../../core/regulations/citations.ts';
import { loadProfile, PROFILE_IDS } from '../../../../core/profiles/profile.ts';
import {
  allFindings,
  basis,
  engineFor,
  findingsOf,
  LAW_BASIS,
  nthResource,
  OTHER_PROVIDER_NAME,
  OTHER_PROVIDER_USCC,
  PROVIDER_PREFIX,
  summary,
  TODAY,
  validCatalog,
  validResource,
} from '../../../harness/catalog-builders.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import type { CatalogRuleId } from '../../../../core/model/rule-ids.ts';

const notShared = (levelBasis: Resource['shareBasis']) =>
  validResource({ shareType: 'none', shareCondition: '涉及个人隐私', shareBasis: levelBasis, applicationMaterials: [] });
const conditional = (levelBasis: Resource['shareBasis']) =>
  validResource({ shareType: 'conditional', shareCondition: '仅用于户籍业务', shareBasis: levelBasis, shareReview: { status: 'approved' } });
const localRegulation = basis({ title: '省数据条例', level: 'localRegulation', article: '第二十条' });
const normativeDoc = basis({ title: '市政府办公室通知', level: 'normativeDocument', article: '第三条' });
const nationalPolicy = basis({ title: '国家政策文件', level: 'nationalPolicy', article: '第五条' });

const cites = (cs: readonly Citation[], doc: string, article: string) => cs.some((c) => c.doc === doc && c.article === article);
const profilesWith = (rule: CatalogRuleId) => PROFILE_IDS.filter((p) => loadProfile(p).rules.has(rule));

describe('R21 accepted basis levels per jurisdiction', () => {
  it.each([
    ['anhui', 'none', localRegulation, false],
    ['anhui', 'conditional', localRegulation, false],
    ['anhui', 'none', nationalPolicy, false],
    ['anhui', 'conditional', basis({ level: 'centralPolicy' }), true],
    ['jilin', 'none', localRegulation, true],
    ['jilin', 'conditional', basis({ level: 'localGovernmentRule' }), true],
    ['jilin', 'none', basis({ level: 'centralPolicy' }), false],
    ['jilin', 'none', normativeDoc, false],
    ['yangzhou', 'conditional', normativeDoc, true],
    ['yangzhou', 'none', normativeDoc, false],
    ['yangzhou', 'none', nationalPolicy, true],
    ['shanxi', 'none', normativeDoc, true],
    // Sixian is Anhui plus its own measures: both apply, so only levels both accept pass.
    ['sixian', 'none', localRegulation, false],
    ['sixian', 'none', nationalPolicy, false],
    ['sixian', 'none', LAW_BASIS, true],
  ] as const)('%s, %s share, %o → accepted %s', (profile, share, b, accepted) => {
    const r = share === 'none' ? notShared([b]) : conditional([b]);
    const f = findingsOf(engineFor(profile), r, 'R21');
    if (accepted) expect(summary(f)).toEqual([]);
    else expect(f.map((x) => x.path)).toEqual(['resources[0].shareBasis[0].level']);
  });

  it('names the accepted levels in the jurisdiction wording, or any level', () => {
    const [anhui] = findingsOf(engineFor('anhui'), notShared([]), 'R21');
    expect(anhui!.message.zh).toContain('（法律、行政法规、党中央、国务院政策）');
    const [jilin] = findingsOf(engineFor('jilin'), notShared([]), 'R21');
    expect(jilin!.message.zh).toContain('共享类型为「非共享」，须列明依据（法律、行政法规、地方性法规、部门规章、地方政府规章）');
    const [shanxi] = findingsOf(engineFor('shanxi'), notShared([]), 'R21');
    expect(shanxi!.message.zh).toContain('（任一层级）');
    expect(shanxi!.message.en).toContain('(any level)');
  });

  it('cites Anhui 第二十二条 with its text', () => {
    const [f] = findingsOf(engineFor('anhui'), notShared([localRegulation]), 'R21');
    const c = f!.citations.find((x) => x.doc === 'anhui' && x.article === '第二十二条');
    expect(c).toBeDefined();
    expect((c!.quote ?? c!.summaryZh ?? '').length).toBeGreaterThan(10);
    expect(c!.title).toBe('安徽省政务数据资源管理办法');
    expect(c!.kind).toBe('regulation');
    // Cited once, although both the rule setting and the basis levels name it.
    expect(f!.citations.filter((x) => x.doc === 'anhui' && x.article === '第二十二条')).toHaveLength(1);
  });

  it('cites both Anhui and Sixian under Sixian', () => {
    const [f] = findingsOf(engineFor('sixian'), notShared([]), 'R21');
    expect(cites(f!.citations, 'anhui', '第二十二条')).toBe(true);
    expect(cites(f!.citations, 'sixian', '第二十五条')).toBe(true);
  });

  it('does not run in the national baseline', () => {
    expect(findingsOf(engineFor('national'), notShared([]), 'R21')).toEqual([]);
    expect(profilesWith('R21')).toEqual(['anhui', 'sixian', 'yangzhou', 'shanxi', 'jilin']);
  });
});

describe('R20 content the jurisdiction requires', () => {
  it('is enabled wherever a profile requires content of its own', () => {
    for (const p of PROFILE_IDS) {
      if (loadProfile(p).requiredContent.size > 0) expect(engineFor(p).ruleIds(), p).toContain('R20');
    }
  });

  it('Anhui requires usage requirements (Art. 13), the national baseline does not', () => {
    const r = validResource({ usageRequirements: ' ' });
    expect(summary(allFindings(engineFor('national'), r))).toEqual([]);
    const f = allFindings(engineFor('anhui'), r);
    expect(f.map((x) => `${x.ruleId} ${x.path} ${x.severity}`)).toEqual(['R20 resources[0].usageRequirements error']);
    expect(f[0]!.message.zh).toContain('本地规定目录须载明「使用要求」，但未填写');
    expect(cites(f[0]!.citations, 'anhui', '第十三条')).toBe(true);
  });

  it('Chongqing requires the security level (Art. 11)', () => {
    const r = validResource({ securityLevel: undefined });
    expect(summary(allFindings(engineFor('anhui'), r))).toEqual([]);
    const f = allFindings(engineFor('chongqing'), r);
    expect(f.map((x) => `${x.ruleId} ${x.path}`)).toEqual(['R20 resources[0].securityLevel']);
    expect(f[0]!.message.zh).toContain('「安全级别」');
    expect(cites(f[0]!.citations, 'chongqing', '第十一条')).toBe(true);
  });

  it('does not repeat what R01 already reports', () => {
    const r = validResource({ shareType: undefined });
    const f = allFindings(engineFor('chongqing'), r);
    expect(f.map((x) => `${x.ruleId} ${x.path}`)).toEqual(['R01 resources[0].shareType']);
  });
});

describe('rules only some jurisdictions enable', () => {
  const restricted = conditional([LAW_BASIS]);
  const basic = validResource({
    classification: { class: '1', item: '02', catalog: '001' },
    code: '102001/000001',
    shareType: 'conditional',
    shareCondition: '仅用于企业登记',
    shareBasis: [LAW_BASIS],
    shareReview: { status: 'approved' },
  });
  const noId = validResource({ items: validResource().items.filter((_, i) => i !== 1) });

  it('R22 runs only in Shanxi', () => {
    expect(profilesWith('R22')).toEqual(['shanxi']);
    const pending = { ...restricted, shareReview: { status: 'pending' as const } };
    for (const p of PROFILE_IDS) expect(findingsOf(engineFor(p), pending, 'R22').length, p).toBe(p === 'shanxi' ? 1 : 0);
  });

  it('R24 and R25 run only in Yangzhou', () => {
    expect(profilesWith('R24')).toEqual(['yangzhou']);
    expect(profilesWith('R25')).toEqual(['yangzhou']);
    for (const p of PROFILE_IDS) {
      expect(findingsOf(engineFor(p), basic, 'R24').length, p).toBe(p === 'yangzhou' ? 1 : 0);
      expect(findingsOf(engineFor(p), noId, 'R25').length, p).toBe(p === 'yangzhou' ? 1 : 0);
    }
    const [f] = findingsOf(engineFor('yangzhou'), basic, 'R24');
    expect(f!.message.zh).toContain('「法人单位基础信息资源」');
    expect(cites(f!.citations, 'yangzhou', '第二十一条')).toBe(true);
  });

  it('R27 runs in Sixian, Yangzhou, Shanxi and Nanjing', () => {
    const paper = validResource({ formatCategory: 'paper', formatType: '纸质表单', shareMethodType: 'file' });
    const hits = PROFILE_IDS.filter((p) => findingsOf(engineFor(p), paper, 'R27').length > 0);
    expect(hits).toEqual(['sixian', 'yangzhou', 'shanxi', 'nanjing']);
    const [f] = findingsOf(engineFor('sixian'), paper, 'R27');
    expect(cites(f!.citations, 'sixian', '第三条')).toBe(true);
    expect(cites(f!.citations, 'sixian', '第十八条')).toBe(true);
  });

  it('R28 one source needs a regulation that says so: since 2025 the national 条例 does, everywhere', () => {
    const twice = validCatalog({
      resources: [nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC })],
    });
    const hits = PROFILE_IDS.filter((p) => findingsOf(engineFor(p), twice, 'R28').length > 0);
    expect(hits).toEqual([...PROFILE_IDS]);
    expect(findingsOf(engineFor('nanjing'), twice, 'R28')[0]!.citations.map((c) => `${c.doc} ${c.article}`)).toEqual(['sharing2025 第十九条']);
    const shanxi = findingsOf(engineFor('shanxi'), twice, 'R28')[0]!.citations;
    expect(cites(shanxi, 'shanxi', '第十条')).toBe(true);
    expect(cites(shanxi, 'sharing2025', '第十九条')).toBe(true);
  });
});

describe('the 2025 national layer', () => {
  it('applies in every profile, each finding citing the national article', () => {
    for (const id of PROFILE_IDS) {
      const ws = findingsOf(engineFor(id), validResource({ workSecret: true }), 'R41');
      expect(ws.map((f) => f.citations.map((c) => `${c.doc} ${c.article}`)), id).toEqual([['sharing2025 第三条']]);
      const reg = findingsOf(engineFor(id), validResource({ authorizedOperation: true }), 'R44');
      expect(reg[0]!.citations.map((c) => `${c.doc} ${c.article}`), id).toEqual(['registration2025 第五条', 'registration2025 第十三条']);
    }
  });

  it('adds the validity article to an expired registration only', () => {
    const expired = validResource({ authorizedOperation: true, registration: { status: 'coded', code: 'DJ-1', codedOn: '2020-01-01' } });
    expect(cites(findingsOf(engineFor('national'), expired, 'R44')[0]!.citations, 'registration2025', '第十五条')).toBe(true);
    expect(cites(findingsOf(engineFor('national'), validResource({ authorizedOperation: true }), 'R44')[0]!.citations, 'registration2025', '第十五条')).toBe(false);
  });

  it('R42 compares the lead collector with the provider only when there is one', () => {
    expect(findingsOf(engineFor('national'), validResource({ leadCollectingDepartment: '泗县民政局', providerName: undefined }), 'R42')).toEqual([]);
    expect(findingsOf(engineFor('national'), validResource({ leadCollectingDepartment: '泗县民政局', providerName: ' ' }), 'R42')).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('Jilin says 授权共享 where Anhui says 有条件共享', () => {
    const r = validResource({ shareType: 'conditional', shareBasis: [LAW_BASIS] });
    const [anhui] = findingsOf(engineFor('anhui'), r, 'R04');
    const [jilin] = findingsOf(engineFor('jilin'), r, 'R04');
    expect(anhui!.message.zh).toContain('「有条件共享」');
    expect(anhui!.message.zh).not.toContain('授权共享');
    expect(jilin!.message.zh).toContain('「授权共享」');
    expect(jilin!.message.en).toContain('"authorised sharing"');
    expect(cites(jilin!.citations, 'jilin', '第二十五条')).toBe(true);
    expect(cites(anhui!.citations, 'anhui', '第二十二条')).toBe(true);
  });

  it('the national wording of 不予开放 is kept where no profile changes it', () => {
    const r = validResource({ shareType: 'none', shareCondition: '涉密', shareBasis: [LAW_BASIS], openType: 'conditional', openCondition: '申请', notOpenReasons: [] });
    expect(findingsOf(engineFor('yangzhou'), r, 'R05')[0]!.hint.zh).toContain('「不予开放」');
    expect(findingsOf(engineFor('anhui'), r, 'R05')[0]!.hint.zh).toContain('「非开放」');
  });
});

describe('citations on findings', () => {
  it('R01 for a field the profile also requires cites the guideline and the local article', () => {
    const r = validResource({ classification: undefined });
    const [national] = findingsOf(engineFor('national'), r, 'R01');
    expect(national!.citations.map((c) => `${c.doc} ${c.article}`)).toEqual(['national 核心元数据', 'sharing2025 统一目录管理', 'sharing2025 第十六条']);
    const [anhui] = findingsOf(engineFor('anhui'), r, 'R01');
    expect(cites(anhui!.citations, 'national', '核心元数据')).toBe(true);
    expect(cites(anhui!.citations, 'anhui', '第十三条')).toBe(true);
    const [sixian] = findingsOf(engineFor('sixian'), r, 'R01');
    expect(cites(sixian!.citations, 'sixian', '第十五条')).toBe(true);
    expect(cites(sixian!.citations, 'anhui', '第十三条')).toBe(true);
  });

  it('R01 for a field the profile does not name cites only the national texts (guideline and 条例)', () => {
    const [f] = findingsOf(engineFor('anhui'), validResource({ publishDate: undefined }), 'R01');
    expect(f!.citations.map((c) => `${c.doc} ${c.article}`)).toEqual(['national 核心元数据', 'sharing2025 统一目录管理', 'sharing2025 第十六条']);
  });

  it('a rule the profile inherits keeps the inherited citation and adds its own', () => {
    const r = validResource({ shareType: 'conditional', shareBasis: [LAW_BASIS] });
    const [f] = findingsOf(engineFor('sixian'), r, 'R04');
    expect(f!.citations.map((c) => `${c.doc} ${c.article}`)).toEqual(['national 共享属性', 'sharing2025 共享属性分类', 'anhui 第二十二条', 'sixian 第二十五条']);
  });

  it('practice rules are marked as practice, not law', () => {
    const [f] = findingsOf(engineFor('national'), validResource({ updateCycle: 'irregular' }), 'R09');
    expect(f!.citations.map((c) => c.kind)).toEqual(['practice']);
    const [g] = findingsOf(engineFor('national'), validResource({ providerCode: 'B' + validResource().providerCode!.slice(1) }), 'R11');
    expect(g!.citations[0]!.kind).toBe('standard');
    expect(g!.citations[0]!.docNo).toBe('GB 32100-2015');
  });

  it('resource findings say which resource they belong to', () => {
    const r = validResource({ updateCycle: 'irregular' });
    const [f] = engineFor('national').validateResource(r, 'resources[7]', 7);
    expect(f!.path).toBe('resources[7].updateCycleNote');
    expect(f!.resourceIndex).toBe(7);
    expect(f!.resourceCode).toBe('307034341324001/000001');
    expect(f!.resourceName).toBe('户籍人口基本信息');
    const [g] = engineFor('national').validateResource(r);
    expect(g!.path).toBe('updateCycleNote');
    expect(g!.resourceIndex).toBeUndefined();
  });

  it('catalog findings point at the resource by index', () => {
    const c = validCatalog({ resources: [nthResource(0), nthResource(1), nthResource(2, { code: '307034341324001/000002' })] });
    const [f] = findingsOf(engineFor('national'), c, 'R02');
    expect(f!.path).toBe('resources[2].code');
    expect(f!.resourceIndex).toBe(2);
    expect(f!.resourceName).toBe('户籍人口基本信息第3册');
    expect(f!.message.zh).toContain('已被第 2 条资源「户籍人口基本信息第2册」使用');
  });
});

describe('R17 item and resource share types (catalog-standard §4.1)', () => {
  // "if any item is 有条件/不予 then the resource must not be 无条件" — and the rule's own hint:
  // a resource may not be shared more freely than any of its items.
  it('flags an unconditionally shared resource with an item that is not shared', () => {
    const r = validResource();
    r.items = r.items.map((i, k) => (k === 1 ? { ...i, shareType: 'none' as const } : i));
    const f = findingsOf(engineFor('national'), r, 'R17');
    expect(f.map((x) => x.path)).toEqual(['resources[0].items[1].shareType']);
  });
});

describe('the 顺序码 width as profile data', () => {
  const fixed = (width: number) => {
    const anhui = loadProfile('anhui');
    return new RuleEngine({ profile: { ...anhui, codeScheme: { ...anhui.codeScheme, sequenceWidth: width } }, today: TODAY });
  };
  const seq = (engine: RuleEngine, code: string) => engine.validateResource(validResource({ code })).filter((f) => f.ruleId === 'R02').map((f) => f.severity);

  it('is fixed by no shipped profile: 4–5 digits only warn everywhere', () => {
    for (const p of PROFILE_IDS) {
      expect(loadProfile(p).codeScheme.sequenceWidth, p).toBeUndefined();
      expect(seq(engineFor(p), `${PROVIDER_PREFIX}/0001`), p).toEqual(['warning']);
    }
  });

  it('makes any other width an error where a profile fixes one, and accepts that width', () => {
    expect(seq(fixed(6), `${PROVIDER_PREFIX}/0001`)).toEqual(['error']);
    expect(seq(fixed(4), `${PROVIDER_PREFIX}/0001`)).toEqual([]);
    expect(seq(fixed(4), `${PROVIDER_PREFIX}/000001`)).toEqual(['error']);
  });
});

describe('R46 补充目录 where a profile provides for none', () => {
  it('is off where the regulation provides for one (Jilin Art. 15, Anhui Art. 14 and Sixian under it), on elsewhere', () => {
    expect(PROFILE_IDS.filter((p) => !loadProfile(p).rules.has('R46')).sort()).toEqual(['anhui', 'jilin', 'sixian']);
  });
});
