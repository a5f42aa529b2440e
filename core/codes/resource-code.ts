// 信息资源代码 = 分类码 "/" 顺序码 (catalog-standard.md §3.1). Mulu generates 6-digit zero-padded
// sequences per prefix and never reuses one: the highest number ever issued per prefix is kept in the
// catalog (codeSequences), so a withdrawn resource's code stays retired.
import type { Classification } from '../model/catalog.ts';
import { classificationPrefix } from './classification.ts';

export const SEQUENCE_WIDTH = 6;
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
  | { kind: 'prefixMismatch'; expected: string; actual: string };

/** Checks a code against the strict form and against the resource's own classification. */
export function checkResourceCode(code: string, classification: Classification | undefined, width = SEQUENCE_WIDTH): ResourceCodeProblem | undefined {
  const parsed = parseResourceCode(code);
  if (!parsed) return TOLERATED.test(code) ? { kind: 'tolerated' } : { kind: 'syntax' };
  if (parsed.sequenceText.length !== width) return { kind: 'sequenceWidth', width };
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
