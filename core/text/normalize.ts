// Name normalisation for duplicate detection: full-width and half-width forms fold together (NFKC),
// case folds, and white space, punctuation and symbols drop out, so "人口 基本信息（2024）" and
// "人口基本信息(2024)" compare equal. Applied until nothing changes, which makes it idempotent even
// for the rare characters whose case mapping is not NFKC-stable.
const STRIP = /[\s\p{P}\p{S}\u200B-\u200D\u2060\uFEFF]+/gu;

function step(s: string): string {
  return s.normalize('NFKC').toLowerCase().normalize('NFKC').replace(STRIP, '');
}

export function normalizeName(s: string): string {
  let cur = step(s);
  for (let i = 0; i < 4; i++) {
    const next = step(cur);
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

/** True when the value is missing or only white space (including the ideographic space U+3000). */
export function isBlank(s: string | undefined | null): boolean {
  return s === undefined || s === null || s.trim() === '';
}
