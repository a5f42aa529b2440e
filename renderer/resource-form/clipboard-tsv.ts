// Rows copied from Excel or WPS arrive as text: cells separated by tabs, rows by CRLF (LF from some tools), and a
// cell that holds a line break, a tab or starts with a quote is wrapped in quotes with its own quotes doubled.

/** Whether pasted text is more than one cell (and so fills the grid rather than the cell being edited). */
export function isMultiCellText(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/(\r?\n|\r)$/, ''));
}

/**
 * The rows of tab-separated clipboard text. A quoted cell whose closing quote is not followed by a tab or a line
 * end was not quoted by a spreadsheet (someone's text that merely starts with a quote), and is read as typed.
 */
export function parseClipboardRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  for (;;) {
    let cell: string | undefined;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i);
      if (quoted) {
        cell = quoted.value;
        i = quoted.end;
      }
    }
    if (cell === undefined) {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === '\t') {
      i++;
      continue;
    }
    // A line break: CRLF, LF or CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) return rows;
  }
  endRow();
  return rows;
}

/** A quoted cell starting at `start`, if it is one: its value and where the text goes on after it. */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return undefined;
    value += text.slice(i, close);
    if (text[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const next = text[close + 1];
    // Line breaks inside a cell are LF, as a spreadsheet cell holds them, whichever way the clipboard wrote them.
    if (next === undefined || next === '\t' || next === '\n' || next === '\r') return { value: value.replace(/\r\n?/g, '\n'), end: close + 1 };
    return undefined;
  }
}
