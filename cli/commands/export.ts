// mulu export <catalog.json> --out <file.xlsx|file.csv> [--profile id]
import { writeCatalogCsv } from '../../core/workbook/export-csv.ts';
import { writeNeedsSheet } from '../../core/lists/needs-workbook.ts';
import { writeCatalogSheets } from '../../core/workbook/export-workbook.ts';
import type { CommandContext } from '../command.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { terminalProgress } from '../progress.ts';
import { readCatalog } from '../read-input.ts';
import { profileFor } from '../validate-catalog.ts';
import { writeWorkbookFile } from '../write-workbook.ts';

export const USAGE = {
  zh: '用法：mulu export <目录文件.json> --out <文件.xlsx|文件.csv> [--profile anhui]（--out 的扩展名决定格式）',
  en: 'usage: mulu export <catalog.json> --out <file.xlsx|file.csv> [--profile id] (the extension picks the format)',
};

export async function exportCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values, err } = ctx;
  const file = positionals[0];
  const out = values.out;
  const kind = out && /\.csv$/iu.test(out) ? 'csv' : out && /\.xlsx$/iu.test(out) ? 'xlsx' : undefined;
  if (!file || !out || !kind) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  await refuseDestructiveOutput(out, [file]);
  const catalog = await readCatalog(file);
  const profile = profileFor(catalog, values.profile);
  if (kind === 'csv') {
    const parts: string[] = [];
    writeCatalogCsv(catalog, profile, (text) => void parts.push(text));
    await writeFileAtomic(out, parts, { mode: 0o644, overwrite: true });
  } else {
    const progress = terminalProgress(err as { write(s: string): unknown; isTTY?: boolean }, { zh: `导出 ${out}`, en: 'exporting' });
    await writeWorkbookFile(out, (writer) => {
      writeCatalogSheets(writer, catalog, { profile, onProgress: progress.update });
      writeNeedsSheet(writer, catalog, profile);
    });
    progress.done();
  }
  err.write(`已导出 ${catalog.resources.length} 条资源到 ${out}。\nexported ${catalog.resources.length} resources to ${out}.\n`);
  return EXIT_OK;
}
