// The mistakes clerks make, applied to a share of generated resources so that validation, import and
// training have something real to find. Each mistake is one small mutation.
import type { Catalog, Resource } from '../model/catalog.ts';
import type { Random } from './random.ts';

type Mistake = (r: Resource, rng: Random, catalog: Catalog, index: number) => void;

const MISTAKES: readonly Mistake[] = [
  (r) => delete r.abstract,
  (r) => (r.abstract = '　'),
  (r) => {
    if (r.shareType === 'conditional') delete r.shareCondition;
    else r.shareType = 'conditional';
    delete r.shareCondition;
  },
  (r) => {
    r.shareType = 'none';
    r.openType = 'unconditional';
  },
  (r) => {
    r.openType = 'conditional';
    delete r.openCondition;
  },
  (r) => {
    r.formatCategory = 'spreadsheet';
    r.formatType = 'oracle';
  },
  (r) => {
    r.formatCategory = 'database';
    r.shareMethodCategory = 'platform';
    r.shareMethodType = 'file';
  },
  (r) => {
    r.updateCycle = 'irregular';
    delete r.updateCycleNote;
  },
  (r) => (r.publishDate = '2024/3/1'),
  (r) => (r.publishDate = '2099-01-01'),
  (r) => {
    // a single mistyped character in the provider's credit code
    const c = r.providerCode ?? '';
    r.providerCode = c.slice(0, 10) + (c[10] === '7' ? '8' : '7') + c.slice(11);
  },
  (r) => {
    const it = r.items.find((i) => i.dataType === 'C');
    if (it) delete it.length;
  },
  (r) => {
    if (r.items.length > 1) r.items[r.items.length - 1]!.name = `${r.items[0]!.name} `;
  },
  (r) => {
    if (r.items[1]) r.items[1].fieldName = '2nd-field';
  },
  (r) => {
    // a sequence cut to 3 digits (4–5 digits are tolerated with a warning)
    const c = r.code ?? '';
    r.code = c.replace(/\/(\d+)$/, (_, s: string) => `/${s.slice(3)}`);
  },
  (r) => {
    // the classification earlier Mulu versions offered every county (307001 县（区）政务部门)
    r.classification = { class: '3', item: '07', catalog: '001', subCatalogs: ['15'] };
    r.code = `30700115/${(r.code ?? '').split('/')[1] ?? '000001'}`;
  },
  (r) => {
    r.shareType = r.shareType === 'unconditional' ? 'conditional' : r.shareType;
    r.shareCondition ??= '需审核';
    delete r.shareBasis;
  },
  (r) => {
    r.shareType = 'none';
    r.openType = 'none';
    r.shareCondition ??= '不宜共享';
    r.shareBasis = [{ title: '本部门数据管理制度', level: 'normativeDocument' }];
  },
  (r) => delete r.applicationMaterials,
  (r) => delete r.usageRequirements,
  (r) => {
    r.shareMethodCategory = 'other';
    r.shareMethodType = 'disk';
  },
  (r) => {
    r.formatCategory = 'paper';
    r.formatType = '纸质文件';
  },
  (r) => {
    r.involvesNaturalPersons = true;
    r.items = r.items.filter((i) => !/身份/.test(i.name));
  },
  (r) => {
    r.openType = 'none';
    delete r.notOpenReasons;
  },
  (r) => (r.secret = true),
  (r) => (r.relatedResourceCodes = [`${(r.code ?? '').split('/')[0]}/999999`]),
  (r, rng, c, i) => {
    // copies another resource's code
    if (i > 0) r.code = c.resources[rng.int(0, i - 1)]!.code!;
  },
  (r, rng, c, i) => {
    // the same name typed again by the same provider, with different spacing and width
    const same = c.resources.slice(0, i).filter((o) => o.providerCode === r.providerCode);
    if (same.length) r.name = `${same[rng.int(0, same.length - 1)]!.name!.replace(/（/g, '(').replace(/）/g, ')')} `;
  },
  (r, rng, c, i) => {
    // 一数一源: another provider collects the same data under the same name
    const other = c.resources.slice(Math.max(0, i - 200), i).find((o) => o.providerCode !== r.providerCode);
    if (other) {
      r.name = other.name;
      r.items = other.items.map((it) => ({ ...it }));
    }
  },
];

export function applyMistakes(catalog: Catalog, rng: Random, rate: number): void {
  catalog.resources.forEach((r, i) => {
    if (!rng.chance(rate)) return;
    const n = rng.chance(0.25) ? 2 : 1;
    for (let k = 0; k < n; k++) rng.pick(MISTAKES)(r, rng, catalog, i);
  });
}
