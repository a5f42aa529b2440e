// Files that cross the bridge piece by piece (a workspace backup of hundreds of MB), behind random tokens like saved
// files: a file the clerk opened is read by position and never whole; a file being saved grows in a temporary file
// beside its target and takes its name only at the end, with core's one atomic, flushed write (or is removed).
// Paths stay here; the renderer holds tokens. Pure over the file functions it is given, so it is unit-tested on disk.
import { startAtomicWrite, type AtomicFileSystem, type AtomicWrite } from '../../core/files/atomic-write.ts';

/** The part of a file handle opened for reading that is used (Node's `FileHandle` has it). */
export interface ReadableFile {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export class FileStreams {
  readonly #reading = new Map<string, ReadableFile>();
  readonly #writing = new Map<string, { path: string; write: AtomicWrite }>();

  constructor(
    private readonly fs: AtomicFileSystem,
    private readonly openForReading: (path: string) => Promise<ReadableFile>,
    private readonly newToken: () => string,
    /** A renderer that forgets to close its files runs into this rather than into the system's limit. */
    private readonly limit = 16,
  ) {}

  /** Opens `path` for reading; its token and size. */
  async open(path: string): Promise<{ token: string; size: number }> {
    this.#roomFor(this.#reading.size);
    const file = await this.openForReading(path);
    const { size } = await file.stat();
    const token = this.newToken();
    this.#reading.set(token, file);
    return { token, size };
  }

  /** Up to `length` bytes from `offset`; fewer at the end of the file, none past it. */
  async read(token: string, offset: number, length: number): Promise<Uint8Array> {
    const file = this.#reading.get(token);
    if (!file) throw new Error('readFile: no file is open under this token');
    const buffer = new Uint8Array(length);
    const { bytesRead } = await file.read(buffer, 0, length, offset);
    return bytesRead === length ? buffer : buffer.slice(0, bytesRead);
  }

  async close(token: string): Promise<void> {
    const file = this.#reading.get(token);
    this.#reading.delete(token);
    await file?.close();
  }

  /** Starts writing the file that will be `path`; nothing is at `path` until end(token, true). */
  async begin(path: string): Promise<string> {
    this.#roomFor(this.#writing.size);
    const write = await startAtomicWrite(this.fs, path, { mode: 0o666, overwrite: true }); // the mode writeFile used; umask applies
    const token = this.newToken();
    this.#writing.set(token, { path, write });
    return token;
  }

  async write(token: string, bytes: Uint8Array): Promise<void> {
    const writing = this.#writing.get(token);
    if (!writing) throw new Error('saveWrite: no file is being saved under this token');
    try {
      await writing.write.write(bytes);
    } catch (err) {
      // A full disk or a pulled stick: the partial file goes, the token with it.
      this.#writing.delete(token);
      await writing.write.abort();
      throw err;
    }
  }

  /** keep: the file takes its name, durably; its path. Otherwise the temporary file is removed; undefined. */
  async end(token: string, keep: boolean): Promise<string | undefined> {
    const writing = this.#writing.get(token);
    if (!writing) throw new Error('saveEnd: no file is being saved under this token');
    this.#writing.delete(token);
    if (!keep) {
      await writing.write.abort();
      return undefined;
    }
    await writing.write.commit();
    return writing.path;
  }

  #roomFor(open: number): void {
    if (open >= this.limit) throw new Error(`FileStreams: ${this.limit} files are already open; close one first`);
  }
}
