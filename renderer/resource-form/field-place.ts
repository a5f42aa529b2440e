// Where a field path (of a finding, or of a jump from 校验) lands in the form: resources[12].items[3].dataType is
// the item grid's cell at row 3, column 数据类型; shareBasis[0].level is the first 依据 of 共享依据; survey.storageGB
// is the 普查数据 field. Paths that name no field of the form (the department header) have no place.
import type { Finding } from '../../core/rules/types.ts';
import { FORM_SECTIONS, type FormFieldId } from './form-sections.ts';
import { gridColumnIndex } from './item-columns.ts';

export interface FieldPlace {
  field: FormFieldId;
  /** A cell of the item grid (column -1: the row as a whole). */
  cell?: { row: number; column: number };
  /** An entry of a list field (共享依据, 关联业务事项). */
  entry?: number;
}

const FORM_FIELDS: ReadonlySet<string> = new Set(FORM_SECTIONS.flatMap((s) => s.fields.map((f) => f.field)));
const PATH = /^(?:resources\[\d+\]\.)?([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/;

export function fieldPlace(path: string): FieldPlace | undefined {
  const m = PATH.exec(path);
  if (!m || !FORM_FIELDS.has(m[1]!)) return undefined;
  const field = m[1] as FormFieldId;
  const index = m[2] === undefined ? undefined : Number(m[2]);
  if (field === 'items' && index !== undefined) return { field, cell: { row: index, column: m[3] ? gridColumnIndex(m[3]) : -1 } };
  return index === undefined ? { field } : { field, entry: index };
}

export interface PlacedFindings {
  byField: ReadonlyMap<FormFieldId, readonly Finding[]>;
  /** Item findings by grid row. */
  byRow: ReadonlyMap<number, readonly Finding[]>;
  /** Findings with no field in the form. */
  elsewhere: readonly Finding[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function placeFindings(findings: readonly Finding[]): PlacedFindings {
  const byField = new Map<FormFieldId, Finding[]>();
  const byRow = new Map<number, Finding[]>();
  const elsewhere: Finding[] = [];
  for (const f of findings) {
    const place = fieldPlace(f.path);
    if (!place) elsewhere.push(f);
    else if (place.cell) push(byRow, place.cell.row, f);
    else push(byField, place.field, f);
  }
  return { byField, byRow, elsewhere };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings in the order of the form (section by section, field by field, rows in order), worst first within a field. */
export function inFormOrder(findings: readonly Finding[]): Finding[] {
  const order = FORM_SECTIONS.flatMap((s) => s.fields.map((f) => f.field));
  const rank = (f: Finding) => {
    const place = fieldPlace(f.path);
    return place ? order.indexOf(place.field) * 1e6 + (place.cell?.row ?? place.entry ?? 0) : Number.MAX_SAFE_INTEGER;
  };
  return findings
    .map((f) => ({ f, r: rank(f) }))
    .sort((a, b) => a.r - b.r || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity])
    .map(({ f }) => f);
}
