// The start-up read in steps gives the same catalog as one read, stops when told to, and starts over when the
// catalog changes between two steps, so it never returns a mix of two versions.
import { describe, expect, it } from 'vitest';
import { loadLiveCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { saveResource, saveResources } from '../../../../../renderer/services/storage/resource-edits.ts';
import { loadLiveCatalogInSteps } from '../../../../../renderer/services/storage/stepwise-catalog-read.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

async function filled(count: number) {
  const { ctx } = await testDatabase().open();
  const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
  // Ids out of position order, so the steps (by key) and the catalog (by position) differ in order.
  await saveResources(ctx, ws.id, Array.from({ length: count }, (_, i) => resource(`r${(count - i).toString().padStart(3, '0')}`, `资源${i}`, 2)), author('新增'));
  return { ctx, ws };
}

describe('reading the catalog in steps', () => {
  it('gives what one read gives, reporting its progress', async () => {
    const { ctx, ws } = await filled(23);
    const progress: number[] = [];
    const live = await loadLiveCatalogInSteps(ctx, ws.id, { step: 5, onProgress: (read, total) => progress.push(read, total) });
    expect(live).toEqual(await loadLiveCatalog(ctx, ws.id));
    expect(progress).toEqual([5, 23, 10, 23, 15, 23, 20, 23, 23, 23]);
  });

  it('starts over when the catalog is edited between two steps, and stops when told to', async () => {
    const { ctx, ws } = await filled(12);
    let edits = 0;
    const live = await loadLiveCatalogInSteps(ctx, ws.id, {
      step: 5,
      onProgress: (read) => {
        // Another window saves while the first pass is under way.
        if (read === 5 && edits++ === 0) void saveResource(ctx, ws.id, resource('r001', '改过的名称', 2), author('修改'));
      },
    });
    expect(edits).toBeGreaterThan(1);
    expect(live).toEqual(await loadLiveCatalog(ctx, ws.id));
    expect(live!.catalog.resources.find((r) => r.id === 'r001')!.name).toBe('改过的名称');
    const stop = new AbortController();
    stop.abort();
    expect(await loadLiveCatalogInSteps(ctx, ws.id, { signal: stop.signal })).toBeUndefined();
  });
});
