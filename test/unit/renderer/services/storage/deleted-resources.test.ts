// Deleted resources are found through their history, newest deletion first, with the content they had, and a
// resource brought back (saved again) is no longer among them.
import { describe, expect, it } from 'vitest';
import { listDeletedResources } from '../../../../../renderer/services/storage/history.ts';
import { deleteResources, saveResource, saveResources, undoLastEdit } from '../../../../../renderer/services/storage/resource-edits.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

describe('deleted resources', () => {
  it('lists each deleted resource once with its deletion and its last content, and drops one restored', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    await saveResources(ctx, ws.id, [resource('a', '甲'), resource('b', '乙'), resource('c', '丙')], author('新增'));
    await saveResource(ctx, ws.id, resource('a', '甲（改）'), author('改名'));
    await deleteResources(ctx, ws.id, ['a'], author('撤销甲'));
    await deleteResources(ctx, ws.id, ['b'], author('撤销乙'));
    const deleted = await listDeletedResources(ctx, ws.id);
    expect(deleted.map((d) => [d.resourceId, d.last.name, d.deletion.kind, d.deletion.note.reason])).toEqual([
      ['b', '乙', 'delete', '撤销乙'],
      ['a', '甲（改）', 'delete', '撤销甲'],
    ]);
    await undoLastEdit(ctx, ws.id, '王晓明');
    expect((await listDeletedResources(ctx, ws.id)).map((d) => d.resourceId)).toEqual(['a']);
    await saveResource(ctx, ws.id, deleted[1]!.last, author('恢复'));
    expect(await listDeletedResources(ctx, ws.id)).toEqual([]);
  });
});
