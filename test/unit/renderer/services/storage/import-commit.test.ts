// Atomic import over fake-indexeddb: staged chunks stay invisible until the one swap; a cancel, a failure or a
// connection cut mid-import leaves the catalog exactly as it was and the staged rows are dropped (at once, or at
// the next start); a re-import keeps the versions it did not change and moves the rest into history.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../../core/model/catalog.ts';
import { generateCatalog } from '../../../../../core/sample/generator.ts';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { entriesOf } from '../../../../../renderer/services/storage/audit-log.ts';
import { loadCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { listHistory } from '../../../../../renderer/services/storage/history.ts';
import { commitImport } from '../../../../../renderer/services/storage/import-commit.ts';
import { prefixRange, RESOURCE_KEY } from '../../../../../renderer/services/storage/mulu-database.ts';
import { saveResource } from '../../../../../renderer/services/storage/resource-edits.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { createWorkspace, getWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

const county = (resources: number, seed = 5): Catalog => generateCatalog({ resources, seed, itemsPerResource: 4 });

const rowsOfWorkspace = (ctx: StorageContext, workspaceId: number) =>
  ctx.db.resources
    .where(RESOURCE_KEY)
    .between(...prefixRange(workspaceId))
    .count();

async function withCatalog(resources = 30) {
  const database = testDatabase();
  const { ctx } = await database.open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  const first = await commitImport(ctx, ws.id, county(resources), { author: author('首次导入'), chunkSize: 7 });
  if (first.ok) await first.retired;
  return { database, ctx, ws, before: await loadCatalog(ctx, ws.id) };
}

describe('import commit', () => {
  it('makes the imported catalog live in one step, with progress per chunk and one audit entry', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    const catalog = county(30);
    const progress: number[] = [];
    const outcome = await commitImport(ctx, ws.id, catalog, { author: author('首次导入'), source: '泗县目录.xlsx', chunkSize: 7, onProgress: (p) => progress.push(p.staged) });
    expect(outcome).toMatchObject({ ok: true, resources: 30, items: 120 });
    expect(progress).toEqual([7, 14, 21, 28, 30]);
    const loaded = await loadCatalog(ctx, ws.id);
    expect(loaded.resources).toEqual(catalog.resources);
    expect(loaded.codeSequences).toEqual(catalog.codeSequences);
    expect(entriesOf(await ctx.db.audit.toArray()).map((e) => e.action)).toEqual(['workspace.create', 'import.commit']);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: true });
  });

  it('re-import: unchanged resources keep their version, changed ones keep the old one in history, removed ones get a deletion', async () => {
    const { ctx, ws, before } = await withCatalog();
    const [kept, changed, removed] = before.resources;
    const next: Catalog = { ...before, resources: before.resources.filter((r) => r !== removed).map((r) => (r === changed ? { ...r, name: `${r.name}（新）` } : r)) };
    const keptVersion = (await listHistory(ctx, ws.id, kept!.id))[0]!.stamp.version;
    const outcome = await commitImport(ctx, ws.id, next, { author: author('年度更新') });
    expect(outcome.ok && (await outcome.retired)).toBe(true);

    expect((await loadCatalog(ctx, ws.id)).resources).toEqual(next.resources);
    expect((await listHistory(ctx, ws.id, kept!.id)).map((v) => v.stamp.version)).toEqual([keptVersion]);
    expect((await listHistory(ctx, ws.id, changed!.id)).map((v) => [v.stamp.note.reason, v.resource?.name])).toEqual([
      ['年度更新', `${changed!.name}（新）`],
      ['首次导入', changed!.name],
    ]);
    expect((await listHistory(ctx, ws.id, removed!.id)).map((v) => [v.stamp.kind, v.stamp.note.reason, v.resource?.name ?? null])).toEqual([
      ['import', '年度更新', null],
      ['import', '首次导入', removed!.name],
    ]);
    expect(await rowsOfWorkspace(ctx, ws.id)).toBe(next.resources.length);
  });

  it('edits made right after the commit, before the replaced catalog is in history, lose no version', async () => {
    const { ctx, ws, before } = await withCatalog();
    const [kept, changed] = before.resources;
    const next: Catalog = { ...before, resources: before.resources.map((r) => (r === changed ? { ...r, name: `${r.name}（新）` } : r)) };
    const outcome = await commitImport(ctx, ws.id, next, { author: author('年度更新') });
    await saveResource(ctx, ws.id, { ...kept!, abstract: '导入后马上修改' }, author('补充摘要'));
    await saveResource(ctx, ws.id, { ...next.resources[1]!, abstract: '导入后马上修改' }, author('补充摘要'));
    expect(outcome.ok && (await outcome.retired)).toBe(true);
    expect((await listHistory(ctx, ws.id, kept!.id)).map((v) => v.stamp.note.reason)).toEqual(['补充摘要', '首次导入']);
    expect((await listHistory(ctx, ws.id, changed!.id)).map((v) => v.stamp.note.reason)).toEqual(['补充摘要', '年度更新', '首次导入']);
    expect(await rowsOfWorkspace(ctx, ws.id)).toBe(before.resources.length);
  });

  it('cancelled between chunks: nothing changes and nothing staged is left', async () => {
    const { ctx, ws, before } = await withCatalog();
    const controller = new AbortController();
    const outcome = await commitImport(ctx, ws.id, county(40, 9), { author: author('取消的导入'), chunkSize: 5, signal: controller.signal, onProgress: (p) => p.staged >= 15 && controller.abort() });
    expect(outcome).toEqual({ ok: false, cancelled: true });
    expect(await loadCatalog(ctx, ws.id)).toEqual(before);
    expect(await rowsOfWorkspace(ctx, ws.id)).toBe(before.resources.length);
  });

  it('cut off mid-import (the connection dies): the catalog is as it was, and the next start drops the staged rows', async () => {
    const { database, ctx, ws, before } = await withCatalog();
    const outcome = commitImport(ctx, ws.id, county(40, 9), { author: author('中断的导入'), chunkSize: 5, onProgress: (p) => p.staged === 20 && ctx.db.close() });
    await expect(outcome).rejects.toThrow();

    const reopened = await database.open();
    expect(reopened.integrity).toMatchObject({ ok: true, cleanup: { abandoned: 1, retired: 0 } });
    expect(await loadCatalog(reopened.ctx, ws.id)).toEqual(before);
    expect(await rowsOfWorkspace(reopened.ctx, ws.id)).toBe(before.resources.length);
    expect((await reopened.ctx.db.imports.toArray()).map((i) => i.status)).toEqual(['committed', 'abandoned']);
  });

  it('cut off while the replaced catalog moves to history: the next start finishes it', async () => {
    const { database, ctx, ws, before } = await withCatalog();
    const next = { ...before, resources: before.resources.map((r) => ({ ...r, abstract: '更新后的摘要' })) };
    const outcome = await commitImport(ctx, ws.id, next, { author: author('年度更新') });
    ctx.db.close();
    expect(outcome.ok && (await outcome.retired)).toBe(false);

    const reopened = await database.open();
    expect(reopened.integrity).toMatchObject({ ok: true, cleanup: { abandoned: 0, retired: 1 } });
    expect((await loadCatalog(reopened.ctx, ws.id)).resources).toEqual(next.resources);
    expect(await listHistory(reopened.ctx, ws.id, before.resources[3]!.id)).toHaveLength(2);
  });

  it('refuses to overwrite edits made while staging', async () => {
    const { ctx, ws, before } = await withCatalog();
    let edited = false;
    const outcome = commitImport(ctx, ws.id, county(20, 9), {
      author: author('导入'),
      chunkSize: 5,
      onProgress: () => {
        if (!edited) void saveResource(ctx, ws.id, resource('new', '导入期间新增'), author('编辑'));
        edited = true;
      },
    });
    await expect(outcome).rejects.toMatchObject({ reason: 'catalogChangedDuringImport' });
    const after = await loadCatalog(ctx, ws.id);
    expect(after.resources.slice(0, -1)).toEqual(before.resources);
    expect(after.resources.at(-1)?.name).toBe('导入期间新增');
    expect(await rowsOfWorkspace(ctx, ws.id)).toBe(before.resources.length + 1);
  });

  it('refuses duplicate resource ids and too little space before writing anything', async () => {
    const { database, ctx, ws, before } = await withCatalog();
    const twice = { ...before, resources: [...before.resources, before.resources[0]!] };
    await expect(commitImport(ctx, ws.id, twice, { author: author('导入') })).rejects.toMatchObject({ reason: 'duplicateResourceIds' });
    database.space.usage = database.space.quota - 1000;
    const refused = await commitImport(ctx, ws.id, county(30, 9), { author: author('导入') }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: 'quotaInsufficient' });
    expect((refused as Error).message).toMatch(/^存储空间不足，无法导入：约需 \d+ MB，当前可用约 0 MB。/);
    expect((await ctx.db.imports.toArray()).length).toBe(1);
    expect((await getWorkspace(ctx, ws.id)).resourceCount).toBe(before.resources.length);
  });
});
