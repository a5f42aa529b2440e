// Checksums of release artifacts, written beside them in the format `sha256sum -c` reads ("<hex>  <name>"), so an
// IT office can check a copy carried on a USB stick with the tools its machines already have (docs/offline-build.md).
// SM3 (GB/T 32905) is given beside SHA-256 for offices that must use the national algorithm; both come from the
// digest code that signs Mulu's packages, streamed so a 150 MB installer is never held in memory.
import { createReadStream } from 'node:fs';
import { readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DigestAlgorithm } from '../../core/crypto/algorithms.ts';
import { createDigester } from '../../core/crypto/digest.ts';

export const CHECKSUM_FILES: Record<DigestAlgorithm, string> = { 'SHA-256': 'SHA256SUMS', SM3: 'SM3SUMS' };

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export async function fileDigests(path: string): Promise<Record<DigestAlgorithm, string>> {
  const digesters = { 'SHA-256': await createDigester('SHA-256'), SM3: await createDigester('SM3') };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    digesters['SHA-256'].update(chunk);
    digesters.SM3.update(chunk);
  }
  return { 'SHA-256': hex(digesters['SHA-256'].digest()), SM3: hex(digesters.SM3.digest()) };
}

/** The artifacts of a dist folder: its top-level files, less the checksum files and electron-builder's own notes. */
export async function artifactNames(dir: string): Promise<string[]> {
  const skip = new Set([...Object.values(CHECKSUM_FILES), 'builder-debug.yml', 'builder-effective-config.yaml']);
  const names: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    if (skip.has(name) || name.startsWith('.')) continue;
    if ((await stat(join(dir, name))).isFile()) names.push(name);
  }
  return names;
}

/** Writes SHA256SUMS and SM3SUMS for every artifact in dir (each replaced whole, never left half-written). */
export async function writeChecksums(dir: string): Promise<string[]> {
  const names = await artifactNames(dir);
  const lines: Record<DigestAlgorithm, string[]> = { 'SHA-256': [], SM3: [] };
  for (const name of names) {
    const d = await fileDigests(join(dir, name));
    lines['SHA-256'].push(`${d['SHA-256']}  ${name}`);
    lines.SM3.push(`${d.SM3}  ${name}`);
  }
  for (const algorithm of ['SHA-256', 'SM3'] as const) {
    const target = join(dir, CHECKSUM_FILES[algorithm]);
    await writeFile(`${target}.tmp`, lines[algorithm].map((l) => `${l}\n`).join(''));
    await rename(`${target}.tmp`, target);
  }
  return names;
}
