// The fields clerks set on many resources at once: 更新周期 (with the description that 不定期 and 其他 need),
// 共享方式 (the type; its category follows from the vocabulary) and 提供方内部处室. Pure: the dialog applies the
// edit to each selected resource and saves those that changed.
import type { Resource } from '../../core/model/catalog.ts';
import type { ShareMethodType, UpdateCycle } from '../../core/model/enums.ts';
import { shareMethodCategoryOf } from '../../core/rules/checks/share-method.ts';
import { CYCLES_NEEDING_NOTE } from '../../core/rules/checks/update-cycle.ts';

export const BULK_FIELDS = ['updateCycle', 'shareMethodType', 'providerInnerDept'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

export type BulkEdit =
  | { field: 'updateCycle'; value: UpdateCycle; /** 更新周期说明, kept only for 不定期 and 其他 */ note?: string }
  | { field: 'shareMethodType'; value: ShareMethodType }
  | { field: 'providerInnerDept'; value: string };


function withField<K extends keyof Resource>(r: Resource, key: K, value: Resource[K] | undefined): Resource {
  const next = { ...r };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}

function edited(r: Resource, edit: BulkEdit): Resource {
  switch (edit.field) {
    case 'updateCycle': {
      const note = CYCLES_NEEDING_NOTE.includes(edit.value) ? (edit.note?.trim() || r.updateCycleNote) : undefined;
      return withField(withField(r, 'updateCycle', edit.value), 'updateCycleNote', note);
    }
    case 'shareMethodType':
      return withField(withField(r, 'shareMethodType', edit.value), 'shareMethodCategory', shareMethodCategoryOf(edit.value));
    case 'providerInnerDept':
      return withField(r, 'providerInnerDept', edit.value.trim());
  }
}

const sameValue = (a: Resource, b: Resource, keys: readonly (keyof Resource)[]) => keys.every((k) => a[k] === b[k]);
const TOUCHED: Readonly<Record<BulkField, readonly (keyof Resource)[]>> = {
  updateCycle: ['updateCycle', 'updateCycleNote'],
  shareMethodType: ['shareMethodType', 'shareMethodCategory'],
  providerInnerDept: ['providerInnerDept'],
};

/** The resource with the edit applied, or the same object when it already has those values. */
export function applyBulkEdit(resource: Resource, edit: BulkEdit): Resource {
  const next = edited(resource, edit);
  return sameValue(resource, next, TOUCHED[edit.field]) ? resource : next;
}

/** The resources the edit changes, edited. */
export function bulkChanges(resources: readonly Resource[], edit: BulkEdit): Resource[] {
  return resources.map((r) => applyBulkEdit(r, edit)).filter((next, i) => next !== resources[i]);
}
