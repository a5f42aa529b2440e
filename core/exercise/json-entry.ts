// Reading one JSON entry of an exercise container, or the answer key, against its TypeBox schema: the value, or the
// first problem as a JSON path and message (English, embedded in the bilingual refusal).
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parseJsonText } from '../format/json-text.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export function readJsonEntry<S extends TSchema>(schema: S, bytes: Uint8Array | string): { ok: true; value: Static<S> } | { ok: false; problem: string } {
  const text = typeof bytes === 'string' ? bytes : decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem.message.en };
  if (Value.Check(schema, parsed.value)) return { ok: true, value: parsed.value };
  const first = Value.Errors(schema, parsed.value).First();
  return { ok: false, problem: `${first?.path || '/'}: ${first?.message ?? 'invalid'}` };
}
