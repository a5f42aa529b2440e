// A workspace with something in every table a backup carries, and the backup written to memory: shared by the
// backup tests.
import { concatBytes } from '@noble/hashes/utils.js';
import { createKeystore, type ScryptCost } from '../../../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../../../core/crypto/signature.ts';
import type { PackageManifest } from '../../../../../core/package/manifest.ts';
import { signWithKeystore } from '../../../../../core/package/keystore-signer.ts';
import { backupSignerOf } from '../../../../../core/backup/backup-signer.ts';
import type { FinishedBackup } from '../../../../../core/backup/backup-writer.ts';
import type { ByteSink } from '../../../../../core/zip/stream-writer.ts';
import { encodeUtf8 } from '../../../../../core/zip/utf8.ts';
import { writeWorkspaceBackup } from '../../../../../renderer/services/backup/write-backup.ts';
import { HOLIDAY_CALENDAR_SETTING } from '../../../../../renderer/services/calendar/holiday-calendar.ts';
import { saveBasis } from '../../../../../renderer/services/storage/basis-library.ts';
import { commitImport } from '../../../../../renderer/services/storage/import-commit.ts';
import { storeSigningKey } from '../../../../../renderer/services/storage/keystore-store.ts';
import { recordPackage } from '../../../../../renderer/services/storage/packages.ts';
import { deleteResource, saveResource } from '../../../../../renderer/services/storage/resource-edits.ts';
import { setSetting } from '../../../../../renderer/services/storage/settings.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import type { WorkspaceRow } from '../../../../../renderer/services/storage/rows.ts';
import { author, DEPARTMENT, resource } from '../storage/test-storage.ts';

export const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = '泗县数据局 备份口令 2026';

export function memorySink(): ByteSink & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    write: async (b) => void parts.push(b.slice()),
    bytes: () => concatBytes(...parts),
  };
}

function manifest(ws: WorkspaceRow, catalogVersion: number): PackageManifest {
  return {
    format: 'mulu.package-manifest',
    version: 1,
    type: 'submission',
    watermark: null,
    packageId: `${ws.department.uscc}-v${catalogVersion}-${'0'.repeat(32)}`,
    department: ws.department,
    profile: ws.profileId,
    catalogVersion,
    createdAt: `2026-03-0${catalogVersion}T09:00:00+08:00`,
    signer: { keyId: `sm3:${'1'.repeat(64)}`, suite: 'SM2-with-SM3' },
    baseVersion: null,
    baseManifestDigest: null,
    changes: null,
    files: [],
  };
}

/** A department workspace with an import, edits, a deletion, an undo-able history, two packages, a key, a basis and settings. */
export async function populatedWorkspace(ctx: StorageContext): Promise<{ ws: WorkspaceRow; keystore: string }> {
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  const resources = Array.from({ length: 12 }, (_, i) => resource(`r${i}`, `资源${i}`, 3 + (i % 4)));
  const imported = await commitImport(ctx, ws.id, { resources } as never, { author: author('首次导入') });
  if (imported.ok) await imported.retired;
  await saveResource(ctx, ws.id, { ...resources[2]!, name: '资源2（改名）' }, author('名称调整'));
  await saveResource(ctx, ws.id, resource('new1', '新增资源', 2), author('新增'));
  await deleteResource(ctx, ws.id, 'r5', author('停止采集'));
  for (const v of [1, 2]) {
    const m = manifest(ws, v);
    await recordPackage(ctx, { workspaceId: ws.id, manifest: m, manifestBytes: encodeUtf8(JSON.stringify(m)), fileName: `v${v}.zip`, size: 3, content: { kind: 'bytes', bytes: new Uint8Array([v, 2, 3]) }, operator: '王晓明' });
  }
  const pair = generateKeyPair('SM2-with-SM3');
  const keystore = await createKeystore(pair.privateKey, pair.publicKey, pair.algorithm, PASSPHRASE, { scrypt: FAST });
  await storeSigningKey(ctx, ws.id, keystore, 'create', '王晓明');
  await saveBasis(ctx, { title: '安徽省政务数据资源管理办法', docNo: '皖政〔2020〕1号', article: '第十二条' });
  await setSetting(ctx, HOLIDAY_CALENDAR_SETTING, { years: {}, corrections: { holidays: ['2026-05-06'], workdays: [] } });
  return { ws: (await ctx.db.workspaces.get(ws.id))!, keystore };
}

/** The backup as bytes, signed with the workspace key when a keystore is given. */
export async function backupBytes(ctx: StorageContext, workspaceId: number, keystore?: string): Promise<{ bytes: Uint8Array; done: FinishedBackup }> {
  const sink = memorySink();
  if (!keystore) return { done: await writeWorkspaceBackup(ctx, workspaceId, sink, { operator: '王晓明' }), bytes: sink.bytes() };
  const signed = await signWithKeystore(keystore, PASSPHRASE, (key) => writeWorkspaceBackup(ctx, workspaceId, sink, { operator: '王晓明', signer: backupSignerOf(key) }));
  if (!signed.ok) throw new Error(signed.error.code);
  return { done: signed.value, bytes: sink.bytes() };
}
