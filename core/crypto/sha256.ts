// SHA-256 for the Ed25519 suite, through @noble/hashes: audited, synchronous and streaming, where WebCrypto's
// digest() only takes the whole input at once.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import type { Digester } from './digester.ts';

export function createSha256(): Digester {
  const hash = nobleSha256.create();
  const digester: Digester = {
    update(chunk) {
      hash.update(chunk);
      return digester;
    },
    digest: () => hash.digest(),
  };
  return digester;
}

export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}
