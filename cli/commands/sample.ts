// mulu sample --resources N --seed S [--clean] [--profile id] [--items N]
//   [--department-name … --department-uscc … [--division …]] [--department-number …] --out file.json
import { writeFile } from 'node:fs/promises';
import { departmentCodeProblem } from '../../core/codes/code-scheme.ts';
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog, type SampleOptions } from '../../core/sample/generator.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import type { CommandContext } from '../command.ts';
import { readDepartmentOptions } from '../department-options.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';

export const USAGE = {
  zh: '用法：mulu sample [--resources 200] [--seed 1] [--clean] [--profile anhui] [--items N] [--department-name 名称 --department-uscc 代码 [--division 341324]] [--department-number 021] [--out 示例.json]\n不加 --out 时把目录写到标准输出。示例目录的各部门按 --division 所在县编码（部门编号 001 起）。',
  en: 'usage: mulu sample [--resources 200] [--seed 1] [--clean] [--profile anhui] [--items N] [--department-name NAME --department-uscc CODE [--division 341324]] [--department-number 021] [--out sample.json]\nWithout --out the catalog goes to standard output. The sample departments are coded in the county of --division (numbers from 001).',
};

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} 应为非负整数，收到「${raw ?? ''}」`, `--${name} must be a non-negative integer, got "${raw ?? ''}"`);
  return n;
}

export async function sampleCommand({ values, out, err }: CommandContext): Promise<number> {
  const resources = positiveInt('resources', values.resources, 200);
  const seed = positiveInt('seed', values.seed, 1);
  const items = values.items === undefined ? undefined : positiveInt('items', values.items);
  const profileId = values.profile ?? 'anhui';
  const profile = loadProfile(profileId); // fails early with a clear message on an unknown id
  const details = await readDepartmentOptions(values, err);
  const number = values['department-number']?.trim();
  if (number !== undefined && departmentCodeProblem({ divisionCode: '000000', number }, profile.codeScheme)) {
    const width = profile.codeScheme.departmentNumberWidth;
    throw new UsageError(`--department-number 应为 ${width} 位数字（县级数据主管部门分配的部门编号），收到「${number}」`, `--department-number must be ${width} digits (the number the county data authority assigned), got "${number}"`);
  }
  const department: SampleOptions['department'] = {
    ...(details && { name: details.name, uscc: details.uscc }),
    ...(details?.division && { divisionCode: details.division.code, ...(details.division.names[2] && { countyName: details.division.names[2] }) }),
    ...(number !== undefined && { number }),
  };
  const catalog = generateCatalog({ resources, seed, clean: values.clean === 'true', profile: profileId, itemsPerResource: items, department });
  const text = serializeCatalog(catalog);
  if (values.out) {
    await refuseDestructiveOutput(values.out, []);
    await writeFile(values.out, text);
    const itemCount = catalog.resources.reduce((s, r) => s + r.items.length, 0);
    err.write(`已生成示例目录：${values.out}（资源 ${resources} 条，信息项 ${itemCount} 个，种子 ${seed}${values.clean === 'true' ? '，无错误' : ''}）\n`);
  } else out.write(text);
  return EXIT_OK;
}
