// 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdCardProblem =
  | { kind: 'length'; actual: number }
  | { kind: 'charset' }
  | { kind: 'birthDate'; value: string }
  | { kind: 'checksum'; expected: string; actual: string };

export interface IdCardResult {
  normalized: string;
  problem?: IdCardProblem;
}

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return date.getTime() <= today.getTime();
}

/** Validates an 18-digit number; a lowercase x is accepted and normalised to X. */
export function checkIdCard(raw: string, today: Date = new Date()): IdCardResult {
  const id = raw.trim().toUpperCase();
  const result: IdCardResult = { normalized: id };
  if (id.length !== 18) return { ...result, problem: { kind: 'length', actual: id.length } };
  if (!/^\d{17}[\dX]$/.test(id)) return { ...result, problem: { kind: 'charset' } };
  const birth = id.slice(6, 14);
  if (!isRealDate(birth, today)) return { ...result, problem: { kind: 'birthDate', value: birth } };
  const expected = idCardCheckChar(id.slice(0, 17));
  if (expected !== id[17]) return { ...result, problem: { kind: 'checksum', expected, actual: id[17]! } };
  return result;
}
