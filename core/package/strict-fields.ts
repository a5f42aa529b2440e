// The small checks the strict parsers of signed files share (the manifest, its change list, receipts): a plain
// object with exactly the expected fields. Problems are JSON-pointer paths in English, embedded in the bilingual
// message of the reason that reports them ("the manifest is invalid (/files/2/size …)").

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `obj` does not have exactly the fields `wanted`, or undefined. `at` is the JSON pointer of `obj`. */
export function exactKeys(obj: Record<string, unknown>, wanted: readonly string[], at: string): string | undefined {
  for (const k of wanted) if (!(k in obj)) return `${at}/${k} is missing`;
  for (const k of Object.keys(obj)) if (!wanted.includes(k)) return `${at}/${k} is not a known field`;
  return undefined;
}

export function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}
