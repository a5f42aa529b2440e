// The DER form of an SM2 signature, SEQUENCE { r INTEGER, s INTEGER } (GM/T 0009; what OpenSSL reads and
// writes). sm-crypto-v2's own DER reader is lenient — it accepts trailing bytes (signing-notes §2.3) — so every
// signature is parsed here first, strictly: one signature has exactly one byte string, so nobody can alter the
// bytes of a valid signature and keep it valid.
import type { VerifyFailure } from './verification.ts';

export type DerSignature = { ok: true; r: bigint; s: bigint } | { ok: false; reason: Extract<VerifyFailure, 'malformedSignature' | 'signatureOutOfRange'> };

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const MALFORMED = { ok: false, reason: 'malformedSignature' } as const;

/** Parses `der` as the signature of a curve of order `n`: exact structure, minimal integers, 0 < r, s < n. */
export function parseDerSignature(der: Uint8Array, n: bigint): DerSignature {
  // Both integers are below 2^256, so the content is at most 70 bytes and every length has DER's short form.
  if (der.length < 2 || der[0] !== SEQUENCE || der[1]! >= 0x80 || der[1] !== der.length - 2) return MALFORMED;
  const r = readInteger(der, 2);
  const s = r && readInteger(der, r.end);
  if (!r || !s || s.end !== der.length) return MALFORMED;
  if (r.value <= 0n || r.value >= n || s.value <= 0n || s.value >= n) return { ok: false, reason: 'signatureOutOfRange' };
  return { ok: true, r: r.value, s: s.value };
}

/** A non-negative INTEGER in minimal encoding starting at `at`, or undefined. */
function readInteger(der: Uint8Array, at: number): { value: bigint; end: number } | undefined {
  const length = der[at + 1];
  if (der[at] !== INTEGER || length === undefined || length === 0 || length >= 0x80) return undefined;
  const start = at + 2;
  const end = start + length;
  if (end > der.length) return undefined;
  const first = der[start]!;
  if (first & 0x80) return undefined; // negative
  if (first === 0 && length > 1 && !(der[start + 1]! & 0x80)) return undefined; // needless leading zero
  let value = 0n;
  for (let i = start; i < end; i++) value = (value << 8n) | BigInt(der[i]!);
  return { value, end };
}
