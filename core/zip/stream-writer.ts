// Writing a container entry by entry to a sink, for files too large to hold whole (a workspace backup). The bytes are
// exactly those writeContainer (writer.ts) would produce for the same entries: the same headers, `mimetype` first,
// deflate level 6, no data descriptors (each entry is deflated whole before its header is written, so its sizes
// and CRC-32 are known). Only the central directory records (without data) stay in memory until finish().
import { CENTRAL_HEADER_SIZE, END_OF_DIRECTORY_SIZE, LOCAL_HEADER_SIZE, METHOD_DEFLATE, METHOD_STORED, ZIP64_MARKER_16, ZIP64_MARKER_32 } from './format.ts';
import { MIMETYPE_ENTRY } from './mimetype.ts';
import { encodeName, nameKey, nameProblem } from './names.ts';
import { encodeUtf8 } from './utf8.ts';
import { prepare, writeEnd, writeHeader, type PreparedEntry } from './writer.ts';

/** Where the bytes go, in order: a file being written, a download stream, a buffer in tests. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

export class ContainerStreamWriter {
  private readonly written: PreparedEntry[] = [];
  private readonly keys = new Map<string, string>();
  private offset = 0;
  private finished = false;

  private constructor(private readonly sink: ByteSink) {}

  /** Starts the container with its `mimetype` entry. */
  static async start(sink: ByteSink, mimetype: string): Promise<ContainerStreamWriter> {
    if (!/^[\x21-\x7e]+$/.test(mimetype)) throw new RangeError(`ContainerStreamWriter: the media type must be printable ASCII, got "${mimetype}"`);
    const writer = new ContainerStreamWriter(sink);
    await writer.write(MIMETYPE_ENTRY, encodeUtf8(mimetype), METHOD_STORED);
    return writer;
  }

  /** Deflates and writes one entry. Throws RangeError for a name writeContainer would refuse, or when ZIP64 would be needed. */
  add(path: string, data: Uint8Array): Promise<void> {
    return this.write(path, data, METHOD_DEFLATE);
  }

  /** Writes the central directory and the end record; returns the file's size in bytes. */
  async finish(): Promise<number> {
    if (this.finished) throw new RangeError('ContainerStreamWriter: already finished');
    this.finished = true;
    const directorySize = this.written.reduce((n, e) => n + CENTRAL_HEADER_SIZE + e.name.length, 0);
    const total = this.offset + directorySize + END_OF_DIRECTORY_SIZE;
    if (total >= ZIP64_MARKER_32) throw new RangeError(`ContainerStreamWriter: ${total} bytes need ZIP64`);
    const out = new Uint8Array(directorySize + END_OF_DIRECTORY_SIZE);
    const view = new DataView(out.buffer);
    let at = 0;
    for (const entry of this.written) at = writeHeader(view, out, at, entry, true);
    writeEnd(view, at, this.written.length, directorySize, this.offset);
    await this.sink.write(out);
    return total;
  }

  private async write(path: string, data: Uint8Array, method: number): Promise<void> {
    if (this.finished) throw new RangeError('ContainerStreamWriter: already finished');
    const problem = nameProblem(path);
    if (problem || !encodeName(path)) throw new RangeError(`ContainerStreamWriter: entry name "${path}" is not allowed (${problem ?? 'not encodable as UTF-8'})`);
    const key = nameKey(path);
    const other = this.keys.get(key);
    if (other !== undefined) throw new RangeError(`ContainerStreamWriter: entry name "${path}" clashes with "${other}"`);
    if (this.written.length + 1 >= ZIP64_MARKER_16) throw new RangeError(`ContainerStreamWriter: ${this.written.length + 1} entries need ZIP64`);
    this.keys.set(key, path);
    const entry = prepare(path, data, method);
    entry.offset = this.offset;
    const size = LOCAL_HEADER_SIZE + entry.name.length + entry.stored.length;
    if (this.offset + size >= ZIP64_MARKER_32) throw new RangeError(`ContainerStreamWriter: ${this.offset + size} bytes need ZIP64`);
    const header = new Uint8Array(LOCAL_HEADER_SIZE + entry.name.length);
    writeHeader(new DataView(header.buffer), header, 0, entry, false);
    await this.sink.write(header);
    await this.sink.write(entry.stored);
    this.offset += size;
    // Only the directory record is kept: the data is on its way to the sink.
    this.written.push({ ...entry, stored: new Uint8Array(0) });
  }
}
