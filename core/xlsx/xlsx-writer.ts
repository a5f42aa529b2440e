// A streaming, deterministic XLSX (SpreadsheetML) writer in plain TypeScript, for Node and Web Workers alike.
// Rows are encoded and deflated as they are added, so a county catalog (400,000 rows) never sits in memory as XML;
// only the shared strings and the notes are kept until the end. The same calls always give the same bytes.
//
// Part order in the ZIP: _rels/.rels and docProps first (so file-type sniffers recognise OOXML), then each sheet
// with its notes parts, then shared strings, styles, workbook and [Content_Types].xml, which can only be written
// once every part is known. OPC does not prescribe an order, and Excel, WPS and LibreOffice accept this one.
import { concatBytes } from '@noble/hashes/utils.js';
import { LEGACY_DRAWING, checkSheetName, sheetFrame } from './write-sheet.ts';
import { noteRelationshipsXml, shapeBlocks, writeComments, writeNoteShapes } from './write-comments.ts';
import {
  CONTENT_TYPE,
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  rootRelationshipsXml,
  workbookRelationshipsXml,
  workbookXml,
  type WorkbookSheet,
} from './write-package.ts';
import type { CellInput, CellStyle, RowOptions, SheetOptions } from './write-options.ts';
import { RowEncoder } from './write-rows.ts';
import { SharedStrings } from './write-shared-strings.ts';
import { StyleTable } from './write-styles.ts';
import { ZipPartWriter, type DeflateLevel } from './write-zip.ts';

export { MAX_CELL_TEXT, MAX_ROWS } from './write-rows.ts';

export type { CellStyle, CellValue, CellInput, ListValidation, SheetOptions, RowOptions } from './write-options.ts';

export interface XlsxWriterOptions {
  /** Named styles, referred to by name in cells, rows and columns. */
  styles?: Readonly<Record<string, CellStyle>>;
  /** Receives the .xlsx bytes in order; the last call has final = true. */
  onData: (chunk: Uint8Array, final: boolean) => void;
  /** Deflate level 0–9, default 6. */
  level?: number;
  /** docProps/core.xml dc:creator, default 'Mulu'. */
  creator?: string;
  /** ISO time for docProps; default a fixed 2000-01-01T00:00:00Z so that output is reproducible. */
  modified?: string;
}

export interface SheetWriter {
  /** Cells by position (index = column, 0-based; holes allowed). A cell's style wins over the row's, the row's over the column's. */
  addRow(cells: readonly CellInput[], options?: RowOptions): void;
  readonly rowCount: number;
}

export interface XlsxWriter {
  /** Sheets are written one after another: adding a sheet ends the previous one. */
  addSheet(options: SheetOptions): SheetWriter;
  /** Ends the last sheet and writes the workbook parts; onData(…, true) is called last. */
  finish(): void;
}

const DEFAULT_MODIFIED = '2000-01-01T00:00:00Z';

export function createXlsxWriter(options: XlsxWriterOptions): XlsxWriter {
  const level = options.level ?? 6;
  if (!Number.isInteger(level) || level < 0 || level > 9) throw new RangeError(`level must be 0–9, got ${level}`);
  const styles = new StyleTable(options.styles ?? {});
  const core = corePropertiesXml(options.creator ?? 'Mulu', options.modified ?? DEFAULT_MODIFIED);
  const zip = new ZipPartWriter(options.onData, level as DeflateLevel);
  const strings = new SharedStrings();
  const sheets: WorkbookSheet[] = [];
  const takenNames = new Set<string>();
  let activeTab: number | undefined;
  let nextShapeBlock = 1;
  /** Ends the sheet being written, if any. */
  let endOpenSheet: (() => void) | undefined;
  let finished = false;

  zip.addPart('_rels/.rels', CONTENT_TYPE.relationships, rootRelationshipsXml());
  zip.addPart('docProps/core.xml', CONTENT_TYPE.coreProperties, core);
  zip.addPart('docProps/app.xml', CONTENT_TYPE.appProperties, appPropertiesXml());

  const endSheet = () => {
    endOpenSheet?.();
    endOpenSheet = undefined;
  };

  const addSheet = (sheet: SheetOptions): SheetWriter => {
    if (finished) throw new Error('addSheet: the workbook is already finished');
    checkSheetName(sheet.name, takenNames);
    const state = sheet.state ?? 'visible';
    const selected = state === 'visible' && activeTab === undefined;
    const frame = sheetFrame(sheet, styles, selected);
    const columnXfs = (sheet.columns ?? []).map((column) => (column?.style === undefined ? undefined : styles.index(column.style)));

    endSheet();
    const number = sheets.length + 1;
    if (selected) activeTab = number - 1;
    sheets.push({ name: sheet.name, state, autoFilter: sheet.autoFilter });
    takenNames.add(sheet.name.toUpperCase());
    const part = zip.startPart(`xl/worksheets/sheet${number}.xml`, CONTENT_TYPE.worksheet);
    part.write(frame.head);
    const rows = new RowEncoder(part, strings, styles, columnXfs);
    const end = () => {
      const notes = rows.notes;
      part.write(`${frame.tail}${notes.length ? LEGACY_DRAWING : ''}</worksheet>`);
      part.end();
      if (!notes.length) return;
      writeComments(zip.startPart(`xl/comments${number}.xml`, CONTENT_TYPE.comments), notes);
      writeNoteShapes(zip.startPart(`xl/drawings/vmlDrawing${number}.vml`, CONTENT_TYPE.vml), notes, nextShapeBlock);
      nextShapeBlock += shapeBlocks(notes.length);
      zip.addPart(`xl/worksheets/_rels/sheet${number}.xml.rels`, CONTENT_TYPE.relationships, noteRelationshipsXml(number));
    };
    endOpenSheet = end;
    return {
      addRow(cells, rowOptions) {
        if (endOpenSheet !== end) throw new Error(`addRow: sheet '${sheet.name}' has already been ended`);
        rows.addRow(cells, rowOptions);
      },
      get rowCount() {
        return rows.rowCount;
      },
    };
  };

  const finish = () => {
    if (finished) throw new Error('finish: the workbook is already finished');
    // Excel cannot open a workbook without a visible sheet to show.
    if (activeTab === undefined) throw new Error('finish: a workbook needs at least one visible sheet');
    endSheet();
    finished = true;
    strings.writeTo(zip.startPart('xl/sharedStrings.xml', CONTENT_TYPE.sharedStrings));
    zip.addPart('xl/styles.xml', CONTENT_TYPE.styles, styles.toXml());
    zip.addPart('xl/workbook.xml', CONTENT_TYPE.workbook, workbookXml(sheets, activeTab));
    zip.addPart('xl/_rels/workbook.xml.rels', CONTENT_TYPE.relationships, workbookRelationshipsXml(sheets.length));
    zip.addPart('[Content_Types].xml', 'application/xml', contentTypesXml(zip.parts));
    zip.end();
  };

  return { addSheet, finish };
}

/** Convenience for tests and small files: `build` adds the sheets, then the workbook is finished and its bytes returned. */
export function writeXlsx(build: (writer: XlsxWriter) => void, options: Omit<XlsxWriterOptions, 'onData'> = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = createXlsxWriter({ ...options, onData: (chunk) => chunks.push(chunk) });
  build(writer);
  writer.finish();
  return concatBytes(...chunks);
}
