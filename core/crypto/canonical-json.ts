// RFC 8785 JSON Canonicalization Scheme: what Mulu signs (the package manifest) and authenticates (the keystore
// header) is written in this form, so the same content always gives the same bytes. canonicalize 4.0.0 is pinned:
// 5.x needs Node 22. It sorts keys by UTF-16 code units, writes numbers as ECMAScript does, and throws on NaN,
// Infinity, lone surrogates and cycles, none of which I-JSON can carry.
import canonicalize from 'canonicalize';
import { utf8ToBytes } from '@noble/hashes/utils.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  const text = canonicalize(value);
  // Only `undefined` serialises to nothing, and JsonValue excludes it; this guards callers that cast.
  if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
  return text;
}

/** The UTF-8 bytes of the canonical form: the exact bytes that are signed or authenticated. */
export function canonicalJsonBytes(value: JsonValue): Uint8Array {
  return utf8ToBytes(canonicalJson(value));
}
