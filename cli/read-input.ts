// Reading input files with messages that name the file and what is wrong with it.
import { readFile } from 'node:fs/promises';
import { parseCatalogText, type FileProblem } from '../core/format/catalog-file.ts';
import type { LocalText } from '../core/i18n/text.ts';
import type { Catalog } from '../core/model/catalog.ts';
import { UsageError } from './exit-codes.ts';

/** The file's text; `bytes`, when the caller has already read the file, saves reading it again. */
export async function readText(path: string, bytes?: Uint8Array): Promise<string> {
  const buf = bytes ?? (await readBytes(path));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (err) {
    if (err instanceof TypeError) throw new UsageError(`${path} 不是 UTF-8 编码的文本文件`, `${path} is not UTF-8 text`);
    throw err;
  }
}

/** A binary file (a package), with the same messages for a missing or unreadable file. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件：${path}`, `file not found: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
    if (code === 'EACCES') throw new UsageError(`没有权限读取文件：${path}`, `permission denied: ${path}`);
    throw err;
  }
}

export async function readCatalog(path: string, bytes?: Uint8Array): Promise<Catalog> {
  const result = parseCatalogText(await readText(path, bytes));
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
