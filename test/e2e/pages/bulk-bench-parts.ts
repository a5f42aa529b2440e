// Where the time of a bulk edit or delete goes (docs/decisions/0014-bulk-edit-cost.md): each part of what
// saveResources / deleteResources write, timed alone in its own transaction against the raw bulkPut / bulkDelete of
// the same 5,000 rows, in the same database and run. The parts are the layout's choices: reading the replaced rows,
// one history row per replaced version (full, or only a few fields), the same versions in one row, and the audit
// entries (hashing alone, one row each, one row for all).
import { Dexie } from 'dexie';
import type { Catalog } from '../../../core/model/catalog.ts';
import { appendAuditMany, type AuditInput } from '../../../renderer/services/storage/audit-log.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { retired } from '../../../renderer/services/storage/history.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import type { ResourceKey } from '../../../renderer/services/storage/mulu-database.ts';
import type { AuditRow, ResourceRow } from '../../../renderer/services/storage/rows.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import { author, chosen, edited, elapsed } from './bulk-bench-measure.ts';
import type { BulkParts } from './bulk-bench-summary.ts';

export async function measureBulkParts(catalog: Catalog, count: number): Promise<BulkParts> {
  const picked = chosen(catalog, count);
  const name = 'bench-bulk-parts';
  await Dexie.delete(name);
  const { ctx } = await openStorage({ name });
  const { db } = ctx;
  const ws = await createWorkspace(ctx, 'department', { department: catalog.department, profileId: catalog.profile, operatorName: author.operator });
  const committed = await commitImport(ctx, ws.id, catalog, { author });
  if (committed.ok) await committed.retired;
  const { liveGeneration } = await db.workspaces.get(ws.id).then((w) => w!);
  const keys = picked.map((r): ResourceKey => [ws.id, liveGeneration, r.id]);
  let rows: ResourceRow[] = [];
  const readMs = await elapsed(async () => {
    rows = (await db.resources.bulkGet(keys)).filter((r) => r !== undefined);
  });
  const rawPutMs = await elapsed(() => db.resources.bulkPut(rows.map((r, i) => ({ ...r, resource: edited(picked[i]!) }))));
  const historyFullMs = await elapsed(() => db.history.bulkPut(rows.map(retired)));
  await db.history.clear();
  const historySmallMs = await elapsed(() => db.history.bulkPut(rows.map((r) => ({ ...retired(r), resource: null }))));
  await db.history.clear();
  // A table without secondary indexes, holding one row with every replaced version: the bytes without the rows.
  const historyOneRowMs = await elapsed(() => db.table('settings').put({ key: 'parts', value: rows.map(retired) }));
  const audit = rows.map((r): AuditInput => ({ operator: author.operator, workspaceId: ws.id, action: 'resource.save', subject: r.id, detail: { version: 1, kind: 'edit', code: r.resource.code ?? null, name: r.resource.name ?? null, reason: author.note.reason, basis: [] } }));
  let entries: AuditRow[] = [];
  const auditHashMs = await elapsed(() => {
    entries = audit.map((input, i) => {
      const body = { ...input, seq: i + 1, at: ctx.now(), prevHash: '0'.repeat(64) };
      return { ...body, hash: ctx.hasher.hash(body) };
    });
  });
  const auditRowsMs = await elapsed(() => db.transaction('rw', [db.audit, db.meta], () => appendAuditMany(ctx, audit)));
  const auditOneRowMs = await elapsed(() => db.table('settings').put({ key: 'audit', value: entries }));
  const rawDeleteMs = await elapsed(() => db.resources.bulkDelete(keys));
  db.close();
  await Dexie.delete(name);
  return { count: rows.length, readMs, rawPutMs, rawDeleteMs, historyFullMs, historySmallMs, historyOneRowMs, auditHashMs, auditRowsMs, auditOneRowMs };
}
