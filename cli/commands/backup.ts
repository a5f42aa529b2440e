// mulu backup verify <backup.mulu-backup> [--format text|json]
// mulu backup inspect <backup.mulu-backup> [--format text|json]
// For the IT office: whether a workspace backup (docs/backup-format.md) is intact, and what it holds, without the
// app. The file is read an entry at a time (core/backup/backup-check.ts). verify: exit 0 intact, 1 damaged (each
// problem named), 2 unusable (not a backup, made by a newer Mulu, unreadable). inspect: what the manifest says, with
// the same check's verdict in one line; exit 0 when the manifest could be read, 2 when not.
import { checkBackup, type BackupCheck } from '../../core/backup/backup-check.ts';
import { formatBackupSummary, formatSignature } from '../backup-summary.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError } from '../exit-codes.ts';
import { withFileSource } from '../file-source.ts';

export const USAGE = {
  zh: '用法：mulu backup verify <备份文件> [--format text|json]\n      mulu backup inspect <备份文件> [--format text|json]',
  en: 'usage: mulu backup verify <backup file> [--format text|json]\n       mulu backup inspect <backup file> [--format text|json]',
};

export async function backupCommand(ctx: CommandContext): Promise<number> {
  const [sub, file, ...extra] = ctx.positionals;
  if ((sub !== 'verify' && sub !== 'inspect') || !file || extra.length) throw new UsageError(USAGE.zh, USAGE.en);
  const format = ctx.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const check = await withFileSource(file, checkBackup);
  const code = exitCode(sub, check);
  if (format === 'json') {
    ctx.out.write(`${JSON.stringify({ file, ...verdictJson(check) }, null, 2)}\n`);
    return code;
  }
  if (!check.ok && check.verdict === 'unusable') throw new UsageError(`${file}：${check.message.zh}`, `${file}: ${check.message.en}`);
  const manifest = check.ok ? check.manifest : check.manifest;
  if (sub === 'inspect') {
    if (!manifest) throw new UsageError(`${file}：备份清单无法读取。${problemLines(check, 'zh')}`, `${file}: the backup manifest cannot be read. ${problemLines(check, 'en')}`);
    ctx.out.write(`${file}\n${formatBackupSummary(manifest)}${check.ok ? `完好 / intact\n${formatSignature(check.signature)}` : '已损坏或被改动，请运行 mulu backup verify 查看详情 / damaged or altered: run mulu backup verify for details\n'}`);
    return code;
  }
  if (check.ok) ctx.out.write(`备份完好 / backup intact: ${file}\n${formatBackupSummary(check.manifest)}${formatSignature(check.signature)}`);
  else ctx.out.write(`备份已损坏或被改动，不能用于恢复 / backup damaged or altered, not usable for a restore: ${file}\n${problemLines(check, 'zh')}${problemLines(check, 'en')}`);
  return code;
}

function exitCode(sub: 'verify' | 'inspect', check: BackupCheck): number {
  if (check.ok) return EXIT_OK;
  if (check.verdict === 'unusable') return EXIT_UNUSABLE;
  if (sub === 'inspect') return check.manifest ? EXIT_OK : EXIT_UNUSABLE;
  return EXIT_FINDINGS;
}

function problemLines(check: BackupCheck, lang: 'zh' | 'en'): string {
  return check.ok || check.verdict !== 'damaged' ? '' : check.problems.map((p) => `  ${p.message[lang]}\n`).join('');
}

function verdictJson(check: BackupCheck) {
  if (check.ok) return { verdict: 'intact', signature: check.signature, manifest: check.manifest };
  if (check.verdict === 'unusable') return { verdict: 'unusable', reason: check.reason, message: check.message };
  return { verdict: 'damaged', problems: check.problems, manifest: check.manifest ?? null };
}
