// LibreOffice headless as an independent office suite in tests: it re-saves workbooks the way another producer
// would and converts them to CSV. Each call has its own user profile so that parallel runs do not clash. A missing
// `soffice` fails with instructions (.ci/run installs libreoffice-calc).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The filter of excel-notes §5: comma, double quotes, UTF-8 (76), every sheet (-1). */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * Converts `bytes` (an .xlsx) with LibreOffice to `target` ('xlsx' re-saves, 'xls' writes a legacy file, CSV_FILTER
 * writes one CSV per sheet) and returns the output files by name.
 */
export function runLibreOffice(bytes: Uint8Array, target: string): Map<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-soffice-'));
  try {
    const input = join(dir, 'in', 'book.xlsx');
    const outDir = join(dir, 'out');
    mkdirSync(join(dir, 'in'));
    writeFileSync(input, bytes);
    const run = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', target, '--outdir', outDir, input], {
      encoding: 'utf8',
      timeout: 80_000,
    });
    if (run.error) throw new Error(`LibreOffice (soffice) is needed for this test: ${run.error.message}. Install it (Debian: apt-get install libreoffice-calc).`);
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    const out = new Map<string, Uint8Array>();
    for (const name of readdirSync(outDir)) out.set(name, new Uint8Array(readFileSync(join(outDir, name))));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook re-saved ('xlsx') or saved as a legacy .xls by LibreOffice. */
export function convertWithLibreOffice(bytes: Uint8Array, format: 'xlsx' | 'xls'): Uint8Array {
  const file = runLibreOffice(bytes, format).get(`book.${format}`);
  if (!file) throw new Error(`LibreOffice wrote no book.${format}`);
  return file;
}
