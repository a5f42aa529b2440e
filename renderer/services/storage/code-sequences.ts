// The catalog's record of the highest 顺序码 issued per 分类码 only ever rises: every stored code raises it, so a
// code that was saved once is never issued again, even after its resource is deleted.
import { parseResourceCode } from '../../../core/codes/resource-code.ts';

export function raiseCodeSequences(sequences: Readonly<Record<string, number>>, codes: Iterable<string | undefined>): Record<string, number> {
  const raised = { ...sequences };
  for (const code of codes) {
    const parsed = code === undefined ? undefined : parseResourceCode(code);
    if (parsed && parsed.sequence > (raised[parsed.prefix] ?? 0)) raised[parsed.prefix] = parsed.sequence;
  }
  return raised;
}

/** The higher mark per 分类码 of two records (the workspace's and an imported catalog's). */
export function mergeCodeSequences(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const merged = { ...a };
  for (const [prefix, n] of Object.entries(b)) if (n > (merged[prefix] ?? 0)) merged[prefix] = n;
  return merged;
}
