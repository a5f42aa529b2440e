// The upgrade test, fast form (fake-indexeddb; test/e2e/storage-chromium.test.ts runs the same in
// Chromium): a database written by schema version 1, with data in every table, opened by the current code, keeps
// every row; the indexes of versions 2 and 3 work on the old rows, the audit entries are blocks (v5); and the app
// carries on (edit, undo, audit).
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { findByName, loadCatalog, loadLiveCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { changesSince } from '../../../../../renderer/services/storage/changes-since.ts';
import { undoLastEdit, saveResource } from '../../../../../renderer/services/storage/resource-edits.ts';
import { listHistory } from '../../../../../renderer/services/storage/history.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../../renderer/services/storage/schema.ts';
import { upgradeDifferences, writeVersion1Database } from '../../../../e2e/pages/storage-v1-fixture.ts';
import { author, testDatabase } from './test-storage.ts';

describe('schema upgrade', () => {
  it('has more than one version, so there is an upgrade path to test', () => {
    expect(SCHEMA_VERSIONS[0]!.version).toBe(1);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThan(1);
    // Increasing; Dexie accepts gaps, so parts developed side by side may each take their own number.
    expect(SCHEMA_VERSIONS.every((v, i) => i === 0 || v.version > SCHEMA_VERSIONS[i - 1]!.version)).toBe(true);
  });

  it('opens a version-1 database with data in every table and loses nothing', async () => {
    const database = testDatabase('mulu-v1');
    const data = await writeVersion1Database('mulu-v1', { indexedDB: database.factory, IDBKeyRange });

    const { ctx, integrity } = await database.open();
    expect(ctx.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(integrity).toMatchObject({ ok: true, audit: { ok: true, entries: 7 } });
    expect(await upgradeDifferences(ctx.db, data)).toEqual([]);
    expect(await loadCatalog(ctx, 1)).toEqual(data.catalog);
    expect((await findByName(ctx, 1, data.nameVariant.typed)).map((r) => r.resource.id)).toContain(data.nameVariant.resourceId);
    // Version 3's history indexes, built from the old rows: every resource changed since the beginning (at its
    // import, the version the two edited ones keep in history), and after the import only the two edited ones.
    const importedAt = data.tables.resources.find((r) => r.stamp.kind === 'import')!.stamp.at;
    const { stamps } = await loadLiveCatalog(ctx, 1);
    const everything = await changesSince(ctx, 1, undefined, stamps);
    expect(everything.map((c) => c.resourceId).sort()).toEqual(data.catalog.resources.map((r) => r.id).sort());
    expect(new Set(everything.map((c) => c.at))).toEqual(new Set([importedAt]));
    const edits = data.tables.resources.filter((r) => r.stamp.kind === 'edit').sort((a, b) => a.stamp.at.localeCompare(b.stamp.at));
    expect(await changesSince(ctx, 1, importedAt, stamps)).toEqual(edits.map((r) => ({ resourceId: r.id, at: r.stamp.at, deleted: false })));

    const edited = data.catalog.resources[17]!;
    expect((await listHistory(ctx, 1, edited.id)).map((v) => v.stamp.kind)).toEqual(['edit', 'import']);
    await saveResource(ctx, 1, { ...edited, name: '升级后修改' }, author('升级后第一次编辑'));
    expect((await undoLastEdit(ctx, 1, '王晓明'))?.reverted[0]?.resource).toEqual(edited);
    expect((await undoLastEdit(ctx, 1, '王晓明'))?.reverted[0]?.resource).toEqual(data.tables.history.find((h) => h.resourceId === edited.id)!.resource);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 10 });
  });

  it('runs the audit-block upgrade (v5) again without changing a row', async () => {
    const database = testDatabase('mulu-v1');
    await writeVersion1Database('mulu-v1', { indexedDB: database.factory, IDBKeyRange });
    const { ctx } = await database.open();
    const blocks = await ctx.db.audit.toArray();
    expect(blocks.map((b) => b.entries.length)).toEqual(blocks.map(() => 1));
    const v5 = SCHEMA_VERSIONS.find((v) => v.version === 5)!;
    await ctx.db.transaction('rw', ctx.db.audit, (tx) => v5.upgrade!(tx));
    expect(await ctx.db.audit.toArray()).toEqual(blocks);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 7 });
  });
});
