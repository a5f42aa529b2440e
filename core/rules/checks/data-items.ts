// R12: item names and field names are unique within a resource, field names are identifiers;
// R13: data type and length rules (catalog-standard.md §2.3).
import type { DataType } from '../../model/enums.ts';
import { normalizeName } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LENGTH_REQUIRED: ReadonlySet<DataType> = new Set(['C', 'N']);
const MAX_LENGTH: Partial<Record<DataType, number>> = { N: 38, Y: 38, F: 38, B: 38, I: 38 };
const DEFAULT_MAX = 65535;

export const itemNamesUnique: RuleCheck = {
  id: 'R12',
  resource(r, _ctx, emit) {
    const names = new Map<string, number>();
    const fields = new Map<string, number>();
    for (let i = 0; i < r.items.length; i++) {
      const item = r.items[i]!;
      const n = normalizeName(item.name);
      if (n) {
        const prev = names.get(n);
        if (prev === undefined) names.set(n, i);
        else emit({ path: `items[${i}].name`, variant: 'duplicateName', params: { name: item.name, other: prev + 1 } });
      }
      const f = item.fieldName?.trim();
      if (!f) continue;
      if (!FIELD_NAME.test(f)) {
        emit({ path: `items[${i}].fieldName`, variant: 'fieldCharset', params: { name: f } });
        continue;
      }
      const key = f.toLowerCase();
      const prev = fields.get(key);
      if (prev === undefined) fields.set(key, i);
      else emit({ path: `items[${i}].fieldName`, variant: 'duplicateField', params: { name: f, other: prev + 1 } });
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
      const max = MAX_LENGTH[item.dataType] ?? DEFAULT_MAX;
      if (length < 1 || length > max) {
        emit({ path: `items[${i}].length`, variant: 'lengthRange', params: { name: item.name, length, max } });
      } else if (precision !== undefined && precision > length) {
        emit({ path: `items[${i}].precision`, variant: 'precision', params: { name: item.name, precision, length } });
      }
    }
  },
};
