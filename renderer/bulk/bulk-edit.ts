// What clerks set on many resources at once: every field of the form with a closed list, a text, a date, a yes/no
// or a list (提供方/代码, 使用要求, 申请材料, 不予开放理由, 共享依据 …), taken from the form's layout so a new field
// is offered here too. A field is filled only where it is empty, overwritten, or (lists) added to; what depends on
// it follows (the 共享方式 category, the 更新周期 description). Pure: the dialog saves the resources that change.
import type { Resource } from '../../core/model/catalog.ts';
import type { ShareMethodType, UpdateCycle } from '../../core/model/enums.ts';
import { isFieldEmpty } from '../../core/rules/fields.ts';
import { shareMethodCategoryOf } from '../../core/rules/checks/share-method.ts';
import { CYCLES_NEEDING_NOTE } from '../../core/rules/checks/update-cycle.ts';
import { FORM_SECTIONS, type FieldKind, type FieldSpec, type FormFieldId } from '../resource-form/form-sections.ts';

/** The controls a bulk value can be given with. */
const BULK_KINDS: ReadonlySet<FieldKind['kind']> = new Set(['text', 'textarea', 'vocab', 'vocabList', 'boolean', 'date', 'tags', 'basis']);
/** Fields that are one resource's own, never the same for many: its name, and the codes of related resources. */
const OWN_FIELDS: ReadonlySet<FormFieldId> = new Set(['name', 'relatedResourceCodes']);

export type BulkFieldSpec = FieldSpec & { control: { kind: 'text' | 'textarea' | 'vocab' | 'vocabList' | 'boolean' | 'date' | 'tags' | 'basis' } };

export const BULK_FIELD_SPECS: readonly BulkFieldSpec[] = FORM_SECTIONS.flatMap((s) => s.fields).filter(
  (f): f is BulkFieldSpec => BULK_KINDS.has(f.control.kind) && !OWN_FIELDS.has(f.field),
);
export const BULK_FIELDS: readonly FormFieldId[] = BULK_FIELD_SPECS.map((f) => f.field);
export type BulkField = FormFieldId;

/** Only where the field is empty, in place of what is there, or (lists) after what is there. */
export const BULK_MODES = ['fillEmpty', 'overwrite', 'append'] as const;
export type BulkMode = (typeof BULK_MODES)[number];

export const isListField = (field: BulkField) => ['vocabList', 'tags', 'basis'].includes(BULK_FIELD_SPECS.find((f) => f.field === field)?.control.kind ?? '');

export interface BulkEdit {
  field: BulkField;
  value: unknown;
  /** Default: overwrite. */
  mode?: BulkMode;
  /** 更新周期说明, kept only for 不定期 and 其他. */
  note?: string | undefined;
}

function withField<K extends keyof Resource>(r: Resource, key: K, value: Resource[K] | undefined): Resource {
  const next = { ...r };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The list with the new entries that are not in it yet. */
function appended(before: unknown, added: unknown): unknown[] {
  const list = Array.isArray(before) ? [...(before as unknown[])] : [];
  for (const entry of Array.isArray(added) ? added : [added]) if (!list.some((e) => same(e, entry))) list.push(entry);
  return list;
}

function edited(r: Resource, edit: BulkEdit): Resource {
  const { field } = edit;
  const mode = edit.mode ?? 'overwrite';
  if (mode === 'fillEmpty' && !isFieldEmpty(r, field)) return r;
  const value = mode === 'append' ? appended(r[field], edit.value) : trimmed(edit.value);
  const next = withField(r, field, value as Resource[typeof field]);
  switch (field) {
    case 'updateCycle': {
      const cycle = value as UpdateCycle;
      const note = CYCLES_NEEDING_NOTE.includes(cycle) ? edit.note?.trim() || r.updateCycleNote : undefined;
      return withField(next, 'updateCycleNote', note);
    }
    case 'shareMethodType':
      return withField(next, 'shareMethodCategory', shareMethodCategoryOf(value as ShareMethodType));
    case 'shareMethodCategory':
      // A type of the other category would contradict it (R08): the clerk picks the type next.
      return r.shareMethodType && shareMethodCategoryOf(r.shareMethodType) !== value ? withField(next, 'shareMethodType', undefined) : next;
    default:
      return next;
  }
}

const TOUCHED: Partial<Record<BulkField, readonly (keyof Resource)[]>> = {
  updateCycle: ['updateCycle', 'updateCycleNote'],
  shareMethodType: ['shareMethodType', 'shareMethodCategory'],
  shareMethodCategory: ['shareMethodCategory', 'shareMethodType'],
};

/** The resource with the edit applied, or the same object when it already has those values. */
export function applyBulkEdit(resource: Resource, edit: BulkEdit): Resource {
  const next = edited(resource, edit);
  const keys = TOUCHED[edit.field] ?? [edit.field];
  return keys.every((k) => same(resource[k], next[k])) ? resource : next;
}

/** The resources the edit changes, edited. */
export function bulkChanges(resources: readonly Resource[], edit: BulkEdit): Resource[] {
  return resources.map((r) => applyBulkEdit(r, edit)).filter((next, i) => next !== resources[i]);
}
