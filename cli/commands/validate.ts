// mulu validate <catalog.json> [--profile id] [--format text|json] [--lang zh|en]
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readCatalog } from '../read-input.ts';
import { formatTextReport } from '../text-report.ts';
import { validateCatalogForCli } from '../validate-catalog.ts';
import type { CommandContext } from '../command.ts';

export async function validateCommand({ positionals, values, out }: CommandContext): Promise<number> {
  const file = positionals[0];
  if (!file) throw new UsageError('用法：mulu validate <目录文件.json> [--profile anhui] [--format text|json] [--lang zh|en]', 'usage: mulu validate <catalog.json> [--profile id] [--format text|json] [--lang zh|en]');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const catalog = await readCatalog(file);
  const report = await validateCatalogForCli(catalog, values.profile, values.today);
  out.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report, values.lang === 'en' ? 'en' : 'zh'));
  return report.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
