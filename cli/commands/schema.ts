// mulu schema [--out docs/catalog.schema.json]: the JSON Schema of the canonical catalog file.
import { writeFile } from 'node:fs/promises';
import { catalogJsonSchema } from '../../core/format/json-schema.ts';
import { EXIT_OK } from '../exit-codes.ts';
import type { CommandContext } from '../command.ts';

export const USAGE = {
  zh: '用法：mulu schema [--out docs/catalog.schema.json]（不加 --out 时输出到标准输出）',
  en: 'usage: mulu schema [--out docs/catalog.schema.json] (standard output without --out)',
};
import { refuseDestructiveOutput } from '../output-guard.ts';

export async function schemaCommand({ values, out }: CommandContext): Promise<number> {
  const text = catalogJsonSchema();
  if (values.out) {
    await refuseDestructiveOutput(values.out, []);
    await writeFile(values.out, text);
  } else out.write(text);
  return EXIT_OK;
}
