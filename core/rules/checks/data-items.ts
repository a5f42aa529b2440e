// R12: item names and field names are unique within a resource, field names are identifiers;
// R13: data type and length rules (catalog-standard.md §2.3).
import type { DataType } from '../../model/enums.ts';
import { maxItemLength } from '../../model/item-length.ts';
import { normalizedItemNames } from '../derived.ts';
import type { RuleCheck } from '../types.ts';

const LENGTH_REQUIRED: ReadonlySet<DataType> = new Set(['C', 'N']);

/** 'ok', 'lower' (valid, has lowercase letters) or 'bad'; one pass, no allocation. */
function classifyFieldName(f: string): 'ok' | 'lower' | 'bad' {
  let lower = false;
  for (let k = 0; k < f.length; k++) {
    const c = f.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (!((c >= 0x41 && c <= 0x5a) || c === 0x5f || (k > 0 && c >= 0x30 && c <= 0x39))) return 'bad';
  }
  return f.length === 0 ? 'bad' : lower ? 'lower' : 'ok';
}

// Two sets reused for every resource (checks run synchronously, one resource at a time), so the
// duplicate checks cost a hash lookup per item and allocate nothing.
const seenNames = new Set<string>();
const seenFields = new Set<string>();

export const itemNamesUnique: RuleCheck = {
  id: 'R12',
  resource(r, _ctx, emit) {
    const items = r.items;
    const names = normalizedItemNames(r);
    seenNames.clear();
    seenFields.clear();
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const n = names[i]!;
      if (n) {
        if (seenNames.has(n)) emit({ path: `items[${i}].name`, variant: 'duplicateName', params: { name: item.name, other: names.indexOf(n) + 1 } });
        else seenNames.add(n);
      }
      const raw = item.fieldName;
      if (raw === undefined) continue;
      const f = raw.trim();
      if (!f) continue;
      const kind = classifyFieldName(f);
      if (kind === 'bad') {
        emit({ path: `items[${i}].fieldName`, variant: 'fieldCharset', params: { name: f } });
        continue;
      }
      const key = kind === 'lower' ? f.toUpperCase() : f;
      if (!seenFields.has(key)) {
        seenFields.add(key);
        continue;
      }
      const other = items.findIndex((o) => o.fieldName?.trim().toUpperCase() === key);
      emit({ path: `items[${i}].fieldName`, variant: 'duplicateField', params: { name: f, other: other + 1 } });
    }
  },
};

export const itemTypeAndLength: RuleCheck = {
  id: 'R13',
  resource(r, ctx, emit) {
    for (let i = 0; i < r.items.length; i++) {
      const item = r.items[i]!;
      if (!item.dataType) continue; // R01
      const { length, precision } = item;
      if (length === undefined) {
        if (LENGTH_REQUIRED.has(item.dataType)) {
          emit({ path: `items[${i}].length`, variant: 'lengthRequired', params: { name: item.name, dataType: ctx.label('dataType', item.dataType) } });
        }
        continue;
      }
      const max = maxItemLength(item.dataType);
      if (length < 1 || length > max) {
        emit({ path: `items[${i}].length`, variant: 'lengthRange', params: { name: item.name, length, max } });
      } else if (precision !== undefined && precision > length) {
        emit({ path: `items[${i}].precision`, variant: 'precision', params: { name: item.name, precision, length } });
      }
    }
  },
};
