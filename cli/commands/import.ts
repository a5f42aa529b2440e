// mulu import <workbook.xlsx> [--out catalog.json] [--profile id] [--dry-run] [--department-name … --department-uscc …]
// Always a dry run first: the workbook is read and validated and the report printed. Only with --out (and without
// --dry-run) is the catalog written, whole, through a temporary file, so an existing catalog.json is either fully
// replaced or untouched.
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import type { CommandContext } from '../command.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readWorkbook } from '../read-workbook.ts';
import { reportFormat, writeReport } from '../report-output.ts';

export const USAGE = {
  zh: '用法：mulu import <工作簿.xlsx> [--out 目录文件.json] [--profile anhui] [--dry-run] [--department-name 部门名称 --department-uscc 统一社会信用代码]（表中没有提供方列时，以该部门为提供方）',
  en: 'usage: mulu import <workbook.xlsx> [--out catalog.json] [--profile id] [--dry-run] [--department-name NAME --department-uscc CODE] (the provider where the sheet has no provider columns)',
};

export async function importCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values, err } = ctx;
  const file = positionals[0];
  if (!file) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  reportFormat(values);
  if (values.out) await refuseDestructiveOutput(values.out, [file]);
  const checked = await readWorkbook(file, ctx);
  const code = writeReport(checked.report, ctx);
  const { stats } = checked.imported;
  // The national layout has one sheet for both: name it once.
  const sheets = stats.layout === 'national' ? `工作表「${stats.sheets.resources}」` : `工作表「${stats.sheets.resources}」「${stats.sheets.items}」`;
  const needs = checked.imported.catalog.needs?.length;
  const summary = `工作簿 ${file}：资源 ${stats.resources} 条、信息项 ${stats.items} 个${needs ? `、数据需求 ${needs} 项（工作表「需求清单」）` : ''}（${stats.layout === 'national' ? '国家模板一行一信息项格式' : 'Mulu 模板'}，${sheets}）`;
  if (!values.out || values['dry-run'] === 'true') {
    err.write(`${summary}。试导入，未写入任何文件；确认无误后加 --out 目录文件.json 导入。\n`);
    err.write(`dry run: nothing written; add --out catalog.json to import.\n`);
    return code;
  }
  await writeFileAtomic(values.out, serializeCatalog(checked.imported.catalog), { mode: 0o644, overwrite: true });
  err.write(`${summary}，已写入 ${values.out}。\nimported into ${values.out}.\n`);
  return code;
}
