// What a backup's manifest says about the workspace it holds, for `mulu backup inspect` and `verify`: department,
// dates (Beijing time, as the clerk's screens show them) and counts.
import type { BackupManifest } from '../core/backup/backup-manifest.ts';
import type { SignatureStatus } from '../core/backup/backup-check.ts';
import { beijingDateTimeSeconds } from '../core/time/beijing-time.ts';

const when = (instant: string | null) => (instant === null ? '—' : `${beijingDateTimeSeconds(instant)}（北京时间 / Beijing time）`);

export function formatBackupSummary(m: BackupManifest): string {
  const w = m.workspace;
  const lines = [
    `部门 / department: ${w.department.name}（${w.department.uscc}）${w.kind === 'training' ? ' 培训工作区 / training workspace' : ''}`,
    `规则配置 / profile: ${w.profileId}`,
    `备份时间 / backed up: ${when(m.createdAt)}，操作员 / by ${m.operator}`,
    `工作区建立 / workspace created: ${when(w.createdAt)}`,
    `目录最后修改 / catalog last changed: ${when(w.lastChangeAt)}`,
    `资源 / resources: ${w.resources}，信息项 / items: ${w.items}，历史版本 / past versions: ${w.historyVersions}，目录包 / packages: ${w.packages}`,
    `审计日志 / audit log: ${m.audit.entries} 条 / entries`,
    `签名密钥 / signing key: ${m.signingKey ? `${m.signingKey.keyId}（${m.signingKey.algorithm}，口令保护，未解密 / sealed under its passphrase）` : '无 / none'}`,
    `数据库结构版本 / schema version: ${m.schemaVersion}；数据块 / chunks: ${m.tables.reduce((n, t) => n + t.chunks.length, 0)}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function formatSignature(signature: SignatureStatus): string {
  return signature.signed
    ? `签名有效 / signature valid: ${signature.keyId}（${signature.algorithm}）。请与公钥登记表上的密钥标识核对 / compare the key id with the registration form.\n`
    : '未签名 / not signed: 工作区没有签名密钥，只核对了各数据块的 SM3 摘要；清单和数据一起被改写是发现不了的 / the workspace has no key, so only the SM3 digests were checked; rewriting the manifest together with the data would not be detected.\n';
}
