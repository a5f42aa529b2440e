// Header cells as real workbooks spell them: full-width characters, spaces and line breaks, "（必填）" or "*"
// markers, an English translation on a second line. normalizeHeader reduces all of them to one key.

const MARKERS = /\((?:必填|选填|可选|必须|非必填|必填项|选填项|required|optional)\)|[*＊]/giu;

/** NFKC (全角 → 半角), markers and every kind of whitespace removed, Latin letters lower-cased. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(MARKERS, '').replace(/\s+/gu, '').toLowerCase();
}

/** The keys a header cell may match: the whole text, and its first line alone (the Chinese of a bilingual header). */
export function headerKeys(text: string): string[] {
  const whole = normalizeHeader(text);
  const firstLine = normalizeHeader(text.split(/\r?\n/u, 1)[0]!);
  return firstLine && firstLine !== whole ? [whole, firstLine] : whole ? [whole] : [];
}
