// Refusing an --out that would destroy something: one of the command's own input files, or an existing key file.
// Sameness is by identity (device and inode, through symlinks and hard links), not by name: `./k.json`, a link to
// it and `k.json` are the same file, and `mulu pubkey k.json --out k.json` must not replace a private key with its
// public half. Checked before any slow work or passphrase prompt, and before anything is written.
import * as fs from 'node:fs/promises';
import { KEYSTORE_HEAD_BYTES, looksLikeKeystore } from '../core/crypto/keystore.ts';
import { fileIdentity, readFileHead, sameFile } from '../core/files/file-identity.ts';
import { UsageError } from './exit-codes.ts';

/**
 * Throws a UsageError (exit 2) when `out` exists and is one of `inputs` or a Mulu key file. `inputs` may hold
 * undefined for options not given. A missing `out` is always fine.
 */
export async function refuseDestructiveOutput(out: string, inputs: readonly (string | undefined)[]): Promise<void> {
  const target = await fileIdentity(fs, out);
  if (!target) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const id = await fileIdentity(fs, input);
    if (id && sameFile(id, target)) {
      throw new UsageError(
        `--out ${out} 与输入文件 ${input} 是同一个文件，写出会覆盖输入。请另选输出文件名；未做任何改动。`,
        `--out ${out} is the same file as the input ${input}; writing would overwrite it. Choose another output name; nothing was written.`,
      );
    }
  }
  const head = await readFileHead(fs, out, KEYSTORE_HEAD_BYTES);
  if (head !== undefined && looksLikeKeystore(head)) {
    throw new UsageError(
      `--out ${out} 是已有的密钥文件，写出会覆盖其中的私钥（无法恢复）。请另选输出文件名；未做任何改动。`,
      `--out ${out} is an existing key file; writing would destroy its private key for good. Choose another output name; nothing was written.`,
    );
  }
}
