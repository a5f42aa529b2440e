// A JSON asset checked against its schema when loaded, so the value is typed by the schema (Static<>) instead of cast.
// Value.Check interprets the schema; it never compiles code, so it runs under the renderer's CSP.
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** A top-level `$comment` is the asset's note to its readers, not data: it is dropped before the check. */
function withoutComment(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('$comment' in value)) return value;
  const { $comment: _note, ...body } = value as Record<string, unknown>;
  return body;
}

export class AssetSchemaError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    detail: string,
  ) {
    super(`资源文件 ${file} 的 ${path || '/'} 不符合格式：${detail} / asset ${file} does not match its schema at ${path || '/'}: ${detail}`);
  }
}

/** The asset, typed by its schema; throws naming the file and the JSON path of the first mismatch. */
export function checkedAsset<T extends TSchema>(schema: T, value: unknown, file: string): Static<T> {
  const body = withoutComment(value);
  if (Value.Check(schema, body)) return body;
  const first = Value.Errors(schema, body).First();
  throw new AssetSchemaError(file, first?.path ?? '', first?.message ?? 'mismatch');
}
