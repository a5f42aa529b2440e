// Autosave, history and undo over fake-indexeddb: each save is one version with who, when and the 变更说明; the
// version it replaces moves to history; undo walks back the workspace's last edits and redo brings them again; bulk
// edits and deletions are one step each; the audit log records every version.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../../renderer/services/storage/audit-verify.ts';
import { findByName, getResource, loadCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { listHistory } from '../../../../../renderer/services/storage/history.ts';
import { listAudit } from '../../../../../renderer/services/storage/audit-log.ts';
import { deleteResource, deleteResources, redoLastUndo, saveResource, saveResources, undoLastEdit, UNDO_DEPTH, type HeldCatalog, type UndoOutcome } from '../../../../../renderer/services/storage/resource-edits.ts';
import { StorageError } from '../../../../../renderer/services/storage/storage-errors.ts';
import { createWorkspace, getWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

/** The one resource a single edit's undo or redo changed. */
function only(outcome: UndoOutcome | undefined) {
  expect(outcome?.reverted).toHaveLength(1);
  return outcome!.reverted[0]!;
}

async function setUp() {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  return { ctx, ws };
}

describe('saving resources', () => {
  it('keeps every version with who, when and why, the current one live and the rest in history', async () => {
    const { ctx, ws } = await setUp();
    const first = await saveResource(ctx, ws.id, resource('r1', '户籍人口信息', 2, '3070010001/000007'), author('新增资源'));
    const second = await saveResource(ctx, ws.id, resource('r1', '户籍人口基本信息', 2, '3070010001/000007'), author('规范名称', '李娜'));
    expect(first.saved && second.saved).toBe(true);

    const history = await listHistory(ctx, ws.id, 'r1');
    expect(history.map((v) => [v.stamp.kind, v.stamp.operator, v.stamp.note.reason, v.resource?.name, v.current])).toEqual([
      ['edit', '李娜', '规范名称', '户籍人口基本信息', true],
      ['create', '王晓明', '新增资源', '户籍人口信息', false],
    ]);
    expect(history[0]!.stamp.note.basis).toEqual([{ title: '安徽省政务数据资源管理办法', article: '第十二条' }]);
    expect(history[0]!.stamp.at > history[1]!.stamp.at).toBe(true);
    expect((await getResource(ctx, ws.id, 'r1'))?.stamp.version).toBe(second.stamp.version);
  });

  it('records nothing when the content is what is already stored (key order does not count)', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('r1', '婚姻登记信息'), author('新增'));
    const { items, name, id } = resource('r1', '婚姻登记信息');
    const again = await saveResource(ctx, ws.id, { items, name, id }, author('再次保存'));
    expect(again).toMatchObject({ saved: false, reason: 'unchanged' });
    expect(await listHistory(ctx, ws.id, 'r1')).toHaveLength(1);
    expect((await listAudit(ctx, 10)).map((e) => e.action)).toEqual(['resource.save', 'workspace.create']);
  });

  it('loads a core Catalog in catalog order, with the workspace department and the raised code sequences', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('b', '乙', 1, '3070010001/000009'), author('新增'));
    await saveResource(ctx, ws.id, resource('a', '甲', 1), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '乙（改）', 1, '3070010001/000009'), author('改名'));
    const catalog = await loadCatalog(ctx, ws.id);
    expect(catalog).toMatchObject({ format: 'mulu.catalog', version: 1, profile: 'anhui', department: DEPARTMENT.department, codeSequences: { '3070010001': 9 } });
    expect(catalog.resources.map((r) => r.name)).toEqual(['乙（改）', '甲']);
  });

  it('finds resources by normalised name through the v2 index', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业 登记信息'), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '其他'), author('新增'));
    expect((await findByName(ctx, ws.id, '企业登记信息')).map((r) => r.resource.id)).toEqual(['a']);
  });

  it('deletes with a history entry, and refuses a resource that is not there', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('r1', '低保对象信息'), author('新增'));
    await deleteResource(ctx, ws.id, 'r1', author('资源已撤销'));
    expect((await loadCatalog(ctx, ws.id)).resources).toEqual([]);
    expect((await listHistory(ctx, ws.id, 'r1')).map((v) => [v.stamp.kind, v.resource?.name ?? null])).toEqual([
      ['delete', null],
      ['create', '低保对象信息'],
    ]);
    await expect(deleteResource(ctx, ws.id, 'r1', author('再删'))).rejects.toMatchObject({ reason: 'noResource' });
    await expect(saveResource(ctx, 99, resource('x', 'x'), author('x'))).rejects.toBeInstanceOf(StorageError);
  });
});

describe('undo', () => {
  it('walks back the last edits across resources, each undo itself a recorded version', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '甲 v1'), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '乙 v1'), author('新增'));
    await saveResource(ctx, ws.id, resource('a', '甲 v2'), author('修改'));
    await deleteResource(ctx, ws.id, 'b', author('删除'));

    const names = async () => (await loadCatalog(ctx, ws.id)).resources.map((r) => r.name);
    expect(await names()).toEqual(['甲 v2']);
    expect(only(await undoLastEdit(ctx, ws.id, '王晓明')).resource?.name).toBe('乙 v1'); // the deletion
    expect(await names()).toEqual(['甲 v2', '乙 v1']);
    expect(only(await undoLastEdit(ctx, ws.id, '王晓明')).resource?.name).toBe('甲 v1'); // the edit
    expect(only(await undoLastEdit(ctx, ws.id, '王晓明'))).toMatchObject({ resourceId: 'b', resource: null }); // b's creation
    expect(await names()).toEqual(['甲 v1']);
    expect(only(await undoLastEdit(ctx, ws.id, '王晓明'))).toMatchObject({ resourceId: 'a', resource: null });
    expect(await undoLastEdit(ctx, ws.id, '王晓明')).toBeUndefined();
    expect(await names()).toEqual([]);

    const a = await listHistory(ctx, ws.id, 'a');
    expect(a.map((v) => v.stamp.kind)).toEqual(['undo', 'undo', 'edit', 'create']);
    expect(a[1]!.stamp.undoes).toBe(a[2]!.stamp.version);
    expect((await getWorkspace(ctx, ws.id)).resourceCount).toBe(0);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 9 }); // workspace, 4 edits, 4 undos
  });

  it('keeps a bounded stack', async () => {
    const { ctx, ws } = await setUp();
    for (let i = 0; i <= UNDO_DEPTH; i++) await saveResource(ctx, ws.id, resource('a', `名称 ${i}`), author('修改'));
    expect((await getWorkspace(ctx, ws.id)).undo).toHaveLength(UNDO_DEPTH);
    expect(await listHistory(ctx, ws.id, 'a')).toHaveLength(UNDO_DEPTH + 1);
  });
});

describe('redo', () => {
  it('brings back what undo took, as versions of kind redo, until a new edit', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '甲 v1'), author('新增'));
    await saveResource(ctx, ws.id, resource('a', '甲 v2'), author('修改'));
    await deleteResource(ctx, ws.id, 'a', author('删除'));
    const names = async () => (await loadCatalog(ctx, ws.id)).resources.map((r) => r.name);

    for (let i = 0; i < 3; i++) await undoLastEdit(ctx, ws.id, '王晓明');
    expect(await names()).toEqual([]);
    expect(await undoLastEdit(ctx, ws.id, '王晓明')).toBeUndefined();
    expect(only(await redoLastUndo(ctx, ws.id, '李娜')).resource?.name).toBe('甲 v1');
    expect(only(await redoLastUndo(ctx, ws.id, '李娜')).resource?.name).toBe('甲 v2');
    expect(await names()).toEqual(['甲 v2']);
    // Undo of a redo is an undo like any other, and redo again after it.
    expect(only(await undoLastEdit(ctx, ws.id, '王晓明')).resource?.name).toBe('甲 v1');
    expect(only(await redoLastUndo(ctx, ws.id, '李娜')).resource?.name).toBe('甲 v2');
    expect(only(await redoLastUndo(ctx, ws.id, '李娜'))).toMatchObject({ resourceId: 'a', resource: null }); // the deletion
    expect(await redoLastUndo(ctx, ws.id, '李娜')).toBeUndefined();
    expect(await names()).toEqual([]);

    const history = await listHistory(ctx, ws.id, 'a');
    const redone = history.find((v) => v.stamp.kind === 'redo' && v.resource?.name === '甲 v1')!;
    expect(history.find((v) => v.stamp.version === redone.stamp.redoes)?.resource?.name).toBe('甲 v1');
    expect((await getWorkspace(ctx, ws.id)).resourceCount).toBe(0);
    const audit = await listAudit(ctx, 100);
    expect(audit.filter((e) => e.action === 'resource.redo')).toHaveLength(4);
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 1 + 3 + 4 + 4 });
  });

  it('is emptied by a new edit', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '甲 v1'), author('新增'));
    await saveResource(ctx, ws.id, resource('a', '甲 v2'), author('修改'));
    await undoLastEdit(ctx, ws.id, '王晓明');
    expect((await getWorkspace(ctx, ws.id)).redo).toHaveLength(1);
    await saveResource(ctx, ws.id, resource('a', '甲 v3'), author('修改'));
    expect((await getWorkspace(ctx, ws.id)).redo).toEqual([]);
    expect(await redoLastUndo(ctx, ws.id, '王晓明')).toBeUndefined();
  });
});

describe('bulk edits', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('saves many in one step: one version and audit entry each, unchanged ones skipped, one undo and redo for all', async () => {
    const { ctx, ws } = await setUp();
    await saveResources(ctx, ws.id, ids.map((id) => resource(id, `${id} v1`)), author('新增'));
    const outcomes = await saveResources(ctx, ws.id, ids.map((id) => resource(id, id === 'c' ? 'c v1' : `${id} v2`)), author('批量修改'));
    expect(outcomes.map((o) => o.saved)).toEqual([true, true, false, true]);
    expect(new Set(outcomes.map((o) => o.stamp.version)).size).toBe(4);
    const names = async () => (await loadCatalog(ctx, ws.id)).resources.map((r) => r.name);
    expect(await names()).toEqual(['a v2', 'b v2', 'c v1', 'd v2']);
    expect((await getWorkspace(ctx, ws.id)).undo).toHaveLength(2);

    expect((await undoLastEdit(ctx, ws.id, '王晓明'))?.reverted.map((r) => r.resource?.name)).toEqual(['a v1', 'b v1', 'd v1']);
    expect(await names()).toEqual(['a v1', 'b v1', 'c v1', 'd v1']);
    expect((await redoLastUndo(ctx, ws.id, '王晓明'))?.reverted.map((r) => r.resource?.name)).toEqual(['a v2', 'b v2', 'd v2']);
    expect(await names()).toEqual(['a v2', 'b v2', 'c v1', 'd v2']);
    // workspace, 4 creations, 3 edits, 3 undos, 3 redos
    expect(await verifyAuditChain(ctx)).toEqual({ ok: true, entries: 1 + 4 + 3 + 3 + 3 });
  });

  it('deletes many in one step, undone and redone together, and refuses the whole batch if one is missing', async () => {
    const { ctx, ws } = await setUp();
    await saveResources(ctx, ws.id, ids.map((id) => resource(id, id)), author('新增'));
    await expect(deleteResources(ctx, ws.id, ['a', 'x'], author('删除'))).rejects.toMatchObject({ reason: 'noResource' });
    await deleteResources(ctx, ws.id, ['b', 'd'], author('删除'));
    const names = async () => (await loadCatalog(ctx, ws.id)).resources.map((r) => r.name);
    expect(await names()).toEqual(['a', 'c']);
    expect((await getWorkspace(ctx, ws.id)).resourceCount).toBe(2);

    await undoLastEdit(ctx, ws.id, '王晓明');
    expect(await names()).toEqual(['a', 'b', 'c', 'd']); // back in their places
    await redoLastUndo(ctx, ws.id, '王晓明');
    expect(await names()).toEqual(['a', 'c']);
    expect((await listHistory(ctx, ws.id, 'b')).map((v) => v.stamp.kind)).toEqual(['redo', 'undo', 'delete', 'create']);
    expect((await getWorkspace(ctx, ws.id)).resourceCount).toBe(2);
    await undoLastEdit(ctx, ws.id, '王晓明');
    await undoLastEdit(ctx, ws.id, '王晓明'); // the bulk creation
    expect(await names()).toEqual([]);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: true });
  });

  it('takes the replaced versions from the caller while its catalog is current, and reads them once another edit moved it', async () => {
    const { ctx, ws } = await setUp();
    const [created] = await saveResources(ctx, ws.id, [resource('a', '甲 v1')], author('新增'));
    const lastVersion = (await getWorkspace(ctx, ws.id)).lastVersion;
    // A held version that differs from the stored one shows which of the two became history.
    const held: HeldCatalog = { lastVersion, version: (id) => (id === 'a' ? { resource: resource('a', '甲 held'), stamp: created!.stamp, position: 0 } : undefined) };
    await saveResources(ctx, ws.id, [resource('a', '甲 v2')], author('修改'), held);
    expect((await listHistory(ctx, ws.id, 'a')).map((v) => v.resource?.name)).toEqual(['甲 v2', '甲 held']);

    // `held` is now behind the stored lastVersion: storage reads the live row instead.
    await saveResources(ctx, ws.id, [resource('a', '甲 v3')], author('修改'), held);
    expect((await listHistory(ctx, ws.id, 'a')).map((v) => v.resource?.name)).toEqual(['甲 v3', '甲 v2', '甲 held']);
    await deleteResources(ctx, ws.id, ['a'], author('删除'), held);
    expect((await listHistory(ctx, ws.id, 'a')).map((v) => v.resource?.name ?? null)).toEqual([null, '甲 v3', '甲 v2', '甲 held']);
  });

  it('refuses one resource twice in one call', async () => {
    const { ctx, ws } = await setUp();
    await expect(saveResources(ctx, ws.id, [resource('a', '甲'), resource('a', '乙')], author('新增'))).rejects.toThrow();
    expect((await loadCatalog(ctx, ws.id)).resources).toEqual([]);
  });
});

describe('workspaces', () => {
  it('has one workspace per department and one for training', async () => {
    const { ctx } = await setUp();
    await expect(createWorkspace(ctx, 'department', DEPARTMENT)).rejects.toMatchObject({ reason: 'workspaceExists' });
    const training = await createWorkspace(ctx, 'training', DEPARTMENT);
    expect(training.slot).toBe('training');
    const error = await createWorkspace(ctx, 'training', DEPARTMENT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).text.zh).toContain('培训');
  });
});
