// The changes 首页's deadlines count from, over fake-indexeddb: after a given instant (the last accepted package),
// each changed resource once with its FIRST version after it (edits on later days do not restart the clock),
// deletions of resources that existed before, and nothing for a resource both created and deleted in the period.
import { describe, expect, it } from 'vitest';
import { changesSince } from '../../../renderer/storage/changes-since.ts';
import { commitImport } from '../../../renderer/storage/import-commit.ts';
import { deleteResource, saveResource, undoLastEdit } from '../../../renderer/storage/resource-edits.ts';
import { createWorkspace } from '../../../renderer/storage/workspaces.ts';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type Resource } from '../../../core/model/catalog.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

async function setUp() {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  return { ctx, ws };
}

const catalogOf = (resources: Resource[]): Catalog => ({ format: CATALOG_FORMAT, version: CATALOG_FORMAT_VERSION, profile: 'anhui', department: DEPARTMENT.department, resources });

describe('changes since an instant', () => {
  it('lists every change when nothing was ever accepted, without resources created and deleted again', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业登记信息'), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '个体户登记信息'), author('新增'));
    await deleteResource(ctx, ws.id, 'b', author('录入错误'));
    const changes = await changesSince(ctx, ws.id, undefined);
    expect(changes.map((c) => [c.resourceId, c.first.kind, c.deleted])).toEqual([['a', 'create', false]]);
  });

  it('gives the first version after the instant, and the deletion of a resource that existed before it', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业登记信息'), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '个体户登记信息'), author('新增'));
    await saveResource(ctx, ws.id, resource('c', '农机登记信息'), author('新增'));
    const accepted = ctx.now(); // the clock ticks a second per reading: everything after this is later
    const editA = await saveResource(ctx, ws.id, resource('a', '企业登记基本信息'), author('规范名称'));
    await saveResource(ctx, ws.id, resource('a', '企业登记基本信息', 4), author('补充信息项'));
    await deleteResource(ctx, ws.id, 'b', author('职能调整'));
    await saveResource(ctx, ws.id, resource('d', '农药经营许可信息'), author('新增'));
    const changes = await changesSince(ctx, ws.id, accepted);
    expect(changes.map((c) => [c.resourceId, c.first.kind, c.deleted])).toEqual([
      ['a', 'edit', false],
      ['b', 'delete', true],
      ['d', 'create', false],
    ]);
    expect(changes[0]!.first).toEqual(editA.saved && editA.stamp);
    expect(changes.every((c) => c.first.at > accepted)).toBe(true);
  });

  it('sees an undo as a change, and an import\'s changed and withdrawn resources but not those it kept', async () => {
    const { ctx, ws } = await setUp();
    const a = resource('a', '企业登记信息');
    const b = resource('b', '个体户登记信息');
    const c = resource('c', '农机登记信息');
    const first = await commitImport(ctx, ws.id, catalogOf([a, b, c]), { author: author('导入') });
    expect(first.ok && (await first.retired)).toBe(true);
    const accepted = ctx.now();
    const second = await commitImport(ctx, ws.id, catalogOf([a, { ...b, abstract: '个体工商户登记事项' }]), { author: author('重新导入') });
    expect(second.ok && (await second.retired)).toBe(true);
    expect((await changesSince(ctx, ws.id, accepted)).map((x) => [x.resourceId, x.first.kind, x.deleted])).toEqual([
      ['b', 'import', false],
      ['c', 'import', true],
    ]);

    const later = ctx.now();
    await saveResource(ctx, ws.id, { ...a, abstract: '企业登记事项' }, author('补充摘要'));
    await undoLastEdit(ctx, ws.id, '王晓明');
    expect((await changesSince(ctx, ws.id, later)).map((x) => [x.resourceId, x.first.kind])).toEqual([['a', 'edit']]);
  });

  it('has nothing to report right after the instant', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业登记信息'), author('新增'));
    expect(await changesSince(ctx, ws.id, ctx.now())).toEqual([]);
  });
});
