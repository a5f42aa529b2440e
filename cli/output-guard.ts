// Refusing an --out that would destroy something: one of the command's own input files, or an existing key file.
// Sameness is by identity (device and inode, through symlinks and hard links), not by name: `./k.json`, a link to
// it and `k.json` are the same file, and `mulu pubkey k.json --out k.json` must not replace a private key with its
// public half. Checked before any slow work or passphrase prompt, and before anything is written.
import { open, stat } from 'node:fs/promises';
import { KEYSTORE_FORMAT } from '../core/crypto/keystore.ts';
import { UsageError } from './exit-codes.ts';

/** Only this much of an existing target is read to tell whether it is a keystore (which are ~1 KB). */
const KEYSTORE_SNIFF_BYTES = 4096;

type Identity = { dev: bigint; ino: bigint };

async function identityOf(path: string): Promise<Identity | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined; // missing or unreadable: reading or writing it reports the problem in its own words
  }
}

/**
 * Throws a UsageError (exit 2) when `out` exists and is one of `inputs` or a Mulu key file. `inputs` may hold
 * undefined for options not given. A missing `out` is always fine.
 */
export async function refuseDestructiveOutput(out: string, inputs: readonly (string | undefined)[]): Promise<void> {
  const target = await identityOf(out);
  if (!target) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const id = await identityOf(input);
    if (id && id.dev === target.dev && id.ino === target.ino) {
      throw new UsageError(
        `--out ${out} 与输入文件 ${input} 是同一个文件，写出会覆盖输入。请另选输出文件名；未做任何改动。`,
        `--out ${out} is the same file as the input ${input}; writing would overwrite it. Choose another output name; nothing was written.`,
      );
    }
  }
  if (await isKeystoreFile(out)) {
    throw new UsageError(
      `--out ${out} 是已有的密钥文件，写出会覆盖其中的私钥（无法恢复）。请另选输出文件名；未做任何改动。`,
      `--out ${out} is an existing key file; writing would destroy its private key for good. Choose another output name; nothing was written.`,
    );
  }
}

/** A keystore is JSON whose `format` is mulu.keystore; the first few KB tell, without reading a large file whole. */
async function isKeystoreFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return false;
  }
  try {
    const buffer = new Uint8Array(KEYSTORE_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = new TextDecoder('utf-8', { fatal: false }).decode(buffer.subarray(0, bytesRead));
    return new RegExp(`"format"\\s*:\\s*"${KEYSTORE_FORMAT.replace('.', '\\.')}"`).test(head);
  } catch {
    return false; // a folder or an unreadable file: not a key this command could destroy by reading
  } finally {
    await handle.close();
  }
}
