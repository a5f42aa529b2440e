// A backup written under an older database schema is restored through the same upgrades schema.ts runs: here a
// schema-1 backup, whose resource rows have no nameKey yet (schema 2 added it) and whose audit entries are a row
// each (schema 5 made them blocks), comes back with the key filled in and its audit chain copied whole.
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { BACKUP_MEDIA_TYPE, MANIFEST_ENTRY, type BackupManifest } from '../../../../../core/backup/backup-manifest.ts';
import { decodeRows, encodeRows } from '../../../../../core/backup/row-codec.ts';
import { sm3 } from '../../../../../core/crypto/sm3.ts';
import { readContainer } from '../../../../../core/zip/reader.ts';
import { bytesSource } from '../../../../../core/zip/stream-reader.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../../../../../core/zip/utf8.ts';
import { writeContainer } from '../../../../../core/zip/writer.ts';
import { restoreWorkspaceBackup } from '../../../../../renderer/services/backup/restore-backup.ts';
import { entriesOf } from '../../../../../renderer/services/storage/audit-log.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { findByName } from '../../../../../renderer/services/storage/catalog-reader.ts';
import type { AuditBlockRow } from '../../../../../renderer/services/storage/rows.ts';
import { testDatabase } from '../storage/test-storage.ts';
import { backupBytes, populatedWorkspace } from './backup-harness.ts';

describe('a backup from an older schema', () => {
  it('is upgraded on restore', async () => {
    const source = await testDatabase('source').open();
    const { ws } = await populatedWorkspace(source.ctx);
    const { bytes } = await backupBytes(source.ctx, ws.id);
    const read = readContainer(bytes, BACKUP_MEDIA_TYPE, { maxFileBytes: bytes.length });
    if (!read.ok) throw new Error(read.reason);
    const manifest = JSON.parse(decodeUtf8Strict(read.entries.get(MANIFEST_ENTRY)!)!) as BackupManifest;
    const asStored: Record<string, (rows: Record<string, unknown>[]) => Record<string, unknown>[]> = {
      resources: (rows) => rows.map(({ nameKey: _drop, ...row }) => row),
      audit: (rows) => (rows as unknown as AuditBlockRow[]).flatMap((b) => b.entries as unknown as Record<string, unknown>[]),
    };
    for (const table of manifest.tables.filter((t) => t.name in asStored)) {
      for (const chunk of table.chunks) {
        const rows = decodeRows(read.entries.get(chunk.path)!);
        if (!rows.ok) throw new Error(rows.problem);
        const oldRows = asStored[table.name]!(rows.rows as Record<string, unknown>[]);
        const data = encodeRows(oldRows);
        read.entries.set(chunk.path, data);
        Object.assign(chunk, { rows: oldRows.length, bytes: data.length, digest: `sm3:${bytesToHex(await sm3(data))}` });
      }
      table.rows = table.chunks.reduce((n, c) => n + c.rows, 0);
    }
    read.entries.set(MANIFEST_ENTRY, encodeUtf8(JSON.stringify({ ...manifest, schemaVersion: 1 })));
    const old = writeContainer([...read.entries].map(([path, data]) => ({ path, data })), BACKUP_MEDIA_TYPE);

    const target = await testDatabase('target').open();
    const outcome = await restoreWorkspaceBackup(target.ctx, bytesSource(old), { operator: '李华' });
    expect(outcome).toMatchObject({ ok: true, audit: 'copied' });
    const rows = await target.ctx.db.resources.toArray();
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => typeof r.nameKey === 'string' && r.nameKey.length > 0)).toBe(true);
    expect((await findByName(target.ctx, ws.id, '资源3')).map((r) => r.resource.id)).toEqual(['r3']);
    const sourceEntries = entriesOf(await source.ctx.db.audit.toArray());
    expect(entriesOf(await target.ctx.db.audit.toArray()).slice(0, -1)).toEqual(sourceEntries);
    expect(await verifyAuditChain(target.ctx)).toEqual({ ok: true, entries: sourceEntries.length + 1 });
  });
});
