// Backup and restore over fake-indexeddb: the round trip gives back the workspace (catalog, history, audit chain,
// packages and receipts, key usable with its passphrase, library, settings), restoring over the department's
// workspace asks first and then replaces it, a damaged or altered backup is refused before anything is written,
// and a restore cut off leaves the existing workspaces as they were.
import { describe, expect, it } from 'vitest';
import { checkBackup } from '../../../../../core/backup/backup-check.ts';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MANIFEST_ENTRY, type BackupManifest } from '../../../../../core/backup/backup-manifest.ts';
import { sm3 } from '../../../../../core/crypto/sm3.ts';
import { unlockKeystore } from '../../../../../core/crypto/keystore.ts';
import { readContainer } from '../../../../../core/zip/reader.ts';
import { bytesSource } from '../../../../../core/zip/stream-reader.ts';
import { writeContainer } from '../../../../../core/zip/writer.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../../../../../core/zip/utf8.ts';
import { BACKUP_MEDIA_TYPE } from '../../../../../core/backup/backup-manifest.ts';
import { restoreWorkspaceBackup, type RestoreOutcome } from '../../../../../renderer/services/backup/restore-backup.ts';
import { incrementBase } from '../../../../../renderer/services/package/package-plan.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { entriesOf } from '../../../../../renderer/services/storage/audit-log.ts';
import { listBasis } from '../../../../../renderer/services/storage/basis-library.ts';
import { loadCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { listHistory } from '../../../../../renderer/services/storage/history.ts';
import { getSigningKey } from '../../../../../renderer/services/storage/keystore-store.ts';
import { listPackages } from '../../../../../renderer/services/storage/packages.ts';
import { getSetting } from '../../../../../renderer/services/storage/settings.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace, listWorkspaces } from '../../../../../renderer/services/storage/workspaces.ts';
import { saveResource } from '../../../../../renderer/services/storage/resource-edits.ts';
import { HOLIDAY_CALENDAR_SETTING } from '../../../../../renderer/services/calendar/holiday-calendar.ts';
import { author, DEPARTMENT, resource, testDatabase } from '../storage/test-storage.ts';
import { backupBytes, PASSPHRASE, populatedWorkspace } from './backup-harness.ts';

const restore = (ctx: StorageContext, bytes: Uint8Array, replace = false) => restoreWorkspaceBackup(ctx, bytesSource(bytes), { operator: '李华', replace });

function restored(outcome: RestoreOutcome): Extract<RestoreOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`restore failed: ${outcome.reason}`);
  return outcome;
}

/** Everything the clerk would see of a workspace, without the ids the restore may change. */
async function snapshot(ctx: StorageContext, workspaceId: number) {
  const catalog = await loadCatalog(ctx, workspaceId);
  // A stamp's importId is an auto-increment id that moves when restored beside other imports: compared by the import it names.
  const importVersion = async (id: number | undefined) => (id === undefined ? undefined : (await ctx.db.imports.get(id))?.version);
  const history = await Promise.all(
    ['r2', 'r5', 'new1', 'r0'].map(async (id) =>
      Promise.all((await listHistory(ctx, workspaceId, id)).map(async (v) => ({ ...v, stamp: { ...v.stamp, importId: await importVersion(v.stamp.importId) } }))),
    ),
  );
  const packages = (await listPackages(ctx, workspaceId)).map(({ id: _id, workspaceId: _w, ...p }) => p);
  const key = await getSigningKey(ctx, workspaceId);
  return { catalog, history, packages, key };
}

/** All rows of every table, for "nothing changed". */
async function dump(ctx: StorageContext) {
  return Object.fromEntries(await Promise.all(ctx.db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('backup and restore', () => {
  it('restores into a new database exactly what was backed up, the audit chain copied whole and verifying', async () => {
    const source = await testDatabase('source').open();
    const { ws, keystore } = await populatedWorkspace(source.ctx);
    const { bytes, done } = await backupBytes(source.ctx, ws.id, keystore);
    expect(done.signed).toBe(true);

    const target = await testDatabase('target').open();
    const outcome = restored(await restore(target.ctx, bytes));
    expect(outcome.audit).toBe('copied');
    expect(outcome.signature).toMatchObject({ signed: true, keyId: done.manifest.signingKey!.keyId });
    // A new PC keeps the workspace's id, so the audit entries still name it.
    expect(outcome.workspaceId).toBe(ws.id);
    expect(await snapshot(target.ctx, outcome.workspaceId)).toEqual(await snapshot(source.ctx, ws.id));
    expect(await verifyAuditChain(target.ctx)).toMatchObject({ ok: true, entries: (await verifyAuditChain(source.ctx)).entries + 1 });
    const sourceAudit = await source.ctx.db.audit.toArray();
    expect((await target.ctx.db.audit.toArray()).slice(0, -1)).toEqual(sourceAudit);
    expect(entriesOf(await target.ctx.db.audit.toArray()).at(-1)).toMatchObject({ action: 'backup.restore', operator: '李华' });

    const key = await getSigningKey(target.ctx, outcome.workspaceId);
    expect(key?.keystore).toBe(keystore);
    const unlocked = await unlockKeystore(key!.keystore, PASSPHRASE);
    expect(unlocked.ok).toBe(true);
    expect((await listBasis(target.ctx)).map((b) => b.key)).toEqual((await listBasis(source.ctx)).map((b) => b.key));
    expect(await getSetting(target.ctx, HOLIDAY_CALENDAR_SETTING)).toEqual(await getSetting(source.ctx, HOLIDAY_CALENDAR_SETTING));
  });

  it('continues the package chain: the same package is the base of the next incremental one', async () => {
    const source = await testDatabase('source').open();
    const { ws } = await populatedWorkspace(source.ctx);
    const [latest] = await listPackages(source.ctx, ws.id);
    await source.ctx.db.packages.update(latest!.id, { status: 'accepted' });
    const { bytes } = await backupBytes(source.ctx, ws.id);
    const target = await testDatabase('target').open();
    // The target already has a workspace, so every id of the restored one moves.
    await createWorkspace(target.ctx, 'training', { ...DEPARTMENT, operatorName: '培训' });
    const outcome = restored(await restore(target.ctx, bytes));
    expect(outcome.workspaceId).not.toBe(ws.id);
    const before = incrementBase(await listPackages(source.ctx, ws.id), 'submission');
    const after = incrementBase(await listPackages(target.ctx, outcome.workspaceId), 'submission');
    expect(after?.manifest).toEqual(before?.manifest);
    expect(after?.content).toEqual(before?.content);
    expect(outcome.audit).toBe('separate');
    expect((await verifyAuditChain(target.ctx)).ok).toBe(true);
    expect(await snapshot(target.ctx, outcome.workspaceId)).toEqual(await snapshot(source.ctx, ws.id));
  });

  it('asks before replacing the department workspace, then replaces it and the audit log continues', async () => {
    const { ctx } = await testDatabase().open();
    const { ws } = await populatedWorkspace(ctx);
    const { bytes } = await backupBytes(ctx, ws.id);
    const backedUp = await snapshot(ctx, ws.id);
    await saveResource(ctx, ws.id, resource('later', '备份后新增', 1), author('备份之后的修改'));

    const asked = await restore(ctx, bytes);
    expect(asked).toMatchObject({ ok: false, reason: 'exists', existing: { id: ws.id } });
    expect((await loadCatalog(ctx, ws.id)).resources.map((r) => r.id)).toContain('later');

    const outcome = restored(await restore(ctx, bytes, true));
    expect(outcome.replaced).toBe(ws.id);
    expect(outcome.audit).toBe('continued');
    expect((await listWorkspaces(ctx)).map((w) => w.id)).toEqual([outcome.workspaceId]);
    expect(await snapshot(ctx, outcome.workspaceId)).toEqual(backedUp);
    // The replaced workspace's rows are gone, not left behind under its old id.
    expect(await ctx.db.history.where('workspaceId').equals(ws.id).count()).toBe(0);
    expect(await ctx.db.packages.where('workspaceId').equals(ws.id).count()).toBe(0);
    expect((await verifyAuditChain(ctx)).ok).toBe(true);
  });

  it('refuses a damaged backup before writing anything, naming what is damaged', async () => {
    const source = await testDatabase('source').open();
    const { ws } = await populatedWorkspace(source.ctx);
    const { bytes } = await backupBytes(source.ctx, ws.id);
    const target = await testDatabase('target').open();
    await createWorkspace(target.ctx, 'training', { ...DEPARTMENT, operatorName: '培训' });
    const before = await dump(target.ctx);

    const flipped = bytes.slice();
    flipped[Math.floor(bytes.length / 2)]! ^= 0x40;
    const damaged = await restore(target.ctx, flipped);
    expect(damaged).toMatchObject({ ok: false, reason: 'backup', check: { verdict: 'damaged', problems: [{ kind: 'container' }] } });

    const cut = await restore(target.ctx, bytes.subarray(0, bytes.length - 100));
    expect(cut).toMatchObject({ ok: false, reason: 'backup', check: { verdict: 'damaged' } });
    const notBackup = await restore(target.ctx, encodeUtf8('not a backup at all'));
    expect(notBackup).toMatchObject({ ok: false, reason: 'backup', check: { verdict: 'unusable', reason: 'notBackup' } });
    expect(await dump(target.ctx)).toEqual(before);
  });

  it('refuses an altered chunk by its digest, and an altered manifest of a signed backup by its signature', async () => {
    const source = await testDatabase('source').open();
    const { ws, keystore } = await populatedWorkspace(source.ctx);
    const rewrite = (bytes: Uint8Array, edit: (entries: Map<string, Uint8Array>) => void) => {
      const read = readContainer(bytes, BACKUP_MEDIA_TYPE, { maxFileBytes: bytes.length });
      if (!read.ok) throw new Error(read.reason);
      edit(read.entries);
      return writeContainer([...read.entries].map(([path, data]) => ({ path, data })), BACKUP_MEDIA_TYPE);
    };
    const renamed = (data: Uint8Array) => encodeUtf8(decodeUtf8Strict(data)!.replace('资源0', '资源X'));

    const plain = (await backupBytes(source.ctx, ws.id)).bytes;
    const chunk = rewrite(plain, (e) => e.set('data/resources/000001.json', renamed(e.get('data/resources/000001.json')!)));
    const target = await testDatabase('target').open();
    expect(await restore(target.ctx, chunk)).toMatchObject({
      ok: false,
      check: { verdict: 'damaged', problems: [{ kind: 'digest', entry: 'data/resources/000001.json' }] },
    });

    // The forger fixes the digest in the manifest as well: a signed backup still refuses it.
    const signed = (await backupBytes(source.ctx, ws.id, keystore)).bytes;
    const digests = new Map<Uint8Array, string>();
    const original = readContainer(signed, BACKUP_MEDIA_TYPE, { maxFileBytes: signed.length });
    if (!original.ok) throw new Error(original.reason);
    const forgedChunk = renamed(original.entries.get('data/resources/000001.json')!);
    digests.set(forgedChunk, `sm3:${bytesToHex(await sm3(forgedChunk))}`);
    const forged = rewrite(signed, (e) => {
      const path = 'data/resources/000001.json';
      const data = forgedChunk;
      e.set(path, data);
      const manifest = JSON.parse(decodeUtf8Strict(e.get(MANIFEST_ENTRY)!)!) as BackupManifest;
      const listed = manifest.tables.flatMap((t) => t.chunks).find((c) => c.path === path)!;
      Object.assign(listed, { digest: digests.get(data), bytes: data.length });
      e.set(MANIFEST_ENTRY, encodeUtf8(JSON.stringify(manifest, null, 1)));
    });
    const forgedCheck = await checkBackup(bytesSource(forged));
    expect(forgedCheck).toMatchObject({ ok: false, verdict: 'damaged', problems: [{ kind: 'signature', entry: 'signature.json' }] });
    expect(await listWorkspaces(target.ctx)).toEqual([]);
    expect(await target.ctx.db.resources.count()).toBe(0);
  });

  it('leaves nothing behind when cancelled while staging', async () => {
    const source = await testDatabase('source').open();
    const { ws } = await populatedWorkspace(source.ctx);
    const { bytes } = await backupBytes(source.ctx, ws.id);
    const { ctx } = await testDatabase('target').open();
    await createWorkspace(ctx, 'training', { ...DEPARTMENT, operatorName: '培训' });
    const before = await dump(ctx);
    const controller = new AbortController();
    const outcome = await restoreWorkspaceBackup(ctx, bytesSource(bytes), {
      operator: '李华',
      signal: controller.signal,
      onProgress: ({ rows }) => rows > 5 && controller.abort(),
    });
    expect(outcome).toEqual({ ok: false, reason: 'cancelled' });
    expect(await dump(ctx)).toEqual(before);
  });

  it('a restore cut off after staging is dropped at the next start; the old workspace is as it was', async () => {
    const db = testDatabase();
    const { ctx } = await db.open();
    const { ws } = await populatedWorkspace(ctx);
    const { bytes } = await backupBytes(ctx, ws.id);
    await saveResource(ctx, ws.id, resource('later', '备份后新增', 1), author('备份之后的修改'));
    const before = await dump(ctx);
    const crash = new Error('the window was closed');
    await expect(
      restoreWorkspaceBackup(ctx, bytesSource(bytes), { operator: '李华', replace: true, onStage: (s) => { if (s === 'staged') throw crash; } }),
    ).rejects.toBe(crash);
    expect((await listWorkspaces(ctx)).map((w) => w.id)).toEqual([ws.id]);
    ctx.db.close();

    const reopened = await db.open();
    expect(reopened.integrity.ok).toBe(true);
    expect(await dump(reopened.ctx)).toEqual(before);
  });
});
