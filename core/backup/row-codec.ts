// A chunk of stored rows as JSON text. IndexedDB rows may hold bytes (a package file kept whole), which JSON has no
// form for: they are written as {"$bytes": "<base64>"} and read back as Uint8Array. No stored shape has a key
// named "$bytes" (the catalog's keys are the model's), so the mark cannot be confused with data.
import { decodeBase64, encodeBase64 } from '../crypto/base64.ts';
import { parseJsonText } from '../format/json-text.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../zip/utf8.ts';

const BYTES = '$bytes';

export function encodeRows(rows: readonly unknown[]): Uint8Array {
  return encodeUtf8(JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? { [BYTES]: encodeBase64(value) } : value)));
}

export type RowsRead = { ok: true; rows: unknown[] } | { ok: false; problem: string };

export function decodeRows(bytes: Uint8Array): RowsRead {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem.message.en };
  if (!Array.isArray(parsed.value)) return { ok: false, problem: 'not a JSON array' };
  let bad = false;
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === BYTES) {
      const decoded = typeof record[BYTES] === 'string' ? decodeBase64(record[BYTES]) : undefined;
      if (!decoded) bad = true;
      return decoded ?? new Uint8Array(0);
    }
    for (const key of keys) record[key] = revive(record[key]);
    return record;
  };
  const rows = parsed.value.map(revive);
  return bad ? { ok: false, problem: 'a byte field is not base64' } : { ok: true, rows };
}
