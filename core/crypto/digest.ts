// Digests by suite name, one-shot or streamed. Package files can be large, so every digest can be fed in chunks;
// both implementations give the same interface so callers never branch on the algorithm.
import type { DigestAlgorithm } from './algorithms.ts';
import { createSha256 } from './sha256.ts';
import { createSm3 } from './sm3.ts';

export interface Digester {
  update(chunk: Uint8Array): Digester;
  /** The digest of everything passed to update(); the digester cannot be used afterwards. */
  digest(): Uint8Array;
}

export async function createDigester(algorithm: DigestAlgorithm): Promise<Digester> {
  return algorithm === 'SM3' ? createSm3() : createSha256();
}

export async function digestBytes(algorithm: DigestAlgorithm, bytes: Uint8Array): Promise<Uint8Array> {
  return (await createDigester(algorithm)).update(bytes).digest();
}
