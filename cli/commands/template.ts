// mulu template [--profile id] --out <file.xlsx> [--department-name … --department-uscc … --division …]
// The blank template is the export of an empty catalog, so template and export can never drift apart.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog } from '../../core/model/catalog.ts';
import { writeCatalogSheets } from '../../core/workbook/export-workbook.ts';
import type { CommandContext } from '../command.ts';
import { readDepartmentOptions } from '../department-options.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { writeWorkbookFile } from '../write-workbook.ts';

export const USAGE = {
  zh: '用法：mulu template [--profile anhui] --out <模板.xlsx>',
  en: 'usage: mulu template [--profile id] --out <template.xlsx>',
};

export async function templateCommand(ctx: CommandContext): Promise<number> {
  const { values, err } = ctx;
  const out = values.out;
  if (!out || !/\.xlsx$/iu.test(out)) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  await refuseDestructiveOutput(out, []);
  const profile = loadProfile(values.profile ?? 'national');
  const details = await readDepartmentOptions(values, err);
  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: profile.id,
    department: { name: details?.name ?? '', uscc: details?.uscc ?? '', divisionCode: details?.division?.code ?? '' },
    resources: [],
  };
  await writeWorkbookFile(out, (writer) => writeCatalogSheets(writer, catalog, { profile }));
  err.write(`已生成模板 ${out}（规则配置：${profile.name.zh}）。\nwrote the template ${out} (profile ${profile.id}).\n`);
  return EXIT_OK;
}
