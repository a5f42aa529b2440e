// Digests by suite name, one-shot or streamed. Package files can be large, so every digest can be fed in chunks;
// both implementations give the same interface (digester.ts).
import type { DigestAlgorithm } from './algorithms.ts';
import type { Digester } from './digester.ts';
import { createSha256 } from './sha256.ts';
import { createSm3 } from './sm3.ts';

export async function createDigester(algorithm: DigestAlgorithm): Promise<Digester> {
  return algorithm === 'SM3' ? createSm3() : createSha256();
}

export async function digestBytes(algorithm: DigestAlgorithm, bytes: Uint8Array): Promise<Uint8Array> {
  return (await createDigester(algorithm)).update(bytes).digest();
}
