// Reading one XML part of a workbook as it inflates, never holding it whole: a step of compressed input is
// inflated (counted against the declared size), decoded by the part's one streaming UTF-8 decoder (so a Chinese
// character cut between two steps comes out whole), and fed to the XML event parser (xml-events.ts, a strict
// streaming scanner), whose events go to a handler by local name, so `<x:row>` (OpenXML SDK,
// some WPS exports) and `<row>` read alike. Between steps the reader checks for cancellation, reports progress and
// yields, so a worker stays responsive while a 130 MB sheet streams through.
//
// Only the five predefined entities and character references are expanded; a DOCTYPE is an error, so no entity
// expansion ("billion laughs") or external fetch can happen.
import { EntryStream } from '../zip/inflate.ts';
import { createUtf8StreamDecoder } from '../zip/utf8.ts';
import { inflateFailure, type PartEntry } from './read-archive.ts';
import { ofSheet, workbookFailure, type FailureWhere, type WorkbookFailure } from './read-failures.ts';
import type { LocalText } from '../i18n/text.ts';
import { displayName } from '../zip/failures.ts';
import { XmlEventParser, XmlSyntaxError, type Attributes } from './xml-events.ts';

export type { Attributes };

/** Returned by a handler to end the reading: it has what it needs, or found a problem (its `failure`). */
export const HALT = 'halt';
export type Signal = void | typeof HALT;

/**
 * Receives a part's elements by local name (the prefix dropped) and its text, CDATA included; a comment or a CDATA
 * section splits an element's text into several calls, so handlers join what they read.
 */
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
 * Characters the parser may hold for one token: a text node, a tag with its attributes, a comment, a CDATA section
 * (checked after each step). Without a bound, one token of hundreds of megabytes (no markup in it) would become one
 * string of that size, or a RangeError. No token of a real workbook part comes near this: a cell holds at most
 * 32,767 characters.
 */
const MAX_PENDING_CHARS = 16 * 1024 * 1024;

/** Thrown through the parser to stop it mid-chunk; caught below and never seen by callers. */
const HALTED: unique symbol = Symbol('halted');

export async function readXmlPart(entry: PartEntry, handler: XmlHandler, where: FailureWhere, options: PartReadOptions = {}): Promise<PartReadResult> {
  const parser = new XmlEventParser(
    {
      open(name, attributes) {
        if (handler.open(localName(name), attributes) === HALT) throw HALTED;
      },
      close(name) {
        if (handler.close(localName(name)) === HALT) throw HALTED;
      },
      text(text) {
        if (handler.text(text) === HALT) throw HALTED;
      },
    },
    MAX_PENDING_CHARS,
  );
  let xmlError: XmlSyntaxError | undefined;

  // After a halt nothing more is parsed; after an XML error the part is still inflated to its end, so that a
  // damaged file is reported as damaged (CRC) rather than as the malformed XML the damage produced.
  let parsing = true;
  const feed = (text: string | null) => {
    if (!parsing) return;
    try {
      if (text === null) parser.end();
      else parser.write(text);
    } catch (error) {
      if (error instanceof XmlSyntaxError) xmlError = error;
      else if (error !== HALTED) throw error; // not the file's fault: the caller's onRow threw
      parsing = false;
    }
  };

  // Malformed UTF-8 once became U+FFFD without a word; now it is refused, with the row the parser had reached (the
  // decoder cannot say which cell). Like an XML error, it is reported only once the part inflated without damage.
  const decoder = createUtf8StreamDecoder({ fatal: true });
  let badUtf8: { row: number | undefined } | undefined;
  const decode = (next: () => string) => {
    if (badUtf8) return;
    let text: string;
    try {
      text = next();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      badUtf8 = { row: handler.row };
      parsing = false;
      return;
    }
    feed(text);
  };
  let sinceYield = 0;
  const stream = new EntryStream(
    entry.compressed,
    entry.record,
    (chunk) => {
      sinceYield += chunk.length;
      decode(() => decoder.push(chunk));
    },
    options.stepBytes,
  );
  const total = entry.compressed.length;
  for (;;) {
    if (options.signal?.aborted) return workbookFailure('cancelled', {}, where);
    const step = stream.step();
    if (!parsing && !xmlError && !badUtf8) return handler.failure ?? { ok: true, halted: true };
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
  decode(() => decoder.end());
  feed(null);
  if (badUtf8) return workbookFailure('invalidText', { where: partWhere(where, badUtf8.row), detail: { zh: '含有不是有效 UTF-8 编码的字节', en: 'holds bytes that are not valid UTF-8' } }, { ...where, ...(badUtf8.row !== undefined && { row: badUtf8.row }) });
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

/** The position goes first in the message, then what is wrong. */
/** "部件“xl/worksheets/sheet1.xml”（工作表“资源”）第 12 行附近" */
function partWhere(where: FailureWhere, row: number | undefined): LocalText {
  const part = where.part ?? '';
  return {
    zh: `部件“${part}”${where.sheet ? `（工作表“${displayName(where.sheet)}”）` : ''}${row ? `第 ${row} 行附近` : ''}`,
    en: `Part "${part}"${where.sheet ? ` (sheet "${displayName(where.sheet)}")` : ''}${row ? ` near row ${row}` : ''}`,
  };
}

function malformed(error: XmlSyntaxError, where: FailureWhere): WorkbookFailure {
  const position = { zh: `第 ${error.line} 行第 ${error.column} 列：`, en: `line ${error.line}, column ${error.column}: ` };
  return workbookFailure('malformedXml', { part: where.part ?? '', sheet: ofSheet(where.sheet), position, detail: error.detail }, where);
}
