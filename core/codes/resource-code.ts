// 信息资源代码 = 分类码 "/" 顺序码 (catalog-standard.md §3.1). Mulu generates 6-digit zero-padded
// sequences per prefix and never reuses one: the highest number ever issued per prefix is kept in the
// catalog (codeSequences), so a withdrawn resource's code stays retired. The guideline calls the 顺序码
// "不定长度" and its examples and platforms' samples use 4–6 digits, so unless a profile fixes a width
// (codeScheme.sequenceWidth) a 4- or 5-digit sequence is only a warning.
import type { Classification } from '../model/catalog.ts';
import { classificationPrefix } from './classification.ts';
import { DEFAULT_SEQUENCE_WIDTH, TOLERATED_SEQUENCE_WIDTHS } from './code-scheme.ts';

export const SEQUENCE_WIDTH = DEFAULT_SEQUENCE_WIDTH;
/** What platforms accept on import (catalog-standard.md §3.1). */
const TOLERATED = /^[A-Za-z0-9_/-]{1,64}$/;
const STRICT = /^([1-3]\d{5}(?:\d{2,})?)\/(\d+)$/;

export interface ParsedResourceCode {
  prefix: string;
  sequence: number;
  sequenceText: string;
}

export function parseResourceCode(code: string): ParsedResourceCode | undefined {
  const m = STRICT.exec(code);
  if (!m) return undefined;
  return { prefix: m[1]!, sequence: Number(m[2]), sequenceText: m[2]! };
}

export type ResourceCodeProblem =
  | { kind: 'syntax' }
  | { kind: 'tolerated' }
  | { kind: 'sequenceWidth'; width: number }
  /** 4–5 digits where no width is fixed: accepted, with a warning. */
  | { kind: 'sequenceShort'; width: number; digits: number }
  | { kind: 'prefixMismatch'; expected: string; actual: string };

/**
 * Checks a code against the strict form and against the resource's own classification. fixedWidth is the
 * profile's 顺序码 width; without one, 6 digits are expected and 4–5 tolerated.
 */
export function checkResourceCode(code: string, classification: Classification | undefined, fixedWidth?: number): ResourceCodeProblem | undefined {
  const parsed = parseResourceCode(code);
  if (!parsed) return TOLERATED.test(code) ? { kind: 'tolerated' } : { kind: 'syntax' };
  const digits = parsed.sequenceText.length;
  const width = fixedWidth ?? SEQUENCE_WIDTH;
  if (digits !== width) {
    if (fixedWidth !== undefined || !TOLERATED_SEQUENCE_WIDTHS.includes(digits)) return { kind: 'sequenceWidth', width };
    const rest = checkPrefix(parsed, classification);
    // A wrong prefix matters more than a short sequence.
    return rest ?? { kind: 'sequenceShort', width, digits };
  }
  return checkPrefix(parsed, classification);
}

function checkPrefix(parsed: ParsedResourceCode, classification: Classification | undefined): ResourceCodeProblem | undefined {
  if (classification) {
    const expected = classificationPrefix(classification);
    if (expected !== parsed.prefix) return { kind: 'prefixMismatch', expected, actual: parsed.prefix };
  }
  return undefined;
}

export function formatResourceCode(prefix: string, sequence: number, width = SEQUENCE_WIDTH): string {
  return `${prefix}/${String(sequence).padStart(width, '0')}`;
}

/**
 * Issues new codes. Starts above both the recorded high-water marks and every code in use,
 * so codes are unique even when the record of issued numbers was lost.
 */
export class ResourceCodeAllocator {
  private readonly high = new Map<string, number>();

  constructor(issued: Readonly<Record<string, number>> = {}, existingCodes: Iterable<string | undefined> = []) {
    for (const [prefix, n] of Object.entries(issued)) this.bump(prefix, n);
    for (const code of existingCodes) {
      const p = code ? parseResourceCode(code) : undefined;
      if (p) this.bump(p.prefix, p.sequence);
    }
  }

  private bump(prefix: string, n: number): void {
    if (n > (this.high.get(prefix) ?? 0)) this.high.set(prefix, n);
  }

  next(classification: Classification, width = SEQUENCE_WIDTH): string {
    const prefix = classificationPrefix(classification);
    const n = (this.high.get(prefix) ?? 0) + 1;
    if (String(n).length > width) throw new RangeError(`顺序码已用尽：${prefix} 的 ${width} 位顺序码已全部分配`);
    this.high.set(prefix, n);
    return formatResourceCode(prefix, n, width);
  }

  /** The high-water marks to store back into the catalog (codeSequences). */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.high.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}
