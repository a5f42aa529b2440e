// PEM armour (RFC 7468) for the one thing Mulu exchanges as text: a public key, registered with the platform and
// checked with OpenSSL. Text around the block (a pasted label or note) is allowed, as RFC 7468 §2 says; the block
// itself must be exactly one, with a canonical base64 body.
import { decodeBase64, encodeBase64 } from './base64.ts';

export function encodePem(label: string, der: Uint8Array): string {
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER inside the only `label` block of `text`, or undefined if there is none, more than one, or it is damaged. */
export function decodePem(label: string, text: string): Uint8Array | undefined {
  const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END ([A-Z0-9 ]+)-----/g)];
  if (blocks.length !== 1 || (text.match(/-----BEGIN /g) ?? []).length !== 1) return undefined;
  const [, begin, body, end] = blocks[0]!;
  if (begin !== label || end !== label) return undefined;
  return decodeBase64(body!.replace(/[ \t\r\n]/g, ''));
}
