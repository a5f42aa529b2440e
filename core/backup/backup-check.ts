// Checking a backup before anything is restored from it, and reading its rows for the restore, streamed: one entry
// in memory at a time. The check reads the whole file once: the ZIP structure and every CRC-32 (core/zip's stream
// reader), the SM3 digest of every chunk against the manifest, no chunk missing and nothing extra, and the signature
// over the manifest when there is one. Verdicts: intact; damaged (a backup, but something in it is wrong: each
// problem named); unusable (not a backup, or one made by a newer Mulu). The restore reads the file a second time
// (readBackupRows) and checks each chunk's digest again as it goes, so a file changed in between is refused too.
import { bytesToHex } from '@noble/hashes/utils.js';
import { sm3 } from '../crypto/sm3.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { ContainerFailure } from '../zip/failures.ts';
import { LOCAL_HEADER_SIZE } from '../zip/format.ts';
import { MIMETYPE_ENTRY } from '../zip/mimetype.ts';
import { readContainerStream, type RandomAccessSource } from '../zip/stream-reader.ts';
import { decodeUtf8Lossy } from '../zip/utf8.ts';
import type { ArchiveLimits } from '../zip/archive-limits.ts';
import { BACKUP_MEDIA_TYPE, MANIFEST_ENTRY, parseBackupManifest, SIGNATURE_ENTRY, type BackupManifest } from './backup-manifest.ts';
import { checkBackupSignature } from './backup-signature.ts';
import { decodeRows } from './row-codec.ts';

const GiB = 1024 ** 3;

/**
 * A backup is one ZIP without ZIP64 (so under 4 GiB) read one entry at a time: the caps bound one entry (a chunk of
 * ~1,000 rows is a few MB), not the whole, which is never in memory.
 */
export const BACKUP_LIMITS: Partial<ArchiveLimits> = {
  maxFileBytes: 4 * GiB,
  maxEntries: 65_534,
  maxEntryBytes: 256 * 1024 ** 2,
  maxTotalBytes: 64 * GiB,
};

export type BackupProblemKind = 'container' | 'manifest' | 'missingChunk' | 'digest' | 'unexpectedEntry' | 'signature' | 'rows';

export interface BackupProblem {
  kind: BackupProblemKind;
  /** The entry concerned (a chunk's path, manifest.json, signature.json), or '' for the file as a whole. */
  entry: string;
  message: LocalText;
}

export type SignatureStatus = { signed: true; keyId: string; algorithm: string } | { signed: false };

export type BackupCheck =
  | { ok: true; manifest: BackupManifest; signature: SignatureStatus }
  | { ok: false; verdict: 'damaged'; problems: BackupProblem[]; manifest?: BackupManifest }
  | { ok: false; verdict: 'unusable'; reason: 'notBackup' | 'newerFormat' | 'tooLarge'; message: LocalText };

const TEXT: Readonly<Record<BackupProblemKind | 'notBackup' | 'newerFormat' | 'tooLarge', LocalText>> = {
  container: {
    zh: '备份文件已损坏：{what}（ZIP 检查：{reason}{at}）。请换用另一份备份。',
    en: 'The backup file is damaged: {what} (ZIP check: {reason}{at}). Use another copy of the backup.',
  },
  manifest: { zh: '备份清单 manifest.json 无法读取或被改动（{detail}）。', en: 'The backup manifest manifest.json is unreadable or altered ({detail}).' },
  missingChunk: { zh: '备份缺少数据块 {entry}（表 {table}）：文件不完整或被改动。', en: 'The backup lacks the chunk {entry} (table {table}): the file is incomplete or altered.' },
  digest: {
    zh: '数据块 {entry}（表 {table}）的 SM3 摘要与清单不符：这部分数据被改动或损坏。',
    en: 'The SM3 digest of chunk {entry} (table {table}) does not match the manifest: that data was altered or damaged.',
  },
  unexpectedEntry: { zh: '备份中有清单未列出的条目 {entry}：文件被改动。', en: 'The backup holds an entry the manifest does not list, {entry}: the file was altered.' },
  signature: { zh: '备份签名无效（{detail}）：清单被改动，或签名不是用工作区的密钥做的。', en: 'The backup signature is not valid ({detail}): the manifest was altered, or not signed with the workspace key.' },
  rows: { zh: '数据块 {entry} 的内容无法读取（{detail}）。', en: 'The rows of chunk {entry} cannot be read ({detail}).' },
  notBackup: { zh: '不是 Mulu 备份文件（{detail}）。', en: 'Not a Mulu backup file ({detail}).' },
  newerFormat: {
    zh: '这个备份由更新版本的 Mulu 生成（{detail}），本版本无法读取；请先升级 Mulu。',
    en: 'This backup was made by a newer Mulu ({detail}) and cannot be read by this version; upgrade Mulu first.',
  },
  tooLarge: { zh: '备份文件过大（{detail}），未予读取。', en: 'The backup file is too large ({detail}) and was not read.' },
};

const problem = (kind: BackupProblemKind, entry: string, params: Record<string, string | LocalText> = {}): BackupProblem => ({
  kind,
  entry,
  message: fillLocal(TEXT[kind], { entry, ...params }),
});

/** What a container failure means for a clerk: the data itself is corrupt, or the file is cut short or out of shape. */
const CONTAINER_DAMAGE: Readonly<Record<'data' | 'structure', LocalText>> = {
  data: { zh: '其中一部分数据已损坏', en: 'part of its data is corrupt' },
  structure: { zh: '文件不完整或结构被破坏（拷贝中断、存储介质损坏或被改动）', en: 'the file is incomplete or its structure is broken (an interrupted copy, a failing disk, or an alteration)' },
};

function containerProblem(failure: ContainerFailure): BackupProblem {
  const data = failure.reason === 'crcMismatch' || failure.reason === 'corruptData' || failure.reason === 'sizeMismatch';
  const entry = failure.entry ?? '';
  return problem('container', entry, {
    what: CONTAINER_DAMAGE[data ? 'data' : 'structure'],
    reason: failure.reason,
    at: entry ? { zh: `，条目 ${entry}`, en: `, entry ${entry}` } : '',
  });
}

const digestOf = async (data: Uint8Array) => `sm3:${bytesToHex(await sm3(data))}`;

/** Whether the file starts as a backup does: its `mimetype` entry, stored, naming the backup media type (at byte 38). */
async function startsAsBackup(source: RandomAccessSource): Promise<boolean> {
  const wanted = MIMETYPE_ENTRY + BACKUP_MEDIA_TYPE;
  const length = LOCAL_HEADER_SIZE + wanted.length;
  if (source.size < length) return false;
  return decodeUtf8Lossy((await source.read(LOCAL_HEADER_SIZE, wanted.length)).subarray(0, wanted.length)) === wanted;
}

async function containerVerdict(source: RandomAccessSource, failure: ContainerFailure): Promise<BackupCheck> {
  if (failure.reason === 'fileTooLarge') return { ok: false, verdict: 'unusable', reason: 'tooLarge', message: fillLocal(TEXT.tooLarge, { detail: failure.message }) };
  if (!(await startsAsBackup(source))) return { ok: false, verdict: 'unusable', reason: 'notBackup', message: fillLocal(TEXT.notBackup, { detail: failure.message }) };
  return { ok: false, verdict: 'damaged', problems: [containerProblem(failure)] };
}

/** Reads the whole backup once and judges it; nothing is kept but the digests. */
export async function checkBackup(source: RandomAccessSource): Promise<BackupCheck> {
  const digests = new Map<string, string>();
  let manifestBytes: Uint8Array | undefined;
  let signatureBytes: Uint8Array | undefined;
  const read = await readContainerStream(
    source,
    BACKUP_MEDIA_TYPE,
    async (name, data) => {
      if (name === MANIFEST_ENTRY) manifestBytes = data;
      else if (name === SIGNATURE_ENTRY) signatureBytes = data;
      else digests.set(name, await digestOf(data));
    },
    BACKUP_LIMITS,
  );
  if (!read.ok) return containerVerdict(source, read);
  if (!manifestBytes) return { ok: false, verdict: 'damaged', problems: [problem('manifest', MANIFEST_ENTRY, { detail: { zh: '没有清单', en: 'there is none' } })] };
  const parsed = parseBackupManifest(manifestBytes);
  if (!parsed.ok) {
    if (parsed.newer) return { ok: false, verdict: 'unusable', reason: 'newerFormat', message: fillLocal(TEXT.newerFormat, { detail: parsed.problem }) };
    return { ok: false, verdict: 'damaged', problems: [problem('manifest', MANIFEST_ENTRY, { detail: parsed.problem })] };
  }
  const { manifest } = parsed;
  const problems: BackupProblem[] = [];
  const listed = new Set<string>();
  for (const table of manifest.tables) {
    for (const chunk of table.chunks) {
      listed.add(chunk.path);
      const actual = digests.get(chunk.path);
      if (actual === undefined) problems.push(problem('missingChunk', chunk.path, { table: table.name }));
      else if (actual !== chunk.digest) problems.push(problem('digest', chunk.path, { table: table.name }));
    }
  }
  for (const name of digests.keys()) if (!listed.has(name)) problems.push(problem('unexpectedEntry', name));
  let signature: SignatureStatus = { signed: false };
  if (signatureBytes) {
    const checked = await checkBackupSignature(signatureBytes, manifestBytes, manifest.signingKey?.keyId);
    if (checked.ok) signature = { signed: true, keyId: checked.keyId, algorithm: checked.algorithm };
    else problems.push(problem('signature', SIGNATURE_ENTRY, { detail: checked.problem }));
  }
  return problems.length ? { ok: false, verdict: 'damaged', problems, manifest } : { ok: true, manifest, signature };
}

export type RowsHandler = (table: string, rows: unknown[]) => Promise<void>;

/**
 * Hands every chunk's rows to `onRows`, table by table in manifest order, each chunk only after its digest matched
 * the (already checked) manifest again. A problem stops the reading; what was handed on before must be discarded.
 */
export async function readBackupRows(source: RandomAccessSource, manifest: BackupManifest, onRows: RowsHandler): Promise<{ ok: true } | { ok: false; problem: BackupProblem }> {
  const expected = new Map(manifest.tables.flatMap((t) => t.chunks.map((c) => [c.path, { table: t.name, chunk: c }] as const)));
  let stopped: BackupProblem | undefined;
  const stop = (p: BackupProblem): ContainerFailure => {
    stopped = p;
    return { ok: false, reason: 'corruptData', message: p.message };
  };
  const read = await readContainerStream(
    source,
    BACKUP_MEDIA_TYPE,
    async (name, data) => {
      if (name === MANIFEST_ENTRY || name === SIGNATURE_ENTRY) return undefined;
      const at = expected.get(name);
      if (!at) return stop(problem('unexpectedEntry', name));
      if ((await digestOf(data)) !== at.chunk.digest) return stop(problem('digest', name, { table: at.table }));
      const rows = decodeRows(data);
      if (!rows.ok) return stop(problem('rows', name, { detail: rows.problem }));
      if (rows.rows.length !== at.chunk.rows) return stop(problem('rows', name, { detail: `${rows.rows.length} rows, the manifest says ${at.chunk.rows}` }));
      expected.delete(name);
      await onRows(at.table, rows.rows);
      return undefined;
    },
    BACKUP_LIMITS,
  );
  if (stopped) return { ok: false, problem: stopped };
  if (!read.ok) return { ok: false, problem: containerProblem(read) };
  const missing = [...expected.entries()][0];
  if (missing) return { ok: false, problem: problem('missingChunk', missing[0], { table: missing[1].table }) };
  return { ok: true };
}
