// Test page for the storage layer in real Chromium IndexedDB: the version-1 upgrade across a page reload, an
// import killed with the browser mid-way, and a real quota failure. Each function reports plain data.
import { bytesToHex } from '@noble/hashes/utils.js';
import { Dexie } from 'dexie';
import { sm3 } from '../../../core/crypto/sm3.ts';
import { jsonEqual } from '../../../core/format/json-equal.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { verifyAuditChain } from '../../../renderer/services/storage/audit-verify.ts';
import { findByName, loadCatalog, loadLiveCatalog } from '../../../renderer/services/storage/catalog-reader.ts';
import { changesSince } from '../../../renderer/services/storage/changes-since.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import { prefixRange, RESOURCE_KEY } from '../../../renderer/services/storage/mulu-database.ts';
import { saveResource, undoLastEdit } from '../../../renderer/services/storage/resource-edits.ts';
import { DATABASE_NAME } from '../../../renderer/services/storage/schema.ts';
import type { StorageContext } from '../../../renderer/services/storage/storage-context.ts';
import { StorageError } from '../../../renderer/services/storage/storage-errors.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { CatalogFingerprint, QuotaSummary, ReopenSummary, UpgradeSummary } from './storage-page-summary.ts';
import { upgradeDifferences, version1Data, writeVersion1Database } from './storage-v1-fixture.ts';

const author = (reason: string) => ({ operator: '王晓明', note: { reason, basis: [] } });
const department = { name: '泗县数据资源管理局', uscc: '11341324MB0012345X', divisionCode: '341324' };

async function writeVersion1(): Promise<void> {
  await Dexie.delete(DATABASE_NAME);
  await writeVersion1Database(DATABASE_NAME);
}

async function openUpgraded(): Promise<UpgradeSummary> {
  const data = await version1Data();
  const { ctx, integrity } = await openStorage();
  const differences = await upgradeDifferences(ctx.db, data);
  const catalogEqual = jsonEqual(await loadCatalog(ctx, 1), data.catalog);
  const found = await findByName(ctx, 1, data.nameVariant.typed);
  // Version 3's history indexes over the old rows: after the import, only the edited resources changed.
  const importedAt = data.tables.resources.find((r) => r.stamp.kind === 'import')!.stamp.at;
  const edits = data.tables.resources.filter((r) => r.stamp.kind === 'edit').map((r) => r.id);
  const changed = (await changesSince(ctx, 1, importedAt, (await loadLiveCatalog(ctx, 1)).stamps)).map((c) => c.resourceId);
  const edited = data.catalog.resources[5]!;
  await saveResource(ctx, 1, { ...edited, name: '升级后修改' }, author('升级后编辑'));
  const undone = await undoLastEdit(ctx, 1, '王晓明');
  const audit = await verifyAuditChain(ctx);
  const summary: UpgradeSummary = {
    verno: ctx.db.verno,
    integrityOk: integrity.ok,
    auditEntries: integrity.audit.entries,
    differences,
    catalogEqual,
    foundByName: found.some((r) => r.resource.id === data.nameVariant.resourceId),
    changesSinceImport: jsonEqual(changed.sort(), edits.sort()) && edits.length > 0,
    editedAndUndone: jsonEqual(undone?.reverted[0]?.resource, edited) && audit.ok && audit.entries === integrity.audit.entries + 2,
  };
  ctx.db.close();
  return summary;
}

async function fingerprint(ctx: StorageContext, workspaceId: number): Promise<CatalogFingerprint> {
  const catalog = await loadCatalog(ctx, workspaceId);
  return {
    resources: catalog.resources.length,
    items: catalog.resources.reduce((n, r) => n + r.items.length, 0),
    digest: bytesToHex(await sm3(new TextEncoder().encode(JSON.stringify(catalog)))),
  };
}

async function seedCatalog(resources: number): Promise<CatalogFingerprint> {
  await Dexie.delete(DATABASE_NAME);
  const { ctx } = await openStorage();
  const ws = await createWorkspace(ctx, 'department', { department, profileId: 'anhui', operatorName: '王晓明' });
  const outcome = await commitImport(ctx, ws.id, generateCatalog({ resources, seed: 1, itemsPerResource: 20 }), { author: author('首次导入') });
  if (outcome.ok) await outcome.retired;
  const result = await fingerprint(ctx, ws.id);
  ctx.db.close();
  return result;
}

const progress = { staged: 0, failed: '' };

/** Starts an import of a different catalog and returns at once; `progress.staged` shows how far it got. */
function startImport(resources: number, chunkSize: number): void {
  void (async () => {
    const { ctx } = await openStorage();
    const catalog = generateCatalog({ resources, seed: 2, itemsPerResource: 20 });
    await commitImport(ctx, 1, catalog, { author: author('将被中断的导入'), chunkSize, onProgress: (p) => (progress.staged = p.staged) });
  })().catch((e: unknown) => (progress.failed = String(e)));
}

async function reopen(): Promise<ReopenSummary> {
  const { ctx, integrity } = await openStorage();
  const summary: ReopenSummary = {
    integrityOk: integrity.ok,
    problems: integrity.problems.map((p) => p.text.en),
    abandoned: integrity.cleanup.abandoned,
    catalog: await fingerprint(ctx, 1),
    rows: await ctx.db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(1))
      .count(),
    importStatuses: (await ctx.db.imports.toArray()).map((i) => i.status),
  };
  ctx.db.close();
  return summary;
}

/** Text that does not compress (IndexedDB compresses values), so its size counts against the quota in full. */
function incompressibleText(chars: number): string {
  const codes = new Uint16Array(chars);
  for (let i = 0; i < chars; i += 16_384) crypto.getRandomValues(codes.subarray(i, i + 16_384));
  return new TextDecoder('utf-16le').decode(codes.map((c) => 0x4e00 + (c % 8000)));
}

/**
 * Run after the test lowered this origin's quota (DevTools protocol) to a few megabytes. Chromium enforces the
 * override but estimate() still reports the disk's quota, so the import passes the space check and meets the full
 * disk mid-way, as when the disk fills during an import. Saves of large pasted text fill the space until one fails.
 */
async function hitQuota(): Promise<QuotaSummary> {
  const { ctx } = await openStorage();
  const ws = await createWorkspace(ctx, 'department', { department, profileId: 'anhui', operatorName: '王晓明' });
  const [first] = generateCatalog({ resources: 1, seed: 3 }).resources;
  const refusal = (e: unknown) => (e instanceof StorageError ? e : undefined);
  let save: StorageError | undefined;
  let before = await loadCatalog(ctx, ws.id);
  for (let attempt = 1; attempt <= 10 && !save; attempt++) {
    before = await loadCatalog(ctx, ws.id);
    save = await saveResource(ctx, ws.id, { ...first!, abstract: incompressibleText(1_000_000) }, author('粘贴了大段文字')).then(refusal, refusal);
  }
  const afterSave = await loadCatalog(ctx, ws.id);
  const imported = await commitImport(ctx, ws.id, generateCatalog({ resources: 3_000, seed: 4, itemsPerResource: 20 }), { author: author('导入') }).then(refusal, refusal);
  const summary: QuotaSummary = {
    saveRefusal: save?.reason ?? null,
    saveMessage: save?.text.zh ?? null,
    importRefusal: imported?.reason ?? null,
    importMessage: imported?.text.zh ?? null,
    catalogUnchanged: jsonEqual(afterSave, before) && jsonEqual(await loadCatalog(ctx, ws.id), before),
    rowsAfter: await ctx.db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(ws.id))
      .count(),
  };
  ctx.db.close();
  return summary;
}

Object.assign(window, { writeVersion1, openUpgraded, seedCatalog, startImport, progress, reopen, hitQuota });
