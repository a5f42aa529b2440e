// Writing a workbook (or CSV) produced in chunks to a file, all or nothing: the chunks are collected, then written
// through a temporary file and renamed, so an interrupted export never leaves half a workbook under the name.
import { CellTooLongError, createWorkbookWriter } from '../core/workbook/export-workbook.ts';
import type { XlsxWriter } from '../core/xlsx/xlsx-writer.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { UsageError } from './exit-codes.ts';

/** Builds a workbook with Mulu's styles and writes it to `path`; `build` adds the sheets. */
export async function writeWorkbookFile(path: string, build: (writer: XlsxWriter) => void | Promise<void>): Promise<void> {
  const chunks: Uint8Array[] = [];
  const writer = createWorkbookWriter((chunk) => void chunks.push(chunk));
  try {
    await build(writer);
  } catch (err) {
    if (err instanceof CellTooLongError) throw new UsageError(err.text.zh, err.text.en);
    throw err;
  }
  writer.finish();
  await writeFileAtomic(path, chunks, { mode: 0o644, overwrite: true });
}
