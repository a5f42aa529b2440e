// mulu registration <catalog.json> --out <登记表.xlsx> [--profile id] [--all]
// The public data resource registration form (公共数据资源登记表) for the resources in the scope of 授权运营,
// which must be registered (公共数据资源登记管理暂行办法 Art. 5); --all adds the others, whose registration is
// encouraged.
import { writeRegistrationSheet } from '../../core/workbook/registration-workbook.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readCatalog } from '../read-input.ts';
import { profileFor } from '../validate-catalog.ts';
import { writeWorkbookFile } from '../write-workbook.ts';

export const USAGE = {
  zh: '用法：mulu registration <目录文件.json> --out <登记表.xlsx> [--profile anhui] [--all]\n  列出纳入授权运营范围、应当登记的资源（《公共数据资源登记管理暂行办法》第五条）；--all 同时列出其他可登记的资源（不含涉密、工作秘密资源）。',
  en: 'usage: mulu registration <catalog.json> --out <form.xlsx> [--profile id] [--all]\n  lists the resources in the scope of authorised operation, which must be registered; --all adds the others that may be (never classified or work-secret ones).',
};

export async function registrationCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values, err } = ctx;
  const file = positionals[0];
  const target = values.out;
  if (!file || !target || positionals.length > 1) throw new UsageError(USAGE.zh, USAGE.en);
  if (!/\.xlsx$/iu.test(target)) throw new UsageError(`--out 须为 .xlsx 文件：${target}\n${USAGE.zh}`, `--out must name an .xlsx file: ${target}`);
  await refuseDestructiveOutput(target, [file]);
  const catalog = await readCatalog(file);
  const profile = profileFor(catalog, values.profile);
  let count = 0;
  await writeWorkbookFile(target, (writer) => {
    count = writeRegistrationSheet(writer, catalog, { profile, all: values.all === 'true' });
  });
  if (count === 0) {
    err.write(
      values.all === 'true'
        ? `目录中没有可登记的资源，已写出空白登记表 ${target}。\nno resource can be registered; wrote an empty form to ${target}.\n`
        : `目录中没有纳入授权运营范围的资源，已写出空白登记表 ${target}（加 --all 列出其他可登记的资源）。\nno resource is in the scope of authorised operation; wrote an empty form to ${target} (--all lists the others).\n`,
    );
  } else {
    err.write(`已写出公共数据资源登记表 ${target}：${count} 条资源。\nwrote the registration form ${target}: ${count} resources.\n`);
  }
  return EXIT_OK;
}
