// Getting an entry's bytes out, trusting nothing the headers say. Its declared size was checked against the caps
// before this runs; here the bytes actually produced are counted, and inflating stops as soon as they exceed the
// declared size, so a header that lies about the size (a "lying bomb") costs at most one step of work beyond it.
import { Inflate } from 'fflate';
import type { LocalText } from '../i18n/text.ts';
import { crc32 } from './zip-crc32.ts';
import { METHOD_STORED } from './zip-format.ts';

/**
 * Compressed bytes fed to the inflater per step. Deflate expands at most ~1032:1, so one step yields at most
 * ~17 MB beyond the declared size before the count stops it; larger steps were not measurably faster.
 */
export const INFLATE_STEP_BYTES = 16 * 1024;

/**
 * Steps in a row that may produce no output. fflate keeps every byte pushed after the end of a deflate stream and
 * copies them all again on each later push, so 60 MB of junk after a short stream would cost minutes (quadratic).
 * A live stream produces output at least once per stored block (at most 65,535 bytes, so at most 5 idle steps);
 * after 8 idle steps the rest is junk and the entry is refused.
 */
const MAX_IDLE_STEPS = 8;

export type ExtractResult =
  | { ok: true; data: Uint8Array }
  | { ok: false; reason: 'sizeMismatch' | 'corruptData' | 'crcMismatch'; params: Record<string, string | number | LocalText> };

export interface DeclaredEntry {
  method: number;
  uncompressedSize: number;
  crc: number;
}

/** The entry's content, exactly `declared.uncompressedSize` bytes with the declared CRC-32, or why not. */
export function extractEntry(compressed: Uint8Array, declared: DeclaredEntry): ExtractResult {
  const size = declared.uncompressedSize;
  let data: Uint8Array;
  if (declared.method === METHOD_STORED) {
    if (compressed.length !== size) return sizeMismatch(size, compressed.length > size, compressed.length);
    data = compressed.slice(); // a copy: the entries must not change if the caller reuses the file's buffer
  } else {
    const inflated = inflateCounted(compressed, size);
    if (!inflated.ok) return inflated;
    data = inflated.data;
  }
  const actual = crc32(data);
  if (actual !== declared.crc) return { ok: false, reason: 'crcMismatch', params: { expected: hex(declared.crc), actual: hex(actual) } };
  return { ok: true, data };
}

function inflateCounted(compressed: Uint8Array, size: number): ExtractResult {
  // A deflate stream is never empty (even empty content takes two bytes); fflate would accept nothing as nothing.
  if (compressed.length === 0) return corrupt(0);
  const out = new Uint8Array(size);
  let written = 0;
  let produced = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    let idle = 0;
    for (let at = 0; at < compressed.length && !overflow; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, compressed.length);
      const before = produced;
      // The last push is marked final, so fflate reports a stream that stops before its final block.
      inflater.push(compressed.subarray(at, end), end === compressed.length);
      idle = produced === before ? idle + 1 : 0;
      if (idle > MAX_IDLE_STEPS) return corrupt('idle');
    }
  } catch (error) {
    return corrupt((error as { code?: unknown }).code);
  }
  if (overflow || written !== size) return sizeMismatch(size, overflow, written);
  return { ok: true, data: out };
}

function sizeMismatch(size: number, more: boolean, actual?: number): ExtractResult {
  const detail = more
    ? { zh: '（实际更大）', en: ' (it is larger)' }
    : { zh: `（实际只有 ${actual ?? 0} 字节）`, en: ` (it has only ${actual ?? 0} bytes)` };
  return { ok: false, reason: 'sizeMismatch', params: { size, detail } };
}

/** fflate's error codes 0–3 are the ways a deflate stream can be broken. */
const FLATE_ERRORS: readonly LocalText[] = [
  { zh: '数据提前结束', en: 'the data ends too early' },
  { zh: '无效的块类型', en: 'invalid block type' },
  { zh: '无效的长度或字面量编码', en: 'invalid length/literal code' },
  { zh: '无效的回溯距离', en: 'invalid distance' },
];

const IDLE: LocalText = { zh: '压缩数据结束后仍有大量多余字节', en: 'many bytes follow the end of the compressed stream' };

function corrupt(code: unknown): ExtractResult {
  const detail = code === 'idle' ? IDLE : (typeof code === 'number' && FLATE_ERRORS[code]) || { zh: '无法解析', en: 'it cannot be decoded' };
  return { ok: false, reason: 'corruptData', params: { detail } };
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
