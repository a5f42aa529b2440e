// mulu rules-doc [--out docs/rules.md]: the rule reference, generated from the rule and profile data.
import { writeFile } from 'node:fs/promises';
import { renderRulesDoc } from '../../core/report/rules-doc.ts';
import { EXIT_OK } from '../exit-codes.ts';
import type { CommandContext } from '../command.ts';

export const USAGE = {
  zh: '用法：mulu rules-doc [--out docs/rules.md]（不加 --out 时输出到标准输出）',
  en: 'usage: mulu rules-doc [--out docs/rules.md] (standard output without --out)',
};
import { refuseDestructiveOutput } from '../output-guard.ts';

export async function rulesDocCommand({ values, out }: CommandContext): Promise<number> {
  const text = renderRulesDoc();
  if (values.out) {
    await refuseDestructiveOutput(values.out, []);
    await writeFile(values.out, text);
  } else out.write(text);
  return EXIT_OK;
}
