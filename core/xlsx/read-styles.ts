// styles.xml, for what the reader needs of it: each cell style's number format (cellXfs[s].numFmtId, and the code
// from <numFmts> when the file defines one), so a cell can say whether its number is a date. Fonts, fills and
// borders are not read. <xf> also appears in <cellStyleXfs>; only those in <cellXfs> are what a cell's s= means.
import { HALT, type Attributes, type Signal, type XmlHandler } from './read-xml.ts';
import { cellFormat, type CellFormat } from './read-number-formats.ts';

export class StylesHandler implements XmlHandler {
  private readonly codes = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private inCellXfs = false;
  private root = true;

  open(name: string, attributes: Attributes): Signal {
    if (this.root) {
      this.root = false;
      // Not a stylesheet: read no styles rather than misread some.
      if (name !== 'styleSheet') return HALT;
    }
    if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) this.xfFormatIds.push(parseId(attributes.get('numFmtId')) ?? 0); // absent: 0, General
    else if (name === 'numFmt') {
      const id = parseId(attributes.get('numFmtId'));
      const code = attributes.get('formatCode');
      if (id !== undefined && code !== undefined) this.codes.set(id, code);
    }
  }

  close(name: string): Signal {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  text(): Signal {}

  /** The format of each cell style, by the index a cell's s= gives. Cells share the objects (they are frozen). */
  formats(): CellFormat[] {
    const byId = new Map<number, CellFormat>();
    return this.xfFormatIds.map((id) => {
      let format = byId.get(id);
      if (!format) byId.set(id, (format = cellFormat(id, this.codes.get(id))));
      return format;
    });
  }
}

function parseId(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}
