// The mistakes clerks make, applied to a share of generated resources so that validation, import and
// training have something real to find. Each mistake is one small mutation.
import type { Catalog, Resource } from '../model/catalog.ts';
import type { Random } from './random.ts';
import type { LocalText } from '../i18n/text.ts';
import { maxItemLength } from '../model/item-length.ts';

/** One mutation of a resource (the catalog and its index for mistakes that copy from another resource). */
export type ApplyMistake = (r: Resource, rng: Random, catalog: Catalog, index: number) => void;

/** A kind of mistake: a name for exercises (core/exercise/) to choose and report by, and its mutation. */
export interface SampleMistake {
  kind: string;
  label: LocalText;
  apply: ApplyMistake;
}

/** What the sample generator draws from, by index: its order and length are fixed, or every seeded catalog changes. */
const SAMPLE_MISTAKES: readonly SampleMistake[] = [
  { kind: 'abstractMissing', label: { zh: '缺少资源摘要', en: 'abstract missing' }, apply: (r) => delete r.abstract },
  { kind: 'abstractBlank', label: { zh: '资源摘要只有空白', en: 'abstract only blank' }, apply: (r) => (r.abstract = '　') },
  {
    kind: 'shareConditionMissing',
    label: { zh: '有条件共享未写共享条件', en: 'conditional sharing without its condition' },
    apply: (r) => {
      if (r.shareType === 'conditional') delete r.shareCondition;
      else r.shareType = 'conditional';
      delete r.shareCondition;
    },
  },
  {
    kind: 'notSharedButOpen',
    label: { zh: '不予共享却无条件开放', en: 'not shared but opened' },
    apply: (r) => {
      r.shareType = 'none';
      r.openType = 'unconditional';
    },
  },
  {
    kind: 'openConditionMissing',
    label: { zh: '有条件开放未写开放条件', en: 'conditional opening without its condition' },
    apply: (r) => {
      r.openType = 'conditional';
      delete r.openCondition;
    },
  },
  {
    kind: 'formatTypeMismatch',
    label: { zh: '资源格式类型与分类不符', en: 'format type does not fit its category' },
    apply: (r) => {
      r.formatCategory = 'spreadsheet';
      r.formatType = 'oracle';
    },
  },
  {
    kind: 'shareMethodMismatch',
    label: { zh: '共享方式与资源格式不符', en: 'share method does not fit the format' },
    apply: (r) => {
      r.formatCategory = 'database';
      r.shareMethodCategory = 'platform';
      r.shareMethodType = 'file';
    },
  },
  {
    kind: 'updateCycleNoteMissing',
    label: { zh: '不定期更新未说明更新时点', en: 'irregular update without its note' },
    apply: (r) => {
      r.updateCycle = 'irregular';
      delete r.updateCycleNote;
    },
  },
  { kind: 'publishDateFormat', label: { zh: '发布日期格式错误', en: 'publish date misformatted' }, apply: (r) => (r.publishDate = '2024/3/1') },
  { kind: 'publishDateFuture', label: { zh: '发布日期在将来', en: 'publish date in the future' }, apply: (r) => (r.publishDate = '2099-01-01') },
  {
    kind: 'providerCodeTypo',
    label: { zh: '统一社会信用代码录错一位', en: 'a mistyped credit code' },
    apply: (r) => {
      // a single mistyped character in the provider's credit code
      const c = r.providerCode ?? '';
      r.providerCode = c.slice(0, 10) + (c[10] === '7' ? '8' : '7') + c.slice(11);
    },
  },
  {
    kind: 'itemLengthMissing',
    label: { zh: '字符型信息项缺长度', en: 'character item without a length' },
    apply: (r) => {
      const it = r.items.find((i) => i.dataType === 'C');
      if (it) delete it.length;
    },
  },
  {
    kind: 'itemNameDuplicate',
    label: { zh: '信息项名称重复', en: 'repeated item name' },
    apply: (r) => {
      if (r.items.length > 1) r.items[r.items.length - 1]!.name = `${r.items[0]!.name} `;
    },
  },
  {
    kind: 'itemFieldNameInvalid',
    label: { zh: '字段名不合规', en: 'invalid field name' },
    apply: (r) => {
      if (r.items[1]) r.items[1].fieldName = '2nd-field';
    },
  },
  {
    kind: 'resourceCodeShort',
    label: { zh: '资源代码顺序码位数不足', en: 'resource code sequence too short' },
    apply: (r) => {
      // a sequence cut to 3 digits (4–5 digits are tolerated with a warning)
      const c = r.code ?? '';
      r.code = c.replace(/\/(\d+)$/, (_, s: string) => `/${s.slice(3)}`);
    },
  },
  {
    kind: 'oldClassification',
    label: { zh: '沿用旧版分类', en: 'an outdated classification' },
    apply: (r) => {
      // the classification earlier Mulu versions offered every county (307001 县（区）政务部门)
      r.classification = { class: '3', item: '07', catalog: '001', subCatalogs: ['15'] };
      r.code = `30700115/${(r.code ?? '').split('/')[1] ?? '000001'}`;
    },
  },
  {
    kind: 'shareBasisMissing',
    label: { zh: '有条件共享缺共享依据', en: 'conditional sharing without its basis' },
    apply: (r) => {
      r.shareType = r.shareType === 'unconditional' ? 'conditional' : r.shareType;
      r.shareCondition ??= '需审核';
      delete r.shareBasis;
    },
  },
  {
    kind: 'shareBasisTooWeak',
    label: { zh: '不予共享的依据层级不足', en: 'not shared on too weak a basis' },
    apply: (r) => {
      r.shareType = 'none';
      r.openType = 'none';
      r.shareCondition ??= '不宜共享';
      r.shareBasis = [{ title: '本部门数据管理制度', level: 'normativeDocument' }];
    },
  },
  { kind: 'applicationMaterialsMissing', label: { zh: '缺少申请材料', en: 'application materials missing' }, apply: (r) => delete r.applicationMaterials },
  { kind: 'usageRequirementsMissing', label: { zh: '缺少使用要求', en: 'usage requirements missing' }, apply: (r) => delete r.usageRequirements },
  {
    kind: 'shareMethodOffPlatform',
    label: { zh: '共享方式不经共享平台', en: 'sharing off the platform' },
    apply: (r) => {
      r.shareMethodCategory = 'other';
      r.shareMethodType = 'disk';
    },
  },
  {
    kind: 'paperFormat',
    label: { zh: '纸质资源', en: 'a paper resource' },
    apply: (r) => {
      r.formatCategory = 'paper';
      r.formatType = '纸质文件';
    },
  },
  {
    kind: 'personsWithoutIdItem',
    label: { zh: '涉及自然人却无身份信息项', en: 'natural persons without an ID item' },
    apply: (r) => {
      r.involvesNaturalPersons = true;
      r.items = r.items.filter((i) => !/身份/.test(i.name));
    },
  },
  {
    kind: 'notOpenReasonMissing',
    label: { zh: '不予开放未写理由', en: 'not opened without a reason' },
    apply: (r) => {
      r.openType = 'none';
      delete r.notOpenReasons;
    },
  },
  { kind: 'secretResource', label: { zh: '涉密资源列入目录', en: 'a classified resource in the catalog' }, apply: (r) => (r.secret = true) },
  { kind: 'relatedCodeMissing', label: { zh: '关联资源代码不存在', en: 'a related code that does not exist' }, apply: (r) => (r.relatedResourceCodes = [`${(r.code ?? '').split('/')[0]}/999999`]) },
  {
    kind: 'resourceCodeCopied',
    label: { zh: '资源代码与另一资源重复', en: 'a resource code copied from another' },
    apply: (r, rng, c, i) => {
      // copies another resource's code
      if (i > 0) r.code = c.resources[rng.int(0, i - 1)]!.code!;
    },
  },
  {
    kind: 'resourceNameRepeated',
    label: { zh: '同一部门资源名称重复', en: 'the same name typed again' },
    apply: (r, rng, c, i) => {
      // the same name typed again by the same provider, with different spacing and width
      const same = c.resources.slice(0, i).filter((o) => o.providerCode === r.providerCode);
      if (same.length) r.name = `${same[rng.int(0, same.length - 1)]!.name!.replace(/（/g, '(').replace(/）/g, ')')} `;
    },
  },
  {
    kind: 'oneSourceConflict',
    label: { zh: '一数一源：他部门重复采集', en: 'one source: collected by another provider too' },
    apply: (r, rng, c, i) => {
      // 一数一源: another provider collects the same data under the same name
      const other = c.resources.slice(Math.max(0, i - 200), i).find((o) => o.providerCode !== r.providerCode);
      if (other) {
        r.name = other.name;
        r.items = other.items.map((it) => ({ ...it }));
      }
    },
  },
];

/**
 * 数据类型错误: a 字符型 item (a name, an address) typed 数值型. No shipped rule checks that a type fits an item's
 * content; R13 (数据类型与长度) catches the wrong type when the item's length is more than the type allows, so the
 * mistake takes a 字符型 item longer than a 数值型 one may be, and nothing else is noticed.
 */
const ITEM_DATA_TYPE_WRONG: SampleMistake = {
  kind: 'itemDataTypeWrong',
  label: { zh: '信息项数据类型错误', en: 'a data item of the wrong type' },
  apply: (r) => {
    const it = r.items.find((i) => i.dataType === 'C' && (i.length ?? 0) > maxItemLength('N'));
    if (it) it.dataType = 'N';
  },
};

/** Every kind, for exercises: the sample generator's, then those it never draws (so its catalogs stay as they were). */
export const MISTAKES: readonly SampleMistake[] = [...SAMPLE_MISTAKES, ITEM_DATA_TYPE_WRONG];

export function applyMistakes(catalog: Catalog, rng: Random, rate: number): void {
  catalog.resources.forEach((r, i) => {
    if (!rng.chance(rate)) return;
    const n = rng.chance(0.25) ? 2 : 1;
    for (let k = 0; k < n; k++) rng.pick(SAMPLE_MISTAKES).apply(r, rng, catalog, i);
  });
}
