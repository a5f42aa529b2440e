// Normalised names for grouping resources across units. Item names and resource names are normalised as the rules
// normalise them (core/text/normalize.ts: width, case, spaces and punctuation never distinguish names); a resource
// name also loses generic tails (信息、数据、表、清单…), so 户籍人口信息 and 户籍人口信息表 fall in one group —
// "the same or nearly the same name" across units, which the single-catalog rule R28 does not need.
import { normalizeName } from '../text/normalize.ts';

const GENERIC_TAILS = ['信息表', '信息库', '数据库', '数据表', '信息', '数据', '清单', '名录', '台账', '目录', '名单', '表', '库'];

export function normalizeResourceName(name: string): string {
  let s = normalizeName(name);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const tail of GENERIC_TAILS) {
      // 人口信息 → 人口, but what remains must still name something: 信息表 stays 信息表, not 信息.
      const rest = s.slice(0, -tail.length);
      if (s.endsWith(tail) && rest.length >= 2 && !GENERIC_TAILS.includes(rest)) {
        s = rest;
        stripped = true;
        break;
      }
    }
  }
  return s;
}

export { normalizeName as normalizeItemName };
