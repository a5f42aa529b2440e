// mulu annotate <workbook.xlsx> --out <annotated.xlsx> [--profile id]
// A new workbook with the clerk's rows and every finding marked; the original file is only read.
import { writeAnnotatedWorkbook } from '../../core/workbook/annotate-workbook.ts';
import type { CommandContext } from '../command.ts';
import { UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readBytes } from '../read-input.ts';
import { readWorkbook } from '../read-workbook.ts';
import { reportFormat, writeReport } from '../report-output.ts';
import { writeWorkbookFile } from '../write-workbook.ts';

export const USAGE = {
  zh: '用法：mulu annotate <工作簿.xlsx> --out <标注结果.xlsx> [--profile anhui]',
  en: 'usage: mulu annotate <workbook.xlsx> --out <annotated.xlsx> [--profile id]',
};

export async function annotateCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values, err } = ctx;
  const file = positionals[0];
  const out = values.out;
  if (!file || !out || !/\.xlsx$/iu.test(out)) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  await refuseDestructiveOutput(out, [file]);
  reportFormat(values);
  const bytes = await readBytes(file, 'workbook');
  // Only the report is kept: the imported catalog can go before the workbook is read again.
  const { report } = await readWorkbook(file, ctx, bytes);
  let marked = 0;
  await writeWorkbookFile(out, async (writer) => {
    const result = await writeAnnotatedWorkbook(bytes, report.findings, writer);
    if (!result.ok) throw new UsageError(`无法标注 ${file}：${result.message.zh}`, `cannot annotate ${file}: ${result.message.en}`);
    marked = result.marked;
  });
  err.write(`已在 ${out} 中标出 ${marked} 处问题（共 ${report.counts.total} 条）。\nmarked ${marked} findings in ${out}.\n`);
  return writeReport(report, ctx);
}
