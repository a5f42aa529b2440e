// 统一社会信用代码 (GB 32100-2015) with the embedded 组织机构代码 check (GB 11714).
// Algorithms as verified in catalog-standard.md §5.1.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
// Registration authority codes (position 1). Position 2 is not restricted further: public validators
// that do so reject valid codes (catalog-standard.md §5.1).
const REGISTRARS = '123456789ANY';

export type UsccProblem =
  | { kind: 'length'; actual: number }
  | { kind: 'charset'; position: number; char: string }
  | { kind: 'registrar'; char: string }
  | { kind: 'region'; region: string }
  | { kind: 'checksum'; expected: string; actual: string }
  /** The checksum fails and so does the embedded organisation code's: the mistake is in characters 9–17, not the last. */
  | { kind: 'orgCodePart'; expected: string; actual: string; orgExpected: string; orgActual: string };

export interface UsccResult {
  normalized: string;
  /** Fatal problems: the code is not a valid 统一社会信用代码. */
  problem?: UsccProblem;
  /** The embedded GB 11714 organisation code check failed: only a warning (legacy codes exist). */
  orgCodeMismatch?: { expected: string; actual: string };
}

export function normalizeUscc(raw: string): string {
  return raw.trim().toUpperCase();
}

export function usccCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character over the 8-character organisation code body. */
export function orgCodeCheckChar(body8: string): string | undefined {
  if (body8.length !== 8) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i] ?? '';
    let v: number;
    if (c >= '0' && c <= '9') v = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') v = c.charCodeAt(0) - 55;
    else return undefined;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export function checkUscc(raw: string): UsccResult {
  const code = normalizeUscc(raw);
  const result: UsccResult = { normalized: code };
  if (code.length !== 18) return { ...result, problem: { kind: 'length', actual: code.length } };
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(code[i]!)) return { ...result, problem: { kind: 'charset', position: i + 1, char: code[i]! } };
  }
  if (!REGISTRARS.includes(code[0]!)) return { ...result, problem: { kind: 'registrar', char: code[0]! } };
  const region = code.slice(2, 8);
  if (!/^\d{6}$/.test(region)) return { ...result, problem: { kind: 'region', region } };
  const expected = usccCheckChar(code.slice(0, 17))!;
  const orgExpected = orgCodeCheckChar(code.slice(8, 16));
  const orgWrong = orgExpected !== undefined && orgExpected !== code[16];
  if (expected !== code[17]) {
    // Told only "the last character should be …", a clerk changes it and is left with the organisation code's warning.
    if (orgWrong) return { ...result, problem: { kind: 'orgCodePart', expected, actual: code[17]!, orgExpected, orgActual: code[16]! } };
    return { ...result, problem: { kind: 'checksum', expected, actual: code[17]! } };
  }
  if (orgWrong) result.orgCodeMismatch = { expected: orgExpected, actual: code[16]! };
  return result;
}

/** Completes a 17-character prefix into a valid code; used by the sample generator and tests. */
export function completeUscc(first17: string): string {
  const check = usccCheckChar(first17);
  if (check === undefined) throw new Error(`invalid USCC prefix: ${first17}`);
  return first17 + check;
}
