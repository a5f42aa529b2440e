// The backup's manifest (docs/backup-format.md): what workspace it holds and, for every chunk of rows, its path, row
// count, size and SM3 digest, so a damaged or altered backup is found before anything is restored. Typed once with
// TypeBox: the schema is both the TypeScript type and the check a manifest read from a file must pass.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parseJsonText } from '../format/json-text.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export const BACKUP_FORMAT = 'mulu.backup';
export const BACKUP_VERSION = 1;
export const BACKUP_MEDIA_TYPE = 'application/vnd.mulu.backup+zip';
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';

/** Table names as Dexie declares them; they become folder names inside the ZIP. */
const TABLE_NAME = '^[a-z][A-Za-z0-9]{0,63}$';
const SM3_DIGEST = '^sm3:[0-9a-f]{64}$';
const INSTANT = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$';
const Count = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const BackupChunkSchema = Type.Object(
  {
    path: Type.String({ pattern: `^data/[a-z][A-Za-z0-9]{0,63}/[0-9]{6}\\.json$` }),
    rows: Count,
    bytes: Count,
    digest: Type.String({ pattern: SM3_DIGEST }),
  },
  { additionalProperties: false },
);

export const BackupTableSchema = Type.Object(
  {
    name: Type.String({ pattern: TABLE_NAME }),
    rows: Count,
    /** The smallest and largest auto-increment id among the rows (null: the table has none), for restoring beside other rows. */
    ids: Type.Union([Type.Tuple([Count, Count]), Type.Null()]),
    chunks: Type.Array(BackupChunkSchema, { maxItems: 60_000 }),
  },
  { additionalProperties: false },
);

const Text = (max: number) => Type.String({ maxLength: max });

export const BackupManifestSchema = Type.Object(
  {
    format: Type.Literal(BACKUP_FORMAT),
    version: Type.Literal(BACKUP_VERSION),
    /** The app's database schema version the rows were written under; an older one is upgraded on restore. */
    schemaVersion: Type.Integer({ minimum: 1, maximum: 10_000 }),
    createdAt: Type.String({ pattern: INSTANT }),
    operator: Text(200),
    workspace: Type.Object(
      {
        id: Count,
        kind: Type.Union([Type.Literal('department'), Type.Literal('training'), Type.Literal('county')]),
        slot: Text(200),
        department: Type.Object({ name: Text(500), uscc: Text(100) }, { additionalProperties: false }),
        profileId: Text(200),
        createdAt: Type.String({ pattern: INSTANT }),
        /** When the catalog last changed (the newest version's stamp), or null for an empty workspace. */
        lastChangeAt: Type.Union([Type.String({ pattern: INSTANT }), Type.Null()]),
        resources: Count,
        items: Count,
        historyVersions: Count,
        packages: Count,
      },
      { additionalProperties: false },
    ),
    audit: Type.Object({ entries: Count, headSeq: Count, headHash: Type.String({ pattern: '^[0-9a-f]{64}$' }) }, { additionalProperties: false }),
    /** The workspace's signing key (sealed inside the settings rows), or null when it has none. */
    signingKey: Type.Union([Type.Object({ keyId: Text(200), algorithm: Text(50) }, { additionalProperties: false }), Type.Null()]),
    tables: Type.Array(BackupTableSchema, { maxItems: 64 }),
  },
  { additionalProperties: false },
);

export type BackupChunk = Static<typeof BackupChunkSchema>;
export type BackupTable = Static<typeof BackupTableSchema>;
export type BackupManifest = Static<typeof BackupManifestSchema>;

export const chunkPath = (table: string, index: number): string => `data/${table}/${String(index + 1).padStart(6, '0')}.json`;

export type ManifestRead = { ok: true; manifest: BackupManifest } | { ok: false; problem: string; newer?: true };

/** Strict: UTF-8, JSON, this format, a version this code knows, exactly the schema's fields, chunk paths unique and under their table. */
export function parseBackupManifest(bytes: Uint8Array): ManifestRead {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem.message.en };
  const value = parsed.value as { format?: unknown; version?: unknown };
  if (typeof value === 'object' && value !== null && value.format === BACKUP_FORMAT && typeof value.version === 'number' && value.version > BACKUP_VERSION) {
    return { ok: false, problem: `format version ${value.version}`, newer: true };
  }
  if (!Value.Check(BackupManifestSchema, value)) {
    const first = Value.Errors(BackupManifestSchema, value).First();
    return { ok: false, problem: first ? `${first.path || '/'}: ${first.message}` : 'not a backup manifest' };
  }
  const seen = new Set<string>();
  for (const table of value.tables) {
    if (seen.has(`table:${table.name}`)) return { ok: false, problem: `table ${table.name} listed twice` };
    seen.add(`table:${table.name}`);
    let rows = 0;
    for (const [i, chunk] of table.chunks.entries()) {
      if (chunk.path !== chunkPath(table.name, i)) return { ok: false, problem: `chunk ${i + 1} of ${table.name} is named ${chunk.path}` };
      rows += chunk.rows;
    }
    if (rows !== table.rows) return { ok: false, problem: `the chunks of ${table.name} hold ${rows} rows, the table says ${table.rows}` };
  }
  return { ok: true, manifest: value };
}
