// mulu validate <catalog.json> [--profile id] [--format text|json] [--lang zh|en]
import { loadDivisionTable } from '../../core/codes/division.ts';
import { loadProfile, PROFILE_IDS, UnknownProfileError } from '../../core/profiles/profile.ts';
import { buildReport } from '../../core/report/validation-report.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readCatalog } from '../read-input.ts';
import { formatTextReport } from '../text-report.ts';
import type { CommandContext } from '../command.ts';

export async function validateCommand({ positionals, values, out }: CommandContext): Promise<number> {
  const file = positionals[0];
  if (!file) throw new UsageError('用法：mulu validate <目录文件.json> [--profile anhui] [--format text|json] [--lang zh|en]', 'usage: mulu validate <catalog.json> [--profile id] [--format text|json] [--lang zh|en]');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const catalog = await readCatalog(file);
  const profileId = values.profile ?? catalog.profile;
  let profile;
  try {
    profile = loadProfile(profileId);
  } catch (err) {
    if (err instanceof UnknownProfileError) throw new UsageError(`未知的规则配置「${profileId}」，可用：${PROFILE_IDS.join('、')}`, `unknown profile "${profileId}"; available: ${PROFILE_IDS.join(', ')}`);
    throw err;
  }
  const engine = new RuleEngine({ profile, divisions: await loadDivisionTable(), today: values.today });
  const report = buildReport(catalog, profile, engine.validateCatalog(catalog));
  out.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report, values.lang === 'en' ? 'en' : 'zh'));
  return report.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
