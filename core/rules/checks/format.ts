// R07: 格式类型 belongs to the chosen 格式分类; 自描述格式 and 其他 are described in words.
import vocabulary from '../../../assets/codes/vocabulary.json';
import type { FormatCategory } from '../../model/enums.ts';
import { isBlank } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const TYPES = new Map<string, { list: string[]; lower: Set<string> }>(
  Object.entries(vocabulary.formatCategory).map(([k, v]) => [k, { list: v.types, lower: new Set(v.types.map((t) => t.toLowerCase())) }]),
);
const DESCRIBED: ReadonlySet<FormatCategory> = new Set(['selfDescribing', 'other']);

/** Format types of a category, as the template's linked dropdown offers them. */
export function formatTypesOf(category: FormatCategory): string[] {
  return TYPES.get(category)?.list ?? [];
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
    if (!types.lower.has(r.formatType.trim().toLowerCase())) {
      emit({ path: 'formatType', variant: 'mismatch', params: { formatType: r.formatType, formatCategory: category, allowed: types.list.join('、') } });
    }
  },
};
