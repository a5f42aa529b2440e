// Seeded generator of realistic county catalogs: a county data authority's aggregated catalog of its
// departments' and townships' resources, with a realistic mix of share/open types and, unless clean,
// the mistakes clerks really make (see mistakes.ts). Used by tests, benchmarks and training mode.
import data from '../../assets/samples/generator-data.json';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Basis, type Catalog, type DataItem, type Resource } from '../model/catalog.ts';
import type { DataType, FormatCategory, OpenType, ShareType, UpdateCycle } from '../model/enums.ts';
import { completeUscc, orgCodeCheckChar } from '../codes/uscc.ts';
import { ResourceCodeAllocator } from '../codes/resource-code.ts';
import { departmentClassification, type CodeScheme } from '../codes/code-scheme.ts';
import { loadProfile } from '../profiles/profile.ts';
import { Random } from './random.ts';
import { applyMistakes } from './mistakes.ts';

export interface SampleOptions {
  resources: number;
  seed: number;
  /** No errors under any profile (warnings about real-world patterns may remain). */
  clean?: boolean;
  profile?: string;
  /** Items per resource; by default 10-30, about 20 on average. */
  itemsPerResource?: number;
  /** Share of resources that get a mistake when not clean. */
  mistakeRate?: number;
  /**
   * The compiling department (the county data authority). Its division names the county whose departments and
   * townships provide the resources; by default 泗县数据资源管理局, 341324.
   */
  department?: { name?: string; uscc?: string; divisionCode?: string; number?: string; countyName?: string };
}

interface DepartmentSeed {
  name: string;
  /** A township government: its GB/T 10114 suffix (3 digits) after the county's code. */
  township?: string;
  subjects: string[];
  persons?: boolean;
  legal?: boolean;
}
interface ItemSeed {
  name: string;
  fieldName: string;
  dataType: string;
  length?: number;
  precision?: number;
  person?: boolean;
  legal?: boolean;
}

const DEPARTMENTS = data.departments as DepartmentSeed[];
const ITEMS = data.items as ItemSeed[];
const PERSON_ITEMS = ITEMS.filter((i) => i.person);
const LEGAL_ITEMS = ITEMS.filter((i) => i.legal);
const PLAIN_ITEMS = ITEMS.filter((i) => !i.person && !i.legal);
const COUNTY = { name: '泗县', division: '341324' };
const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 of a government organ (1 1) in the county, embedded org code included. */
export function sampleUscc(rng: Random, region = COUNTY.division): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += ORG_ALPHABET[rng.int(0, 9 + (i === 0 ? 0 : 21))];
  return completeUscc(`11${region}${body}${orgCodeCheckChar(body)}`);
}

function isoDate(rng: Random, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toItem(s: ItemSeed): DataItem {
  const item: DataItem = { name: s.name, fieldName: s.fieldName, dataType: s.dataType as DataType, nullable: true };
  if (s.length !== undefined) item.length = s.length;
  if (s.precision !== undefined) item.precision = s.precision;
  return item;
}

function chooseItems(rng: Random, count: number, persons: boolean, legal: boolean): DataItem[] {
  const chosen: ItemSeed[] = [];
  if (persons) chosen.push(...PERSON_ITEMS.slice(0, 2), ...rng.sample(PERSON_ITEMS.slice(2), rng.int(1, 4)));
  if (legal) chosen.push(...LEGAL_ITEMS.slice(0, 2), ...rng.sample(LEGAL_ITEMS.slice(2), rng.int(0, 3)));
  const rest = rng.sample(PLAIN_ITEMS, Math.max(0, count - chosen.length));
  const items = [...chosen, ...rest].slice(0, count).map(toItem);
  if (items[0]) items[0].isPrimaryKey = true;
  if (items[0]) items[0].nullable = false;
  return items;
}

const FORMAT_CHOICES: readonly (readonly [readonly [FormatCategory, string], number])[] = [
  [['database', 'oracle'], 30],
  [['database', 'MySQL'], 15],
  [['database', 'Dm'], 10],
  [['database', 'KingbaseES'], 5],
  [['spreadsheet', 'xlsx'], 20],
  [['spreadsheet', 'et'], 5],
  [['document', 'pdf'], 8],
  [['document', 'OFD'], 4],
  [['image', 'jpg'], 3],
];
const SHARE_CHOICES: readonly (readonly [ShareType, number])[] = [
  ['unconditional', 58],
  ['conditional', 34],
  ['none', 8],
];
const CYCLE_CHOICES: readonly (readonly [UpdateCycle, number])[] = [
  ['realtime', 15],
  ['daily', 25],
  ['weekly', 5],
  ['monthly', 20],
  ['quarterly', 10],
  ['yearly', 15],
  ['irregular', 10],
];

function openTypeFor(rng: Random, share: ShareType): OpenType {
  if (share === 'none') return 'none';
  return rng.weighted<OpenType>([
    ['unconditional', share === 'unconditional' ? 18 : 4],
    ['conditional', 12],
    ['none', 70],
  ]);
}

// Laws and administrative regulations are accepted by every profile; policies are not (e.g. Jilin Art. 25).
const UNIVERSAL_BASES = data.bases.filter((b) => b.level === 'law' || b.level === 'administrativeRegulation');

function bases(rng: Random, clean: boolean): Basis[] {
  return rng.sample(clean ? UNIVERSAL_BASES : data.bases, rng.int(1, 2)).map((b) => ({ ...b, level: b.level as Basis['level'] }));
}

interface Provider extends DepartmentSeed {
  uscc: string;
  shortName: string;
  divisionCode: string;
  /** 部门编号, assigned by the county (or, for its own offices, the township) authority. */
  number: string;
}

interface County {
  name: string;
  division: string;
}

// County departments are numbered 001, 002 … by the county; a township government is department 001 of its township.
function makeProviders(rng: Random, county: County): Provider[] {
  let next = 0;
  return DEPARTMENTS.map((d) => ({
    ...d,
    name: d.name.startsWith('县') ? county.name + d.name.slice(1) : d.name,
    shortName: d.name.replace(/人民政府$/, ''),
    uscc: sampleUscc(rng, county.division),
    divisionCode: d.township ? county.division + d.township : county.division,
    number: d.township ? '001' : String(++next).padStart(3, '0'),
  }));
}

function uniqueName(base: string, used: Map<string, number>): string {
  const n = used.get(base) ?? 0;
  used.set(base, n + 1);
  if (n === 0) return base;
  const year = 2014 + (n % 12);
  const batch = Math.floor(n / 12);
  return `${base}（${year}年度${batch ? `第${batch + 1}批` : ''}）`;
}

function makeResource(rng: Random, p: Provider, index: number, codes: ResourceCodeAllocator, usedNames: Map<string, number>, opts: SampleOptions, scheme: CodeScheme): Resource {
  const subject = rng.pick(p.subjects);
  const town = p.township ? p.shortName : '';
  const name = uniqueName(`${town}${subject}${rng.pick(data.kinds)}`, usedNames);
  const basic = (p.persons || p.legal) && rng.chance(0.1);
  // Every code carries the provider's division and number (core/codes/code-scheme.ts), basic-library ones too.
  const own = departmentClassification(p, scheme)!;
  const classification = basic ? { class: '1', item: p.persons ? '01' : '02', catalog: '001', subCatalogs: [...own.subCatalogs!] } : own;
  const [formatCategory, formatType] = rng.weighted(FORMAT_CHOICES);
  const shareType: ShareType = basic ? 'unconditional' : rng.weighted(SHARE_CHOICES);
  const openType = openTypeFor(rng, shareType);
  const persons = Boolean(p.persons) && rng.chance(0.7);
  const legal = Boolean(p.legal) && rng.chance(0.7);
  const count = opts.itemsPerResource ?? rng.int(10, 30);
  const cycle = rng.weighted(CYCLE_CHOICES);
  const r: Resource = {
    id: `r-${opts.seed}-${index}`,
    classification,
    code: codes.next(classification, scheme.sequenceWidth),
    name,
    providerName: p.name,
    providerCode: p.uscc,
    providerInnerDept: rng.pick(['办公室', '政策法规股', '业务股', '信息中心', '综合股']),
    abstract: `${p.name}在履行职责过程中形成的${subject}相关数据，包括${name.replace(/（.*$/, '')}的主要信息。`,
    formatCategory,
    formatType,
    items: chooseItems(rng, count, persons, legal),
    shareType,
    shareMethodCategory: 'platform',
    shareMethodType: formatCategory === 'database' ? rng.pick(['interface', 'database'] as const) : 'file',
    openType,
    updateCycle: cycle,
    publishDate: isoDate(rng, 2018, 2025),
    sourceSystem: `${p.shortName}${rng.pick(data.systems)}`,
    secret: false,
    dataGrade: shareType === 'unconditional' && openType !== 'none' ? 'general' : rng.weighted([['general', 85], ['important', 15]] as const),
    usageRequirements: rng.pick(data.usageRequirements),
    securityLevel: rng.pick(data.securityLevels),
    involvesNaturalPersons: persons,
    involvesLegalPersons: legal,
    relatedMatters: [{ name: `${subject}办理` }],
  };
  if (r.dataGrade !== 'general' && r.shareType === 'unconditional') r.dataGrade = 'general';
  if (r.dataGrade !== 'general' && r.openType !== 'none') r.openType = 'none';
  if (cycle === 'irregular') r.updateCycleNote = '业务发生变化后5个工作日内更新';
  if (shareType !== 'none') r.applicationMaterials = rng.sample(data.materials, rng.int(2, 4));
  if (shareType === 'conditional') r.shareCondition = rng.pick(data.conditions);
  if (shareType === 'none') r.shareCondition = '涉及个人隐私和敏感信息，依法不予共享';
  if (shareType !== 'unconditional') {
    r.shareBasis = bases(rng, Boolean(opts.clean));
    r.shareReview = { status: 'approved', reviewer: '县数据资源管理局', date: isoDate(rng, 2022, 2025) };
  }
  if (r.openType === 'conditional') r.openCondition = rng.pick(data.openConditions);
  if (r.openType === 'none') {
    r.notOpenReasons = [persons ? 'personalPrivacy' : rng.pick(['commercialSecret', 'personalPrivacy'] as const)];
  }
  return r;
}

export function generateCatalog(opts: SampleOptions): Catalog {
  const rng = new Random(opts.seed);
  const profile = opts.profile ?? 'anhui';
  const scheme = loadProfile(profile).codeScheme;
  const given = opts.department ?? {};
  const division = given.divisionCode?.trim() || COUNTY.division;
  const county: County = { name: given.countyName ?? (division.slice(0, 6) === COUNTY.division ? COUNTY.name : '本县'), division: division.slice(0, 6) };
  const providers = makeProviders(rng, county);
  const codes = new ResourceCodeAllocator();
  const usedNames = providers.map(() => new Map<string, number>());
  const resources: Resource[] = [];
  for (let i = 0; i < opts.resources; i++) {
    const pi = rng.int(0, providers.length - 1);
    resources.push(makeResource(rng, providers[pi]!, i, codes, usedNames[pi]!, opts, scheme));
  }
  // A few related-resource links, always to resources that exist.
  for (let i = 1; i < resources.length; i += 17) resources[i]!.relatedResourceCodes = [resources[rng.int(0, i - 1)]!.code!];
  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile,
    catalogVersion: 1,
    department: {
      name: given.name ?? `${county.name}数据资源管理局`,
      uscc: given.uscc ?? sampleUscc(rng, county.division),
      divisionCode: division,
      // The authority numbers itself after the departments it numbered, unless told its number.
      number: given.number ?? String(providers.filter((p) => !p.township).length + 1).padStart(scheme.departmentNumberWidth, '0'),
      contact: { name: '王晓明', phone: '0557-0000000' },
    },
    resources,
    codeSequences: codes.snapshot(),
  };
  if (!opts.clean) applyMistakes(catalog, new Random(opts.seed ^ 0x5bd1e995), opts.mistakeRate ?? 0.12);
  return catalog;
}
