// Where a save dialog may write: never over a file the clerk opened in this session, nor over a key file (the only
// copy of a private key). Sameness is by identity (device and inode), so a symlink or hard link to the file is
// refused like the file itself. The decision is the pure `saveTargetRefusal`; the rest gathers its facts and asks
// again after a refusal, the way the CLI refuses such an --out (cli/output-guard.ts).
import * as fs from 'node:fs/promises';
import { basename } from 'node:path';
import { KEYSTORE_HEAD_BYTES, looksLikeKeystore } from '../../core/crypto/keystore.ts';
import { fileIdentity, readFileHead, sameFile, type FileIdentity } from '../../core/files/file-identity.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import type { OpenedFiles } from './opened-files.ts';

/** What is already at a chosen path. */
export interface ExistingTarget {
  identity: FileIdentity;
  keyFile: boolean;
}

/** Why `name` may not be written, or null when it may. `existing` is undefined when no file is there yet. */
export function saveTargetRefusal(name: string, existing: ExistingTarget | undefined, opened: readonly FileIdentity[]): LocalText | null {
  if (!existing) return null;
  if (existing.keyFile) {
    return {
      zh: `「${name}」是密钥文件，保存会覆盖其中的私钥（无法恢复）。请另选文件名；未做任何改动。`,
      en: `"${name}" is a key file; saving would destroy its private key for good. Choose another name; nothing was written.`,
    };
  }
  if (opened.some((id) => sameFile(id, existing.identity))) {
    return {
      zh: `「${name}」是本次在 Mulu 中打开过的文件，保存会覆盖它。请另选文件名；未做任何改动。`,
      en: `"${name}" is a file opened in Mulu in this session; saving would overwrite it. Choose another name; nothing was written.`,
    };
  }
  return null;
}

/** The file at `path` (through symlinks), or undefined when there is none. */
export async function existingTarget(path: string): Promise<ExistingTarget | undefined> {
  const identity = await fileIdentity(fs, path);
  if (!identity) return undefined;
  const head = await readFileHead(fs, path, KEYSTORE_HEAD_BYTES);
  return { identity, keyFile: head !== undefined && looksLikeKeystore(head) };
}

/**
 * Asks for a path until the clerk picks one that may be written or cancels (undefined); each refused choice is
 * explained through `refuse` before asking again.
 */
export async function chooseSavePath(
  ask: () => Promise<string | undefined>,
  opened: OpenedFiles,
  refuse: (why: LocalText) => Promise<void>,
): Promise<string | undefined> {
  for (;;) {
    const path = await ask();
    if (path === undefined) return undefined;
    const refusal = saveTargetRefusal(basename(path), await existingTarget(path), opened.all());
    if (!refusal) return path;
    await refuse(refusal);
  }
}
