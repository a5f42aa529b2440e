// Notes (comments) of one sheet. The text lives in xl/commentsN.xml, but Excel and WPS only show a note that also
// has a shape in the legacy VML drawing, so both parts are written, linked from the sheet's relationships.
import { cellAddress } from './cell-address.ts';
import { MAIN_NS, REL_TYPE, relationshipsXml, XML_DECLARATION } from './write-package.ts';
import type { CellNote } from './write-rows.ts';
import type { PartStream } from './write-zip.ts';
import { textElement } from './xml-escape.ts';

const NOTE_AUTHOR = 'Mulu';

/** VML shape ids come in blocks of 1,024 per drawing (o:idmap); a workbook's blocks must not overlap. */
const SHAPES_PER_BLOCK = 1024;

/** Blocks a drawing with `count` shapes takes; ids run from first·1024+1, so the last block may be the next one. */
export function shapeBlocks(count: number): number {
  return Math.floor(count / SHAPES_PER_BLOCK) + 1;
}

/** The sheet's relationships: rId1 is the drawing its <legacyDrawing> points to. */
export function noteRelationshipsXml(sheetNumber: number): string {
  return relationshipsXml([
    { type: REL_TYPE.vmlDrawing, target: `../drawings/vmlDrawing${sheetNumber}.vml` },
    { type: REL_TYPE.comments, target: `../comments${sheetNumber}.xml` },
  ]);
}

// One run with the 9 pt font Excel gives notes. A bare <t> is valid too, but some readers (exceljs) only read runs.
const NOTE_FONT = '<rPr><sz val="9"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr>';

export function writeComments(part: PartStream, notes: readonly CellNote[]): void {
  part.write(`${XML_DECLARATION}<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>`);
  for (const note of notes) {
    part.write(`<comment ref="${cellAddress(note.column, note.row)}" authorId="0"><text><r>${NOTE_FONT}${textElement(note.text)}</r></text></comment>`);
  }
  part.write('</commentList></comments>');
  part.end();
}

/** The VML drawing, in the form Excel itself writes: one hidden text-box shape per note, anchored next to its cell. */
export function writeNoteShapes(part: PartStream, notes: readonly CellNote[], firstBlock: number): void {
  const blocks = Array.from({ length: shapeBlocks(notes.length) }, (_, i) => firstBlock + i);
  part.write(
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
      '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
  );
  notes.forEach((note, i) => {
    const { column, row } = note;
    // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset.
    const anchor = `${column + 1}, 15, ${Math.max(row - 1, 0)}, 10, ${column + 3}, 15, ${Math.max(row - 1, 0) + 4}, 4`;
    part.write(
      `<v:shape id="_x0000_s${firstBlock * SHAPES_PER_BLOCK + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData>` +
        '</v:shape>',
    );
  });
  part.write('</xml>');
  part.end();
}
