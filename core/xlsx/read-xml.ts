// Reading one XML part of a workbook as it inflates, never holding it whole: a step of compressed input is
// inflated (counted against the declared size), decoded by the part's one streaming UTF-8 decoder (so a Chinese
// character cut between two steps comes out whole), and fed to saxes, whose events go to a handler by local
// name, so `<x:row>` (OpenXML SDK, some WPS exports) and `<row>` read alike. Between steps the reader checks for
// cancellation, reports progress and yields, so a worker stays responsive while a 130 MB sheet streams through.
//
// saxes expands only the five predefined entities and character references; a DOCTYPE is reported, never
// processed, so no entity expansion ("billion laughs") or external fetch can happen.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EntryStream } from '../package/zip-inflate.ts';
import { createUtf8StreamDecoder } from '../package/zip-utf8.ts';
import { inflateFailure, type PartEntry } from './read-archive.ts';
import { ofSheet, workbookFailure, type FailureWhere, type WorkbookFailure } from './read-failures.ts';

export type Attributes = Readonly<Record<string, string>>;

/** Returned by a handler to end the reading: it has what it needs, or found a problem (its `failure`). */
export const HALT = 'halt';
export type Signal = void | typeof HALT;

/** Receives a part's elements by local name (the prefix dropped) and its text, CDATA included. */
export interface XmlHandler {
  open(name: string, attributes: Attributes): Signal;
  close(name: string): Signal;
  text(text: string): Signal;
  /** Set when the handler halted for a problem in the content (too many rows…) rather than because it was done. */
  readonly failure?: WorkbookFailure | undefined;
  /** The sheet row being read, for messages. */
  readonly row?: number | undefined;
}

export interface PartReadOptions {
  signal?: { readonly aborted: boolean } | undefined;
  /** Compressed bytes of this part consumed, and the part's compressed size. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  yieldControl?: (() => Promise<void>) | undefined;
  /**
   * Compressed bytes per step, default INFLATE_STEP_BYTES (16 KB: ~100–300 KB of sheet XML, and at most ~17 MB
   * from a hostile stream; larger steps were no faster on a county workbook and raised peak memory). Tests make it
   * tiny to cut characters at every possible place.
   */
  stepBytes?: number | undefined;
}

/** The part was read to its end with the right size and CRC-32, or the handler halted it (no CRC check then). */
export type PartReadResult = { ok: true; halted: boolean } | WorkbookFailure;

/** Inflated bytes between two calls of yieldControl. */
const YIELD_BYTES = 1024 * 1024;

/**
 * Characters saxes may hold between two events. saxes gathers a whole text node, attribute value, comment or
 * CDATA section before reporting it, so one token of hundreds of megabytes (no markup in it) would become one
 * string of that size, or a RangeError. No token of a real workbook part comes near this: a cell holds at most
 * 32,767 characters.
 */
const MAX_PENDING_CHARS = 16 * 1024 * 1024;

/** Thrown through saxes to stop it mid-chunk; caught below and never seen by callers. */
const HALTED: unique symbol = Symbol('halted');

export async function readXmlPart(entry: PartEntry, handler: XmlHandler, where: FailureWhere, options: PartReadOptions = {}): Promise<PartReadResult> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let xmlError: Error | undefined;
  /**
   * Characters written to saxes, and how many had been written when it last reported something (counted per write,
   * not per character: exact to one step, which is plenty for the cap and costs nothing per event).
   */
  let written = 0;
  let reported = 0;
  let events = 0;
  parser.on('error', (error) => {
    xmlError = error;
    throw HALTED;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    events++;
    if (handler.open(localName(tag.name), tag.attributes) === HALT) throw HALTED;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (handler.close(localName(tag.name)) === HALT) throw HALTED;
  });
  const onText = (text: string) => {
    events++;
    if (handler.text(text) === HALT) throw HALTED;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  // After a halt nothing more is parsed; after an XML error the part is still inflated to its end, so that a
  // damaged file is reported as damaged (CRC) rather than as the malformed XML the damage produced.
  let parsing = true;
  const feed = (text: string | null) => {
    if (!parsing) return;
    try {
      if (text === null) parser.close();
      else if (text.length) {
        const before = events;
        parser.write(text);
        // Text (or a tag's attributes) still open since the last event: saxes is gathering one huge token.
        if (events !== before) reported = written;
        written += text.length;
        if (written - reported > MAX_PENDING_CHARS) parser.fail(`more than ${MAX_PENDING_CHARS} characters without markup.`);
      }
    } catch (error) {
      if (error !== HALTED) throw error; // not the file's fault: the caller's onRow threw
      parsing = false;
    }
  };

  const decoder = createUtf8StreamDecoder();
  let sinceYield = 0;
  const stream = new EntryStream(
    entry.compressed,
    entry.record,
    (chunk) => {
      sinceYield += chunk.length;
      feed(decoder.push(chunk));
    },
    options.stepBytes,
  );
  const total = entry.compressed.length;
  for (;;) {
    if (options.signal?.aborted) return workbookFailure('cancelled', {}, where);
    const step = stream.step();
    if (!parsing && !xmlError) return handler.failure ?? { ok: true, halted: true };
    if (step.done) {
      if (!step.ok) return inflateFailure(step, where);
      break;
    }
    options.onProgress?.(stream.consumed, total);
    if (options.yieldControl && sinceYield >= YIELD_BYTES) {
      sinceYield = 0;
      await options.yieldControl();
    }
  }
  feed(decoder.end());
  feed(null);
  if (xmlError) return malformed(xmlError, { ...where, row: handler.row });
  if (!parsing) return handler.failure ?? { ok: true, halted: true };
  options.onProgress?.(total, total);
  return { ok: true, halted: false };
}

/** An xsd:boolean attribute ("1" or "true"). */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** "x:row" → "row": SpreadsheetML is matched by local name whatever prefix the writer chose. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** saxes reports "line:column: what"; the position goes first in the message, the rest as saxes says it. */
function malformed(error: Error, where: FailureWhere): WorkbookFailure {
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
  const position = match ? { zh: `第 ${match[1]} 行第 ${match[2]} 列：`, en: `line ${match[1]}, column ${match[2]}: ` } : { zh: '', en: '' };
  const detail = match ? match[3]! : error.message;
  return workbookFailure('malformedXml', { part: where.part ?? '', sheet: ofSheet(where.sheet), position, detail }, where);
}
