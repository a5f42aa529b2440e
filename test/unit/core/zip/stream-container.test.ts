// The streamed writer and reader against the whole-file ones: the same entries give the same bytes, and on every
// file (intact, or with any one byte changed) the streamed reader accepts exactly what readContainer accepts,
// with the same content, never throwing.
import { describe, expect, it } from 'vitest';
import { readContainer } from '../../../../core/zip/reader.ts';
import { bytesSource, readContainerStream } from '../../../../core/zip/stream-reader.ts';
import { ContainerStreamWriter } from '../../../../core/zip/stream-writer.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { writeContainer } from '../../../../core/zip/writer.ts';

const MEDIA = 'application/vnd.mulu.test+zip';
const ENTRIES = [
  { path: 'data/a/000001.json', data: encodeUtf8(JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ i, name: `资源${i}` })))) },
  { path: 'data/b/000001.json', data: encodeUtf8('[]') },
  { path: 'manifest.json', data: encodeUtf8('{"format":"x"}') },
];

async function streamed(): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const writer = await ContainerStreamWriter.start({ write: async (b) => void parts.push(b.slice()) }, MEDIA);
  for (const e of ENTRIES) await writer.add(e.path, e.data);
  const size = await writer.finish();
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function readStreamed(bytes: Uint8Array) {
  const entries = new Map<string, Uint8Array>();
  const result = await readContainerStream(bytesSource(bytes), MEDIA, (name, data) => void entries.set(name, data));
  return { result, entries };
}

describe('streamed container', () => {
  it('writes the same bytes as writeContainer', async () => {
    expect(await streamed()).toEqual(writeContainer(ENTRIES, MEDIA));
  });

  it('refuses names writeContainer refuses, and a second finish', async () => {
    const writer = await ContainerStreamWriter.start({ write: async () => undefined }, MEDIA);
    await expect(writer.add('../x', new Uint8Array(1))).rejects.toThrow(RangeError);
    await writer.add('a.json', new Uint8Array(1));
    await expect(writer.add('A.json', new Uint8Array(1))).rejects.toThrow(/clashes/);
    await writer.finish();
    await expect(writer.finish()).rejects.toThrow(RangeError);
  });

  it('reads back every entry in order', async () => {
    const { result, entries } = await readStreamed(await streamed());
    expect(result).toEqual({ ok: true, names: ENTRIES.map((e) => e.path) });
    expect([...entries.values()]).toEqual(ENTRIES.map((e) => e.data));
  });

  it('agrees with readContainer on every one-byte change of the file', async () => {
    const intact = await streamed();
    for (let at = 0; at < intact.length; at++) {
      const bytes = intact.slice();
      bytes[at] = bytes[at]! ^ 0x5a;
      const whole = readContainer(bytes, MEDIA);
      const { result, entries } = await readStreamed(bytes);
      expect(result.ok, `byte ${at}`).toBe(whole.ok);
      if (whole.ok) expect(entries, `byte ${at}`).toEqual(whole.entries);
    }
  });

  it('refuses a file cut short or with bytes added, wherever', async () => {
    const intact = await streamed();
    for (const bytes of [intact.subarray(0, intact.length - 1), intact.subarray(0, 40), new Uint8Array([...intact, 0]), new Uint8Array([0, ...intact])]) {
      expect((await readStreamed(bytes)).result.ok).toBe(false);
    }
  });
});
