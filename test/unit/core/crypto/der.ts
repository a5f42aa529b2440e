// Builds DER signatures by hand, valid and broken, for the strict-parsing tests.

export function derInteger(value: bigint, { extraLeadingZero = false } = {}): number[] {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = hex.match(/../g)!.map((h) => parseInt(h, 16));
  if (bytes[0]! & 0x80) bytes.unshift(0);
  if (extraLeadingZero) bytes.unshift(0);
  return [0x02, bytes.length, ...bytes];
}

export function derSequence(...parts: number[][]): Uint8Array {
  const content = parts.flat();
  return Uint8Array.from([0x30, content.length, ...content]);
}

export function derSignature(r: bigint, s: bigint): Uint8Array {
  return derSequence(derInteger(r), derInteger(s));
}
