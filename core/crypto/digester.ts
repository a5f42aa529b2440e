// What every digest implementation gives (sha256.ts, sm3.ts), so callers never branch on the algorithm.
export interface Digester {
  update(chunk: Uint8Array): Digester;
  /** The digest of everything passed to update(); the digester cannot be used afterwards. */
  digest(): Uint8Array;
}
