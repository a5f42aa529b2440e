// A1-style cell addresses, as clerks see them in Excel and WPS ("资源!F27"). Columns and rows are 0-based numbers
// inside Mulu and converted only here.

/** Excel's last column is XFD (16,384 columns). */
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) throw new RangeError(`column ${column} is outside A..XFD`);
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 0, "XFD" → 16383; -1 for anything that is not 1–3 capital letters within range. */
export function columnIndex(letters: string): number {
  return /^[A-Z]{1,3}$/.test(letters) ? leadingColumn(letters) : -1;
}

/**
 * The column named by the capital letters at the start of a reference ("AB12" → 27), read in place because every
 * cell of a sheet has one; -1 if there are none, more than three, or they lie beyond XFD.
 */
export function leadingColumn(ref: string): number {
  let n = 0;
  let letters = 0;
  for (; letters < ref.length; letters++) {
    const code = ref.charCodeAt(letters);
    if (code < 65 || code > 90) break;
    if (letters === 3) return -1;
    n = n * 26 + (code - 64);
  }
  return letters === 0 || n > MAX_COLUMNS ? -1 : n - 1;
}

/** (5, 26) → "F27": column and row are 0-based. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "F27" → { column: 5, row: 26 }; undefined if it is not a plain A1 address. */
export function parseCellAddress(address: string): { column: number; row: number } | undefined {
  const match = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(address);
  if (!match) return undefined;
  const column = columnIndex(match[1]!);
  return column < 0 ? undefined : { column, row: Number(match[2]) - 1 };
}

/** A sheet name as formulas and findings write it: 资源 stays bare, odd names are quoted the way Excel quotes them. */
export function quoteSheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}
