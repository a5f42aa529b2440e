// The changes 首页's deadlines count from, over fake-indexeddb: after a given instant (the last accepted package),
// each changed resource once with its FIRST version after it (edits on later days do not restart the clock),
// deletions of resources that existed before, and nothing for a resource both created and deleted in the period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLiveCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { changesSince } from '../../../../../renderer/services/storage/changes-since.ts';
import type { StorageContext } from '../../../../../renderer/services/storage/storage-context.ts';
import { commitImport } from '../../../../../renderer/services/storage/import-commit.ts';
import { deleteResource, saveResource, undoLastEdit } from '../../../../../renderer/services/storage/resource-edits.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type Resource } from '../../../../../core/model/catalog.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

async function setUp() {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  return { ctx, ws };
}

/** With the live stamps as the open session holds them: read with the catalog. */
const since = async (ctx: StorageContext, workspaceId: number, after: string | undefined) => changesSince(ctx, workspaceId, after, (await loadLiveCatalog(ctx, workspaceId)).stamps);

const catalogOf = (resources: Resource[]): Catalog => ({ format: CATALOG_FORMAT, version: CATALOG_FORMAT_VERSION, profile: 'anhui', department: DEPARTMENT.department, resources });

describe('changes since an instant', () => {
  it('lists every change when nothing was ever accepted, without resources created and deleted again', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业登记信息'), author('新增'));
    await saveResource(ctx, ws.id, resource('b', '个体户登记信息'), author('新增'));
    await deleteResource(ctx, ws.id, 'b', author('录入错误'));
    const changes = await since(ctx, ws.id, undefined);
    expect(changes.map((c) => [c.resourceId, c.deleted])).toEqual([['a', false]]);
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
    const changes = await since(ctx, ws.id, accepted);
    expect(changes.map((c) => [c.resourceId, c.deleted])).toEqual([
      ['a', false],
      ['b', true],
      ['d', false],
    ]);
    expect(changes[0]!.at).toBe(editA.saved && editA.stamp.at);
    expect(changes.every((c) => c.at > accepted)).toBe(true);
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
    const imported = await since(ctx, ws.id, accepted);
    expect(imported.map((x) => [x.resourceId, x.deleted])).toEqual([
      ['b', false],
      ['c', true],
    ]);
    expect(imported.every((x) => x.at > accepted)).toBe(true);

    const later = ctx.now();
    await saveResource(ctx, ws.id, { ...a, abstract: '企业登记事项' }, author('补充摘要'));
    await undoLastEdit(ctx, ws.id, '王晓明');
    expect((await since(ctx, ws.id, later)).map((x) => x.resourceId)).toEqual(['a']);
  });

  it('has nothing to report right after the instant', async () => {
    const { ctx, ws } = await setUp();
    await saveResource(ctx, ws.id, resource('a', '企业登记信息'), author('新增'));
    expect(await since(ctx, ws.id, ctx.now())).toEqual([]);
  });
});

describe('changes since an instant, from index keys alone', () => {
  /** The answer worked out from every stored row and its stamp, as the deadlines define it. */
  async function fromRows(ctx: Awaited<ReturnType<typeof setUp>>['ctx'], workspaceId: number, after: string | undefined) {
    const ws = await ctx.db.workspaces.get(workspaceId);
    const live = (await ctx.db.resources.toArray()).filter((r) => r.workspaceId === workspaceId && r.generation === ws!.liveGeneration);
    const history = (await ctx.db.history.toArray()).filter((h) => h.workspaceId === workspaceId);
    const versions = [...live.map((r) => ({ id: r.id, stamp: r.stamp })), ...history.map((h) => ({ id: h.resourceId, stamp: h.stamp }))].map(({ id, stamp }) => ({
      id,
      at: stamp.at,
      day: stamp.note.basisChangedOn,
    }));
    const isAfter = (at: string) => after === undefined || at > after;
    const ids = [...new Set(versions.filter((v) => isAfter(v.at)).map((v) => v.id))];
    return ids
      .map((id) => {
        const deleted = !live.some((r) => r.id === id);
        const existedBefore = versions.some((v) => v.id === id && !isAfter(v.at));
        const newer = versions.filter((v) => v.id === id && isAfter(v.at));
        const at = newer.reduce((min, v) => (v.at < min ? v.at : min), '\uffff');
        const days = newer.flatMap((v) => (v.day ? [v.day] : [])).sort();
        return deleted && !existedBefore ? undefined : { resourceId: id, at, deleted, ...(days.length && { basisChangedOn: days[0] }) };
      })
      .filter((c) => c !== undefined)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.resourceId < b.resourceId ? -1 : 1));
  }

  /** A change note, with a 变更之日 or without. */
  type Day = string | null;
  type Step =
    | { op: 'save'; id: string; name: string; day: Day }
    | { op: 'delete'; id: string; day: Day }
    | { op: 'undo' }
    | { op: 'import'; ids: string[]; renamed: string[]; day: Day }
    | { op: 'mark' };
  const ids = fc.constantFrom('a', 'b', 'c', 'd');
  const day = fc.option(fc.constantFrom('2026-02-01', '2026-02-15', '2026-03-01'));
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ op: fc.constant('save' as const), id: ids, name: fc.constantFrom('企业登记信息', '个体户登记信息', '农机登记信息'), day }),
    fc.record({ op: fc.constant('delete' as const), id: ids, day }),
    fc.constant({ op: 'undo' as const }),
    fc.record({ op: fc.constant('import' as const), ids: fc.subarray(['a', 'b', 'c', 'd']), renamed: fc.subarray(['a', 'b', 'c', 'd']), day }),
    fc.constant({ op: 'mark' as const }),
  );
  const noted = (reason: string, on: Day) => ({ operator: '王晓明', note: { reason, basis: [], ...(on && { basisChangedOn: on }) } });

  it('agrees with the answer worked out from every row (first change, 变更之日, deletion), after any sequence of saves, deletions, undos and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { ctx, ws } = await setUp();
        const marks: (string | undefined)[] = [undefined];
        for (const s of steps) {
          if (s.op === 'save') await saveResource(ctx, ws.id, resource(s.id, s.name), noted('修改', s.day));
          else if (s.op === 'delete') {
            if (await ctx.db.resources.where('[workspaceId+generation+id]').equals([ws.id, (await ctx.db.workspaces.get(ws.id))!.liveGeneration, s.id]).count()) {
              await deleteResource(ctx, ws.id, s.id, noted('删除', s.day));
            }
          } else if (s.op === 'undo') await undoLastEdit(ctx, ws.id, '王晓明');
          else if (s.op === 'import') {
            const imported = await commitImport(ctx, ws.id, catalogOf(s.ids.map((id) => resource(id, s.renamed.includes(id) ? `${id}（新）` : `${id}资源`))), { author: noted('导入', s.day) });
            if (imported.ok) await imported.retired;
          } else {
            // An instant between two saves, and one equal to the latest save (only later ones count).
            marks.push(ctx.now());
            const latest = (await ctx.db.resources.toArray()).map((r) => r.stamp.at).sort().pop();
            if (latest) marks.push(latest);
          }
        }
        marks.push(ctx.now());
        for (const after of marks) expect(await since(ctx, ws.id, after)).toEqual(await fromRows(ctx, ws.id, after));
      }),
      { numRuns: 150 },
    );
  });
});
