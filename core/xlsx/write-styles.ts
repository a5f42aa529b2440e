// xl/styles.xml from the writer's named styles. Each named style becomes one cell format (xf); fonts, fills and
// borders are pooled so equal ones are written once. Date cells need a date number format on top of whatever style
// they carry, so a date variant of an xf is derived the first time a date is written with it.
import type { CellStyle } from './write-options.ts';

/** Built-in "@" (text): Excel keeps what is typed into the cell as text. */
const TEXT_FORMAT_ID = 49;
/** The first id free for custom formats. */
const DATE_FORMAT_ID = 164;
const DATE_FORMAT_CODE = 'yyyy-mm-dd';

// 宋体 11 is WPS's default and present on every Chinese Windows; family 3 and charset 134 (GB2312) are what Excel
// writes for it.
const FONT_TAIL = '<sz val="11"/>';
const FONT_NAME = '<name val="宋体"/><family val="3"/><charset val="134"/>';
const THIN = '<color indexed="64"/>';

const COLOR = /^[0-9A-Fa-f]{6}$/;

/** 'RRGGBB' → the ARGB value SpreadsheetML stores; RangeError for anything else. */
export function argb(color: string, what: string): string {
  if (!COLOR.test(color)) throw new RangeError(`${what} must be 'RRGGBB', got '${color}'`);
  return `FF${color.toUpperCase()}`;
}

/** Equal XML fragments share one index. */
class Pool {
  readonly items: string[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(initial: readonly string[]) {
    for (const item of initial) this.add(item);
  }

  add(xml: string): number {
    let index = this.indexes.get(xml);
    if (index === undefined) {
      index = this.items.length;
      this.items.push(xml);
      this.indexes.set(xml, index);
    }
    return index;
  }
}

export class StyleTable {
  private readonly fonts = new Pool([`<font>${FONT_TAIL}${FONT_NAME}</font>`]);
  private readonly fills = new Pool(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pool(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Pool([]);
  /** The style behind each xf, to derive its date variant. */
  private readonly xfStyles: CellStyle[] = [];
  private readonly byName = new Map<string, number>();
  private readonly dateVariants = new Map<number, number>();

  constructor(styles: Readonly<Record<string, CellStyle>>) {
    this.addXf({});
    for (const [name, style] of Object.entries(styles)) this.byName.set(name, this.addXf(style));
  }

  /** The xf of a named style; RangeError if the writer was not given that name. */
  index(name: string): number {
    const index = this.byName.get(name);
    if (index === undefined) throw new RangeError(`unknown cell style '${name}'`);
    return index;
  }

  /** The xf showing a date with everything else of `xf`. */
  dateVariant(xf: number): number {
    let variant = this.dateVariants.get(xf);
    if (variant === undefined) {
      variant = this.addXf({ ...this.xfStyles[xf], numFmt: 'date' });
      this.dateVariants.set(xf, variant);
    }
    return variant;
  }

  toXml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${DATE_FORMAT_CODE}"/></numFmts>` +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }

  private addXf(style: CellStyle): number {
    const index = this.xfs.add(this.xf(style));
    this.xfStyles[index] = style;
    return index;
  }

  private xf(style: CellStyle): string {
    const numFmtId = style.numFmt === 'date' ? DATE_FORMAT_ID : style.numFmt === 'text' ? TEXT_FORMAT_ID : 0;
    const fontId = this.fonts.add(this.font(style));
    const fillId = style.fill === undefined ? 0 : this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill, 'fill')}"/><bgColor indexed="64"/></patternFill></fill>`);
    const borderId = style.border ? this.borders.add(`<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`) : 0;
    const alignment = this.alignment(style);
    const unlocked = style.locked === false;
    const flags =
      (style.quotePrefix ? ' quotePrefix="1"' : '') +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '') +
      (unlocked ? ' applyProtection="1"' : '');
    const children = alignment + (unlocked ? '<protection locked="0"/>' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}`;
    return children ? `${open}>${children}</xf>` : `${open}/>`;
  }

  private font(style: CellStyle): string {
    const color = style.fontColor === undefined ? '' : `<color rgb="${argb(style.fontColor, 'fontColor')}"/>`;
    return `<font>${style.bold ? '<b/>' : ''}${FONT_TAIL}${color}${FONT_NAME}</font>`;
  }

  private alignment(style: CellStyle): string {
    if (!style.wrap && style.vertical === undefined) return '';
    return `<alignment${style.vertical ? ` vertical="${style.vertical}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`;
  }
}
