// A full disk becomes one clear bilingual message, Chinese first, however Dexie wraps the browser's
// QuotaExceededError; and big imports are refused up front when the estimate says they will not fit.
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../../core/sample/generator.ts';
import { loadCatalog } from '../../../../../renderer/services/storage/catalog-reader.ts';
import { ensureRoomFor, estimateCatalogBytes, isQuotaExceeded, mapQuotaError } from '../../../../../renderer/services/storage/quota.ts';
import { saveResource } from '../../../../../renderer/services/storage/resource-edits.ts';
import { StorageError } from '../../../../../renderer/services/storage/storage-errors.ts';
import { createWorkspace } from '../../../../../renderer/services/storage/workspaces.ts';
import { author, DEPARTMENT, resource, testDatabase } from './test-storage.ts';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota errors', () => {
  it('recognises QuotaExceededError bare, in inner (AbortError, OpenFailedError) and in a BulkError', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaExceeded({ name: 'OpenFailedError', inner: { name: 'AbortError', inner: quota() } })).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaExceeded(new DOMException('no', 'AbortError'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });

  it('maps it to StorageError with the Chinese message first; other errors pass unchanged', async () => {
    const error = await mapQuotaError(() => Promise.reject({ name: 'AbortError', inner: quota() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ reason: 'quotaExceeded', text: { zh: expect.stringMatching(/^存储空间不足/), en: expect.stringMatching(/^Out of storage space/) } });
    expect((error as Error).message.split('\n')[0]).toMatch(/^存储空间不足/);
    const other = new TypeError('x');
    await expect(mapQuotaError(() => Promise.reject(other))).rejects.toBe(other);
  });

  it('a save that hits the quota fails with that message and changes nothing', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    await saveResource(ctx, ws.id, resource('r1', '原名称'), author('新增'));
    // From now on every write below the Dexie API fails as on a full disk (middleware is taken on at open).
    ctx.db.close();
    ctx.db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({ ...down, table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(quota()) }) }),
    });
    await ctx.db.open();
    await expect(saveResource(ctx, ws.id, resource('r1', '新名称'), author('修改'))).rejects.toMatchObject({ reason: 'quotaExceeded' });
    expect((await loadCatalog(ctx, ws.id)).resources.map((r) => r.name)).toEqual(['原名称']);
  });
});

describe('space check before an import', () => {
  const catalog = generateCatalog({ resources: 500, seed: 3, itemsPerResource: 20 });

  it('estimates a catalog near its JSON size', () => {
    const json = JSON.stringify(catalog.resources).length;
    expect(estimateCatalogBytes(catalog) / json).toBeGreaterThan(0.8);
    expect(estimateCatalogBytes(catalog) / json).toBeLessThan(1.2);
  });

  it('asks for twice the estimate, and is silent where the browser cannot tell', async () => {
    const bytes = 100 * 1024 * 1024;
    await expect(ensureRoomFor(bytes, async () => ({ usage: 0, quota: 2 * bytes }))).resolves.toBeUndefined();
    await expect(ensureRoomFor(bytes, async () => ({ usage: 1, quota: 2 * bytes }))).rejects.toMatchObject({
      reason: 'quotaInsufficient',
      text: { zh: expect.stringContaining('约需 200 MB，当前可用约 199 MB') },
    });
    await expect(ensureRoomFor(bytes, async () => undefined)).resolves.toBeUndefined();
  });
});
