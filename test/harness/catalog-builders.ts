// Builders for complete, valid test data: a resource with every field filled in so that it produces
// no finding under any profile, and a catalog around it. Tests mutate one thing at a time through
// overrides and assert exactly what the engine reports.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Basis, type Catalog, type DataItem, type Department, type Need, type Resource } from '../../core/model/catalog.ts';
import { completeUscc, orgCodeCheckChar } from '../../core/codes/uscc.ts';
import { RuleEngine, type EngineOptions } from '../../core/rules/engine.ts';
import type { Finding } from '../../core/rules/types.ts';
import type { DivisionTable } from '../../core/codes/division.ts';

export const TODAY = '2026-11-22';

/**
 * A valid 统一社会信用代码 from registrar/category (2 chars), region (6 digits) and an 8-character
 * organisation-code body: the GB 11714 check character is appended to the body, then the GB 32100
 * check character to the whole.
 */
export function makeUscc(registrarAndCategory: string, region: string, body8: string): string {
  const org = orgCodeCheckChar(body8);
  if (org === undefined) throw new Error(`bad organisation code body ${body8}`);
  return completeUscc(`${registrarAndCategory}${region}${body8}${org}`);
}

/** A code whose GB 32100 checksum is right but whose embedded GB 11714 check character is wrong. */
export function makeUsccWithBadOrgCheck(registrarAndCategory: string, region: string, body8: string): string {
  const org = orgCodeCheckChar(body8)!;
  const wrong = org === '1' ? '2' : '1';
  return completeUscc(`${registrarAndCategory}${region}${body8}${wrong}`);
}

/** 泗县数据资源管理局 (机构编制, 机关). */
export const DEPARTMENT_USCC = makeUscc('11', '341324', 'MB001234');
/** The default provider: 泗县公安局. */
export const PROVIDER_USCC = makeUscc('11', '341324', '00300241');
export const PROVIDER_NAME = '泗县公安局';
/** A second provider, for cross-provider rules (R03, R28). */
export const OTHER_PROVIDER_USCC = makeUscc('11', '341324', '00300578');
export const OTHER_PROVIDER_NAME = '泗县民政局';

/** A basis every jurisdiction accepts for restricted sharing. */
export const LAW_BASIS: Basis = {
  title: '中华人民共和国个人信息保护法',
  docNo: '主席令第91号',
  article: '第十三条',
  level: 'law',
};

export function basis(overrides: Partial<Basis> = {}): Basis {
  return { ...LAW_BASIS, ...overrides };
}

/** The data items of the default resource; index 2 is 统一社会信用代码 (C, 18). */
export function validItems(): DataItem[] {
  return [
    { name: '姓名', fieldName: 'XM', dataType: 'C', length: 50, isPrimaryKey: false, nullable: false, sensitive: true, secret: false },
    { name: '公民身份号码', fieldName: 'GMSFHM', dataType: 'C', length: 18, isPrimaryKey: true, nullable: false, sensitive: true, secret: false },
    { name: '统一社会信用代码', fieldName: 'TYSHXYDM', dataType: 'C', length: 18, isPrimaryKey: false, nullable: true, sensitive: false, secret: false },
    { name: '出生日期', fieldName: 'CSRQ', dataType: 'D', isPrimaryKey: false, nullable: true, sensitive: true, secret: false },
    { name: '登记金额', fieldName: 'DJJE', dataType: 'N', length: 16, precision: 2, isPrimaryKey: false, nullable: true, sensitive: false, secret: false },
  ];
}

export function item(overrides: Partial<DataItem> & { name: string }): DataItem {
  return { dataType: 'C', length: 50, ...overrides };
}

/**
 * The default provider's classification under the code scheme (docs/code-scheme.md): 类 3 · 项 07 · 安徽 034 ·
 * 泗县 341324 · 部门编号 001 (泗县公安局).
 */
export const PROVIDER_PREFIX = '307034341324001';
export const providerClassification = () => ({ class: '3', item: '07', catalog: '034', subCatalogs: ['341324', '001'] });

function baseResource(): Resource {
  return {
    id: 'res-0001',
    classification: providerClassification(),
    code: `${PROVIDER_PREFIX}/000001`,
    name: '户籍人口基本信息',
    providerName: PROVIDER_NAME,
    providerCode: PROVIDER_USCC,
    providerInnerDept: '户政管理大队',
    abstract: '泗县户籍人口的姓名、公民身份号码、出生日期等基本信息。',
    formatCategory: 'database',
    formatType: 'oracle',
    formatOtherDesc: '',
    items: validItems(),
    shareType: 'unconditional',
    shareCondition: '',
    shareBasis: [],
    shareMethodCategory: 'platform',
    shareMethodType: 'interface',
    applicationMaterials: ['共享申请表', '用途说明'],
    shareReview: { status: 'notRequired' },
    openType: 'none',
    openCondition: '',
    notOpenReasons: ['personalPrivacy'],
    notOpenNote: '',
    desensitized: false,
    rightsHolderConsent: false,
    updateCycle: 'daily',
    updateCycleNote: '',
    publishDate: '2024-01-01',
    relatedResourceCodes: [],
    relatedMatters: [{ name: '户口登记', code: '000123456000' }],
    sourceSystem: '人口管理信息系统',
    secret: false,
    dataGrade: 'general',
    usageRequirements: '仅限用于政务服务办理，不得向第三方提供。',
    securityLevel: '三级',
    itProject: '泗县公安信息化二期',
    involvesNaturalPersons: true,
    involvesLegalPersons: true,
    survey: {
      storageGB: 12.5,
      structuredRecords10k: 98,
      sharedStorageGB: 12.5,
      sharedRecords10k: 98,
      openedStorageGB: 0,
      openedRecords10k: 0,
    },
    extensions: { 备注: '无' },
  };
}

/** A complete, valid resource; overrides replace top-level fields (pass `undefined` to remove one). */
export function validResource(overrides: Partial<Resource> = {}): Resource {
  const r: Resource = { ...baseResource(), ...overrides };
  for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete (r as unknown as Record<string, unknown>)[k];
  return r;
}

/** Changes fields of one data item of a resource (undefined removes the field). */
export function withItem(r: Resource, index: number, overrides: Partial<DataItem>): Resource {
  const items = r.items.map((it, i) => {
    if (i !== index) return it;
    const next: DataItem = { ...it, ...overrides };
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete (next as unknown as Record<string, unknown>)[k];
    return next;
  });
  return { ...r, items };
}

export function validDepartment(overrides: Partial<Department> = {}): Department {
  return {
    name: '泗县数据资源管理局',
    uscc: DEPARTMENT_USCC,
    divisionCode: '341324',
    number: '021',
    contact: { name: '张三', phone: '0557-1234567', email: 'sjj@sixian.gov.cn' },
    ...overrides,
  };
}

/** A valid need of the 需求清单 (R45 passes): data wanted from another department, with its scenario and basis. */
export function validNeed(overrides: Partial<Need> = {}): Need {
  return {
    id: 'need-0001',
    requester: '泗县农业农村局',
    resourceName: '不动产登记信息',
    items: ['权利人', '坐落', '不动产单元号'],
    holder: '泗县自然资源和规划局',
    scenario: '农村宅基地审批核验',
    basis: [LAW_BASIS],
    urgency: 'normal',
    status: 'raised',
    raisedOn: '2026-11-02',
    ...overrides,
  };
}

/** A valid catalog; by default it holds one valid resource. */
export function validCatalog(overrides: Partial<Catalog> = {}): Catalog {
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: 'anhui',
    catalogVersion: 1,
    updatedAt: '2026-11-01T08:00:00Z',
    codeSequences: { [PROVIDER_PREFIX]: 1 },
    department: validDepartment(),
    resources: [validResource()],
    ...overrides,
  };
}

/** The i-th (0-based) distinct valid resource of the default provider: its own id, code and name. */
export function nthResource(i: number, overrides: Partial<Resource> = {}): Resource {
  return validResource({
    id: `res-${String(i + 1).padStart(4, '0')}`,
    code: `${PROVIDER_PREFIX}/${String(i + 1).padStart(6, '0')}`,
    name: `户籍人口基本信息第${i + 1}册`,
    ...overrides,
  });
}

export function engineFor(profile: string, extra: Partial<EngineOptions> = {}): RuleEngine {
  return new RuleEngine({ profile, today: TODAY, ...extra });
}

export function engineWithDivisions(profile: string, divisions: DivisionTable): RuleEngine {
  return new RuleEngine({ profile, today: TODAY, divisions });
}

function isCatalog(x: Resource | Catalog): x is Catalog {
  return 'resources' in x && Array.isArray((x as Catalog).resources);
}

/** All findings: a catalog is validated whole; a resource alone, as resources[0]. */
export function allFindings(engine: RuleEngine, subject: Resource | Catalog): Finding[] {
  return isCatalog(subject) ? engine.validateCatalog(subject) : engine.validateResource(subject, 'resources[0]', 0);
}

/** The findings of one rule. */
export function findingsOf(engine: RuleEngine, subject: Resource | Catalog, ruleId: string): Finding[] {
  return allFindings(engine, subject).filter((f) => f.ruleId === ruleId);
}

/** Compact "ruleId path" lines, for readable assertion failures. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.path} ${f.message.zh}`);
}
