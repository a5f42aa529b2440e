// Getting an entry's bytes out, trusting nothing the headers say. Its declared size was checked against the caps
// before this runs; here the bytes actually produced are counted, and inflating stops as soon as they exceed the
// declared size, so a header that lies about the size (a "lying bomb") costs at most one step of work beyond it.
// EntryStream hands the content on step by step (the .xlsx reader parses a sheet as it inflates); extractEntry
// collects it whole (the package reader).
import { Inflate } from 'fflate';
import type { LocalText } from '../i18n/text.ts';
import { crc32 } from './crc32.ts';
import { METHOD_STORED } from './format.ts';

/**
 * Compressed bytes fed to the inflater per step. Deflate expands at most ~1032:1, so one step yields at most
 * ~17 MB beyond the declared size before the count stops it; larger steps were not measurably faster.
 */
export const INFLATE_STEP_BYTES = 16 * 1024;

/**
 * Compressed bytes in a row that may produce no output. fflate keeps every byte pushed after the end of a deflate
 * stream and copies them all again on each later push, so 60 MB of junk after a short stream would cost minutes
 * (quadratic). A live stream produces output at least once per stored block (at most 65,535 bytes, so at most 5
 * idle steps of the default size); after 8 steps' worth of bytes without output the rest is junk and the entry is
 * refused. Counted in bytes, not steps, so that tiny steps (which may all fall inside one Huffman table) are fine.
 */
export const MAX_IDLE_BYTES = 8 * INFLATE_STEP_BYTES;

export type ExtractFailure = {
  ok: false;
  reason: 'sizeMismatch' | 'corruptData' | 'crcMismatch';
  params: Record<string, string | number | LocalText>;
};

export type ExtractResult = { ok: true; data: Uint8Array } | ExtractFailure;

/** After a step: more to come, or the entry is complete and its size and CRC-32 are right, or why not. */
export type StepResult = { done: false } | { done: true; ok: true } | (ExtractFailure & { done: true });

export interface DeclaredEntry {
  method: number;
  uncompressedSize: number;
  crc: number;
}

/** The entry's content, exactly `declared.uncompressedSize` bytes with the declared CRC-32, or why not. */
export function extractEntry(compressed: Uint8Array, declared: DeclaredEntry): ExtractResult {
  const size = declared.uncompressedSize;
  // Stored: a copy, so the entries do not change if the caller reuses the file's buffer.
  const out = new Uint8Array(declared.method === METHOD_STORED && compressed.length !== size ? 0 : size);
  let written = 0;
  const stream = new EntryStream(compressed, declared, (chunk) => {
    out.set(chunk, written);
    written += chunk.length;
  });
  for (;;) {
    const step = stream.step();
    if (!step.done) continue;
    return step.ok ? { ok: true, data: out } : { ok: false, reason: step.reason, params: step.params };
  }
}

/**
 * An entry's content handed to `onData` step by step, `stepBytes` of compressed input at a time. Nothing beyond
 * the declared size is ever handed on; the CRC-32 is checked when the last step has been delivered, so a consumer
 * that acts on the content before that must be ready to discard what it did.
 */
export class EntryStream {
  private at = 0;
  private delivered = 0;
  private crc = 0;
  private idleBytes = 0;
  private readonly inflater: Inflate | undefined;
  /** Output of the current push; handed on only after fflate returns, so the consumer's work is not fflate's. */
  private pending: Uint8Array[] = [];
  private produced = 0;

  constructor(
    private readonly compressed: Uint8Array,
    private readonly declared: DeclaredEntry,
    private readonly onData: (chunk: Uint8Array) => void,
    private readonly stepBytes = INFLATE_STEP_BYTES,
  ) {
    if (!Number.isInteger(stepBytes) || stepBytes < 1) throw new RangeError(`stepBytes must be a positive integer, got ${stepBytes}`);
    this.inflater =
      declared.method === METHOD_STORED
        ? undefined
        : new Inflate((chunk) => {
            this.produced += chunk.length;
            if (chunk.length) this.pending.push(chunk);
          });
  }

  /** Compressed bytes consumed so far. */
  get consumed(): number {
    return this.at;
  }

  step(): StepResult {
    return this.inflater ? this.inflateStep(this.inflater) : this.copyStep();
  }

  private copyStep(): StepResult {
    const size = this.declared.uncompressedSize;
    if (this.compressed.length !== size) return { done: true, ...sizeMismatch(size, this.compressed.length > size, this.compressed.length) };
    if (this.at < size) {
      const end = Math.min(this.at + this.stepBytes, size);
      this.deliver(this.compressed.subarray(this.at, end));
      this.at = end;
    }
    return this.at < size ? { done: false } : this.finish();
  }

  private inflateStep(inflater: Inflate): StepResult {
    const size = this.declared.uncompressedSize;
    // A deflate stream is never empty (even empty content takes two bytes); fflate would accept nothing as nothing.
    if (this.compressed.length === 0) return { done: true, ...corrupt(0) };
    const end = Math.min(this.at + this.stepBytes, this.compressed.length);
    const before = this.produced;
    try {
      // The last push is marked final, so fflate reports a stream that stops before its final block.
      inflater.push(this.compressed.subarray(this.at, end), end === this.compressed.length);
    } catch (error) {
      return { done: true, ...corrupt((error as { code?: unknown }).code) };
    }
    this.idleBytes = this.produced > before ? 0 : this.idleBytes + (end - this.at);
    this.at = end;
    if (this.idleBytes > MAX_IDLE_BYTES) return { done: true, ...corrupt('idle') };
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      if (this.delivered + chunk.length > size) return { done: true, ...sizeMismatch(size, true, this.delivered) };
      this.deliver(chunk);
    }
    if (end < this.compressed.length) return { done: false };
    if (this.delivered !== size) return { done: true, ...sizeMismatch(size, false, this.delivered) };
    return this.finish();
  }

  private deliver(chunk: Uint8Array): void {
    this.crc = crc32(chunk, this.crc);
    this.delivered += chunk.length;
    this.onData(chunk);
  }

  private finish(): StepResult {
    if (this.crc !== this.declared.crc) {
      return { done: true, ok: false, reason: 'crcMismatch', params: { expected: hex(this.declared.crc), actual: hex(this.crc) } };
    }
    return { done: true, ok: true };
  }
}

function sizeMismatch(size: number, more: boolean, actual?: number): ExtractFailure {
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

function corrupt(code: unknown): ExtractFailure {
  const detail = code === 'idle' ? IDLE : (typeof code === 'number' && FLATE_ERRORS[code]) || { zh: '无法解析', en: 'it cannot be decoded' };
  return { ok: false, reason: 'corruptData', params: { detail } };
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
