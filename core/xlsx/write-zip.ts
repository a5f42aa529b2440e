// The .xlsx container: fflate's streaming Zip, one part after another. A part's XML is collected as text up to
// about 64 KB, then encoded (one shared TextEncoder, see core/zip/utf8.ts) and handed to the deflater, so no part (a sheet
// of 400,000 rows) is ever held whole. Every entry carries the same fixed time: identical calls, identical bytes.
import { Zip, ZipDeflate } from 'fflate';
import { encodeUtf8 } from '../zip/utf8.ts';

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Characters of XML text collected before a batch is encoded and deflated. */
const BATCH_CHARS = 64 * 1024;

/**
 * 1980-01-01 00:00, the earliest ZIP (DOS) time. fflate converts the time with the local time zone, so it is built
 * from local fields, at each use (the zone may change while the process runs): they come out the same in every zone.
 */
const entryTime = () => new Date(1980, 0, 1, 0, 0, 0);

/** One part being written; `write` appends XML text, `end` flushes and closes the entry. */
export class PartStream {
  private batch: string[] = [];
  private batchChars = 0;

  constructor(private readonly entry: ZipDeflate) {}

  write(xml: string): void {
    this.batch.push(xml);
    this.batchChars += xml.length;
    if (this.batchChars >= BATCH_CHARS) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.entry.push(encodeUtf8(this.batch.join('')), final);
    this.batch = [];
    this.batchChars = 0;
  }
}

/** A part written so far, with the content type [Content_Types].xml must give it. */
export interface WrittenPart {
  name: string;
  contentType: string;
}

export class ZipPartWriter {
  readonly parts: WrittenPart[] = [];
  private readonly zip: Zip;

  constructor(
    onData: (chunk: Uint8Array, final: boolean) => void,
    private readonly level: DeflateLevel,
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) throw error;
      onData(chunk, final);
    });
  }

  /** Starts a part; the previous one must have been ended (parts are written strictly one after another). */
  startPart(name: string, contentType: string): PartStream {
    this.parts.push({ name, contentType });
    const entry = new ZipDeflate(name, { level: this.level });
    entry.mtime = entryTime();
    this.zip.add(entry);
    return new PartStream(entry);
  }

  /** A small part given whole. */
  addPart(name: string, contentType: string, xml: string): void {
    const part = this.startPart(name, contentType);
    part.write(xml);
    part.end();
  }

  /** Writes the central directory; the last chunk reaches onData with final = true. */
  end(): void {
    this.zip.end();
  }
}
