// UTF-8 for entry names and the media type, and the streaming decoder for entries read as text (.xlsx parts).
// TextEncoder and TextDecoder exist in the renderer and in Node, but core/ is type-checked without DOM or Node
// typings (tsconfig.core.json), so they are reached through globalThis with just the shape used here, as
// core/crypto/aes-gcm.ts does for WebCrypto.

interface Decoder {
  decode(input?: Uint8Array, options?: { stream: boolean }): string;
}
interface Encoder {
  encode(input: string): Uint8Array;
}
const platform = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
};

// ignoreBOM keeps a leading U+FEFF as part of the text: the default would drop it silently, and the name
// "\uFEFFmimetype" would read as "mimetype".
const strict = new platform.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new platform.TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const encoder = new platform.TextEncoder();

/** The text, or undefined if the bytes are not well-formed UTF-8 (overlong forms, surrogates and all). */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text with U+FFFD for every malformed sequence: for messages only. */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossy.decode(bytes);
}

/** Decodes text that arrives in pieces; a character split between two pieces comes out whole. */
export interface Utf8StreamDecoder {
  /** The text of `chunk`, holding back a character's first bytes until the rest arrives. */
  push(chunk: Uint8Array): string;
  /** Whatever was held back (U+FFFD if the input ended inside a character). */
  end(): string;
}

/**
 * One decoder for one stream: `decode(chunk, { stream: true })` keeps the first bytes of a character cut at a
 * chunk boundary for the next call (decoding each chunk on its own turns every such character into U+FFFD:
 * exceljs#2063). Malformed bytes become U+FFFD, and a leading byte-order mark is dropped.
 */
export function createUtf8StreamDecoder(options: { fatal?: boolean } = {}): Utf8StreamDecoder {
  // fatal: malformed bytes throw a TypeError instead of becoming U+FFFD (a workbook part must not lose text silently).
  const decoder = new platform.TextDecoder('utf-8', { fatal: options.fatal ?? false, ignoreBOM: false });
  return { push: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/** Lone surrogates become U+FFFD, as TextEncoder does; callers that care compare the round trip. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}
