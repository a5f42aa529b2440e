// Reading input files with messages that name the file and what is wrong with it. Every file is measured before it
// is read, against a cap for its kind: a 3 GB file once crashed the CLI (ERR_FS_FILE_TOO_LARGE) and a 1.5 GB one
// took 3 GB of memory before core refused it.
import { open } from 'node:fs/promises';
import { KEYSTORE_MAX_CHARS } from '../core/crypto/keystore.ts';
import { parseCatalogText, type FileProblem } from '../core/format/catalog-file.ts';
import type { LocalText } from '../core/i18n/text.ts';
import type { Catalog } from '../core/model/catalog.ts';
import { DEFAULT_PACKAGE_LIMITS } from '../core/zip/archive-limits.ts';
import { DEFAULT_WORKBOOK_LIMITS } from '../core/xlsx/read-limits.ts';
import { UsageError } from './exit-codes.ts';

const MiB = 1024 * 1024;

/** What a file is expected to be, which sets how large it may be. */
export type FileKind = 'input' | 'package' | 'workbook' | 'keystore' | 'trust' | 'json' | 'pem';

const CAPS: Readonly<Record<FileKind, { bytes: number; what: LocalText }>> = {
  // A catalog file, a workbook or a package, told apart after reading: the largest of their caps, the catalog's
  // (a 20,000-resource county catalog is ~100 MB of JSON; a package entry may hold 256 MB).
  input: { bytes: DEFAULT_PACKAGE_LIMITS.maxEntryBytes, what: { zh: '目录文件', en: 'catalog file' } },
  package: { bytes: DEFAULT_PACKAGE_LIMITS.maxFileBytes, what: { zh: '目录包', en: 'package' } },
  workbook: { bytes: DEFAULT_WORKBOOK_LIMITS.maxFileBytes, what: { zh: '工作簿', en: 'workbook' } },
  keystore: { bytes: KEYSTORE_MAX_CHARS, what: { zh: '密钥文件', en: 'key file' } },
  trust: { bytes: 16 * MiB, what: { zh: '信任库或公钥文件', en: 'trust store or public key file' } },
  json: { bytes: 16 * MiB, what: { zh: 'JSON 文件', en: 'JSON file' } },
  pem: { bytes: 64 * 1024, what: { zh: '公钥文件', en: 'public key file' } },
};

/** The file's text; `bytes`, when the caller has already read the file, saves reading it again. */
export async function readText(path: string, kind: FileKind, bytes?: Uint8Array): Promise<string> {
  const buf = bytes ?? (await readBytes(path, kind));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (err) {
    if (err instanceof TypeError) throw new UsageError(`${path} 不是 UTF-8 编码的文本文件`, `${path} is not UTF-8 text`);
    throw err;
  }
}

/** A file's bytes, after its size was checked against the cap for its kind; a missing or unreadable file is exit 2. */
export async function readBytes(path: string, kind: FileKind): Promise<Uint8Array> {
  const cap = CAPS[kind];
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > cap.bytes) throw tooLarge(path, size, cap);
      // Read what stat promised plus one byte: a file still growing past the cap is caught too.
      const data = new Uint8Array(size + 1);
      let filled = 0;
      for (let n; filled < data.length && (n = (await handle.read(data, filled, data.length - filled, null)).bytesRead) > 0; ) filled += n;
      if (filled > cap.bytes) throw tooLarge(path, filled, cap);
      return data.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件：${path}`, `file not found: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
    if (code === 'EACCES') throw new UsageError(`没有权限读取文件：${path}`, `permission denied: ${path}`);
    throw err;
  }
}

function tooLarge(path: string, size: number, cap: { bytes: number; what: LocalText }): UsageError {
  const mb = (n: number) => (n >= MiB ? `${(n / MiB).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
  return new UsageError(
    `${path} 有 ${mb(size)}，超过${cap.what.zh}的上限 ${mb(cap.bytes)}，未读取。请确认文件是否选错。`,
    `${path} is ${mb(size)}, over the ${mb(cap.bytes)} limit for a ${cap.what.en}; it was not read. Check that this is the right file.`,
  );
}

export async function readCatalog(path: string, bytes?: Uint8Array): Promise<Catalog> {
  const result = parseCatalogText(await readText(path, 'input', bytes));
  if (result.ok) return result.catalog;
  throw unusableVersionedFile({ zh: '目录文件', en: 'catalog file' }, path, result);
}

type VersionedFileFailure = { kind: 'syntax' | 'format' | 'version' | 'structure'; problems: readonly FileProblem[] };

/** A Mulu JSON file (catalog, trust store, change notes…) that failed its parser: what kind of failure, in words. */
export function unusableVersionedFile(what: LocalText, path: string, failure: VersionedFileFailure): UsageError {
  return unusableFileError(what, path, failure.kind, failure.problems, { syntax: '无法解析', format: '格式不符', version: '版本不受支持', structure: '内容有误' });
}

/** One error for a file that could not be used, listing every problem with file:line:column or its field path. */
function unusableFileError<K extends string>(
  what: LocalText,
  path: string,
  kind: K,
  problems: readonly FileProblem[],
  heads: Record<K, string>,
): UsageError {
  const lines = problems.map((p) => {
    const where = p.line !== undefined ? `${path}:${p.line}:${p.column}` : p.path ? `${path} ${p.path}` : path;
    return { zh: `  ${where}：${p.message.zh}`, en: `  ${where}: ${p.message.en}` };
  });
  return new UsageError(
    `${what.zh}${heads[kind]}：${path}\n${lines.map((l) => l.zh).join('\n')}`,
    `unusable ${what.en} ${path} (${kind}):\n${lines.map((l) => l.en).join('\n')}`,
  );
}
