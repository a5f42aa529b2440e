// R07: 格式类型 belongs to the chosen 格式分类; 自描述格式 and 其他 are described in words. A type of another
// category is an error (the pair is wrong); a type no category lists is a warning naming the nearest known one:
// county systems run formats the guideline's list lacks, and a list cannot be a reason to refuse a package.
import type { FormatCategory } from '../../model/enums.ts';
import { VOCABULARY } from '../../model/vocabulary.ts';
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const TYPES = new Map<string, { list: string[]; lower: Set<string> }>(
  Object.entries(VOCABULARY.formatCategory).map(([k, v]) => [k, { list: v.types, lower: new Set(v.types.map((t) => t.toLowerCase())) }]),
);
const DESCRIBED: ReadonlySet<FormatCategory> = new Set(['selfDescribing', 'other']);

/** Format types of a category, as the template's linked dropdown offers them. */
export function formatTypesOf(category: FormatCategory): string[] {
  return TYPES.get(category)?.list ?? [];
}

function categoryOfType(lower: string): FormatCategory | undefined {
  for (const [category, types] of TYPES) if (types.lower.has(lower)) return category as FormatCategory;
  return undefined;
}

/** The known type closest in spelling (edit distance, case ignored); on a tie, one of the chosen category. */
export function nearestType(lower: string, preferred: FormatCategory): { type: string; category: FormatCategory } {
  let best = { type: '', category: preferred, distance: Infinity };
  for (const [category, types] of TYPES) {
    for (const type of types.list) {
      const d = editDistance(lower, type.toLowerCase());
      if (d < best.distance || (d === best.distance && category === preferred && best.category !== preferred)) best = { type, category: category as FormatCategory, distance: d };
    }
  }
  return { type: best.type, category: best.category };
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export const formatConsistency: RuleCheck = {
  id: 'R07',
  resource(r, ctx, emit) {
    if (!r.formatCategory) return;
    const category = ctx.label('formatCategory', r.formatCategory);
    if (DESCRIBED.has(r.formatCategory)) {
      if (isBlank(r.formatOtherDesc)) emit({ path: 'formatOtherDesc', variant: 'describe', params: { formatCategory: category } });
      return;
    }
    if (r.formatType === undefined || isBlank(r.formatType)) return; // R01
    const types = TYPES.get(r.formatCategory)!;
    const lower = r.formatType.trim().toLowerCase();
    if (types.lower.has(lower)) return;
    const belongsTo = categoryOfType(lower);
    if (belongsTo) {
      const params = { formatType: r.formatType, formatCategory: category, belongsTo: ctx.label('formatCategory', belongsTo), allowed: types.list.join('、') };
      emit({ path: 'formatType', variant: 'mismatch', params });
      return;
    }
    const near = nearestType(lower, r.formatCategory);
    emit({ path: 'formatType', variant: 'unknown', params: { formatType: r.formatType, formatCategory: category, nearest: near.type, nearestCategory: ctx.label('formatCategory', near.category) } });
  },
};
