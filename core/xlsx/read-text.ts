// The text of a string item: a shared string (<si>) or an inline string (<is>). Plain items hold one <t>; rich
// text holds runs (<r><rPr>…</rPr><t>…</t></r>), which LibreOffice writes for every mixed Chinese/Latin string
// (one font per script) and which are joined here. Phonetic runs (<rPh>, furigana and pinyin guides) are
// annotations, not content, and are left out, as Excel leaves them out of the cell's value.

/**
 * Characters XML cannot carry are written as _xHHHH_ (ECMA-376 Part 1 §22.9.2.19, ST_Xstring): Excel writes a
 * carriage return as _x000D_, and a literal "_x0041_" as "_x005F_x0041_" (the underscore escaped).
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * Escapes make the raw text up to 7 times longer than the value (_x000D_ for one character), so the raw text is
 * let grow to 7 times the cell limit before the value is measured; that bounds memory on a hostile part.
 */
export const ESCAPE_EXPANSION = 7;

export class StringItemText {
  private raw = '';
  private inText = false;
  private phoneticDepth = 0;

  constructor(private readonly maxChars: number) {}

  /** Starts a new item. */
  reset(): void {
    this.raw = '';
    this.inText = false;
    this.phoneticDepth = 0;
  }

  open(name: string): void {
    if (name === 't') this.inText = this.phoneticDepth === 0;
    else if (name === 'rPh') this.phoneticDepth++;
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh' && this.phoneticDepth > 0) this.phoneticDepth--;
  }

  /** Adds text if it is inside a <t> that belongs to the value; false if the item has grown past any cell's size. */
  text(text: string): boolean {
    if (!this.inText) return true;
    this.raw += text;
    return this.raw.length <= this.maxChars * ESCAPE_EXPANSION;
  }

  /** The item's value, or undefined if it is longer than a cell may be. */
  value(): string | undefined {
    const value = decodeEscapes(this.raw);
    return value.length <= this.maxChars ? value : undefined;
  }
}
