// Name normalisation for duplicate detection: full-width and half-width forms fold together (NFKC),
// case folds, and white space, punctuation and symbols drop out, so "人口 基本信息（2024）" and
// "人口基本信息(2024)" compare equal. Applied until nothing changes, which makes it idempotent even
// for the rare characters whose case mapping is not NFKC-stable.
const STRIP = /[\s\p{P}\p{S}\u200B-\u200D\u2060\uFEFF]+/gu;
/** Already normal: CJK ideographs, lowercase ASCII letters and digits only. */
const ALREADY_NORMAL = /^[\u4E00-\u9FFFa-z0-9]*$/;

function step(s: string): string {
  return s.normalize('NFKC').toLowerCase().normalize('NFKC').replace(STRIP, '');
}

function normalizeUncached(s: string): string {
  if (ALREADY_NORMAL.test(s)) return s;
  let cur = step(s);
  for (let i = 0; i < 4; i++) {
    const next = step(cur);
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

// Catalogs repeat the same item names (姓名, 公民身份号码 …) hundreds of thousands of times, so
// results are memoised; the memo is dropped when it grows large to bound memory.
const MEMO_LIMIT = 200_000;
let memo = new Map<string, string>();

export function normalizeName(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const n = normalizeUncached(s);
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(s, n);
  return n;
}

/** True when the value is missing or only white space (including the ideographic space U+3000). */
export function isBlank(s: string | undefined | null): boolean {
  if (s === undefined || s === null || s.length === 0) return true;
  // Fast path: a first character that is printable ASCII or a CJK ideograph settles it.
  const c = s.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return s.trim() === '';
}
