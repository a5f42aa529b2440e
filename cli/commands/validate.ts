// mulu validate <catalog.json|workbook.xlsx> [--profile id] [--format text|json] [--lang zh|en]
import type { CommandContext } from '../command.ts';
import { UsageError } from '../exit-codes.ts';
import { readBytes, readCatalog } from '../read-input.ts';
import { looksLikeWorkbook, readWorkbook } from '../read-workbook.ts';
import { reportFormat, writeReport } from '../report-output.ts';
import { validateCatalogForCli } from '../validate-catalog.ts';

export const USAGE = {
  zh: '用法：mulu validate <目录文件.json|工作簿.xlsx> [--profile anhui] [--format text|json] [--lang zh|en]',
  en: 'usage: mulu validate <catalog.json|workbook.xlsx> [--profile id] [--format text|json] [--lang zh|en]',
};

export async function validateCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx;
  const file = positionals[0];
  if (!file) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  reportFormat(values);
  const bytes = await readBytes(file, 'input');
  if (looksLikeWorkbook(file, bytes)) return writeReport((await readWorkbook(file, ctx, bytes)).report, ctx);
  return writeReport(await validateCatalogForCli(await readCatalog(file, bytes), values.profile, values.today), ctx);
}
