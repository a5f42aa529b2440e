// mulu sample --resources N --seed S [--clean] [--profile id] [--items N] --out file.json
import { writeFile } from 'node:fs/promises';
import { serializeCatalog } from '../../core/format/catalog-file.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import type { CommandContext } from '../command.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';

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
  const profile = values.profile ?? 'anhui';
  loadProfile(profile); // fails early with a clear message on an unknown id
  const catalog = generateCatalog({ resources, seed, clean: values.clean === 'true', profile, itemsPerResource: items });
  const text = serializeCatalog(catalog);
  if (values.out) {
    await refuseDestructiveOutput(values.out, []);
    await writeFile(values.out, text);
    const itemCount = catalog.resources.reduce((s, r) => s + r.items.length, 0);
    err.write(`已生成示例目录：${values.out}（资源 ${resources} 条，信息项 ${itemCount} 个，种子 ${seed}${values.clean === 'true' ? '，无错误' : ''}）\n`);
  } else out.write(text);
  return EXIT_OK;
}
