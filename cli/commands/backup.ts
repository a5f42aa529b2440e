// mulu backup verify <backup.mulu-backup> [--trust <trust.json|signer.pem>] [--format text|json]
// mulu backup inspect <backup.mulu-backup> [--format text|json]
// For the IT office: whether a workspace backup (docs/backup-format.md) is intact, and what it holds, without the
// app. The file is read an entry at a time (core/backup/backup-check.ts). verify: exit 0 intact, 1 damaged (each
// problem named), 2 unusable (not a backup, made by a newer Mulu, unreadable). With --trust, an intact backup
// passes only when signed by a key the store trusts for the department it names, valid when the backup was made
// (cli/backup-trust.ts); otherwise exit 1 with why; a trust file that cannot be read exits 2. inspect: what
// the manifest says, with the same check's verdict in one line; exit 0 when the manifest could be read, 2 when not.
import { checkBackup, type BackupCheck } from '../../core/backup/backup-check.ts';
import { checkBackupTrust, type BackupTrust } from '../backup-trust.ts';
import { formatBackupSummary, formatSignature } from '../backup-summary.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError } from '../exit-codes.ts';
import { withFileSource } from '../file-source.ts';
import { readTrustArgument } from '../read-trust.ts';

export const USAGE = {
  zh: '用法：mulu backup verify <备份文件> [--trust <信任库.json|公钥.pem>] [--format text|json]\n      mulu backup inspect <备份文件> [--format text|json]',
  en: 'usage: mulu backup verify <backup file> [--trust <trust.json|signer.pem>] [--format text|json]\n       mulu backup inspect <backup file> [--format text|json]',
};

export async function backupCommand(ctx: CommandContext): Promise<number> {
  const [sub, file, ...extra] = ctx.positionals;
  if ((sub !== 'verify' && sub !== 'inspect') || !file || extra.length) throw new UsageError(USAGE.zh, USAGE.en);
  const format = ctx.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  if (ctx.values.trust !== undefined && sub !== 'verify') throw new UsageError(USAGE.zh, USAGE.en);
  // The trust file first: one that cannot be read is a usage problem whatever the backup holds.
  const store = ctx.values.trust === undefined ? undefined : await readTrustArgument(ctx.values.trust);
  const check = await withFileSource(file, checkBackup);
  const trust = store && check.ok ? checkBackupTrust(check.manifest, check.signature, store) : undefined;
  const code = trust && !trust.ok ? EXIT_FINDINGS : exitCode(sub, check);
  if (format === 'json') {
    ctx.out.write(`${JSON.stringify({ file, ...verdictJson(check), ...(trust && { trust: trustJson(trust) }) }, null, 2)}\n`);
    return code;
  }
  if (!check.ok && check.verdict === 'unusable') throw new UsageError(`${file}：${check.message.zh}`, `${file}: ${check.message.en}`);
  const manifest = check.ok ? check.manifest : check.manifest;
  if (sub === 'inspect') {
    if (!manifest) throw new UsageError(`${file}：备份清单无法读取。${problemLines(check, 'zh')}`, `${file}: the backup manifest cannot be read. ${problemLines(check, 'en')}`);
    ctx.out.write(`${file}\n${formatBackupSummary(manifest)}${check.ok ? `完好 / intact\n${formatSignature(check.signature)}` : '已损坏或被改动，请运行 mulu backup verify 查看详情 / damaged or altered: run mulu backup verify for details\n'}`);
    return code;
  }
  if (check.ok) ctx.out.write(`备份完好 / backup intact: ${file}\n${formatBackupSummary(check.manifest)}${formatSignature(check.signature)}${trust ? formatTrust(trust) : ''}`);
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

function formatTrust(trust: BackupTrust): string {
  if (!trust.ok) return `未通过信任库核对，不应用于恢复 / not trusted, do not restore from it: ${trust.message.zh}\n  ${trust.message.en}\n`;
  const { department, keyId } = trust.key;
  // A single public key vouches for no department: say only that the key is the one given.
  return department
    ? `信任库确认 / trusted: 签名密钥 ${keyId} 属于 / belongs to ${department.name}（${department.uscc}）\n`
    : `签名密钥与 --trust 给出的公钥相同 / signed with the public key given by --trust: ${keyId}（部门未经信任库确认 / department not confirmed by a trust store）\n`;
}

function trustJson(trust: BackupTrust) {
  return trust.ok ? { trusted: true, keyId: trust.key.keyId, department: trust.key.department ?? null } : { trusted: false, reason: trust.reason, message: trust.message };
}

function verdictJson(check: BackupCheck) {
  if (check.ok) return { verdict: 'intact', signature: check.signature, manifest: check.manifest };
  if (check.verdict === 'unusable') return { verdict: 'unusable', reason: check.reason, message: check.message };
  return { verdict: 'damaged', problems: check.problems, manifest: check.manifest ?? null };
}
