// Whether an intact backup was signed by a key the IT office trusts (`mulu backup verify --trust`): the signature
// check (backup-check.ts) proves the manifest is whole and was signed with the key inside it; this asks the trust
// store whether that key is a department's and was valid when the backup was made, and whether the department the
// manifest names is that key's. An unsigned backup cannot pass.
import type { LocalText } from '../core/i18n/text.ts';
import { findTrustedKey, type TrustedKey, type TrustRefusal, type TrustStore } from '../core/package/trust-store.ts';
import type { SignatureStatus } from '../core/backup/backup-check.ts';
import type { BackupManifest } from '../core/backup/backup-manifest.ts';

export type BackupTrust = { ok: true; key: TrustedKey } | { ok: false; reason: TrustRefusal | 'unsigned'; message: LocalText };

const UNSIGNED: LocalText = {
  zh: '备份没有签名（工作区没有签名密钥），无法与信任库核对来源。',
  en: 'The backup is not signed (the workspace had no signing key), so its origin cannot be checked against the trust store.',
};

/** The trust verdict for a backup whose check came out intact; the key must have been valid at the backup's creation. */
export function checkBackupTrust(manifest: BackupManifest, signature: SignatureStatus, store: TrustStore): BackupTrust {
  if (!signature.signed) return { ok: false, reason: 'unsigned', message: UNSIGNED };
  const found = findTrustedKey(store, signature.keyId, new Date(manifest.createdAt), { uscc: manifest.workspace.department.uscc });
  return found.ok ? { ok: true, key: found.key } : { ok: false, reason: found.reason, message: found.message };
}
