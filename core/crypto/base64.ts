// Standard padded base64 (RFC 4648 §4) for PEM bodies and keystore fields. Written here because core/ has neither
// Buffer nor atob/btoa in its type environment. Decoding accepts only the canonical form, so every byte string has
// exactly one text form and a changed character is never silently absorbed.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i]));

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += rest > 1 ? ALPHABET[(n >> 6) & 63]! : '=';
    out += rest > 2 ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** The bytes of canonical padded base64, or undefined for anything else (stray characters, bad padding). */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = i; j < i + 4; j++) {
      const v = j >= text.length - padding ? 0 : VALUE_OF.get(text[j]!);
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    for (const byte of [n >> 16, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  // Non-zero bits under the padding would give a second spelling of the same bytes.
  return encodeBase64(out) === text ? out : undefined;
}
