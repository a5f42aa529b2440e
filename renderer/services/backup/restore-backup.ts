// Restoring a workspace from a backup so that a crash or a kill at any point leaves the existing workspaces as they
// were (docs/backup-format.md, "Restore"). Like the import commit: the file is checked whole first (nothing is
// written from a damaged or altered backup); then its rows are written, a chunk per transaction, under a new
// workspace whose slot marks it as staging, so no screen lists it; then ONE transaction makes it the department's
// workspace — retiring the workspace it replaces, if the clerk agreed to that — and records the restore in the audit
// log. The replaced workspace's rows are dropped after; a staging copy cut off is dropped at the next start.
//
// The audit chain is one per database. Restored into a database with no audit log (a new PC), the backup's chain is
// copied as it was, and verifies as before. Restored where the log already holds the backup's chain (the same PC),
// nothing is copied: the log continues. Anywhere else the two chains cannot be merged without rewriting one; the
// restore entry then names the backup's head hash and its entries stay verifiable in the backup file.
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { checkBackup, readBackupRows, type BackupCheck, type BackupProblem, type SignatureStatus } from '../../../core/backup/backup-check.ts';
import type { BackupManifest } from '../../../core/backup/backup-manifest.ts';
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { auditBody, GENESIS_HASH } from '../storage/audit-hash.ts';
import { appendAudit, AUDIT_HEAD, AUDIT_TABLES, entriesOf, getAuditEntry, readAuditHead } from '../storage/audit-log.ts';
import { mapQuotaError } from '../storage/quota.ts';
import type { AuditBlockRow, BasisRow, SettingRow, WorkspaceRow } from '../storage/rows.ts';
import { CURRENT_SCHEMA_VERSION } from '../storage/schema.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { storageError } from '../storage/storage-errors.ts';
import { isAutoIncrement, largestId, MERGED_TABLES, moveRow, settingWorkspace, type RowMove } from './backup-scope.ts';
import { addPendingDrop, dropWorkspaceRows, finishPendingDrop, STAGING_SLOT_PREFIX } from './drop-workspace.ts';
import { upgradedRows } from './upgrade-rows.ts';

/** The points between the restore's steps; a test stops the page at each to prove the old workspace survives. */
export type RestoreStage = 'checked' | 'staging' | 'staged' | 'swapped';

export interface RestoreOptions {
  operator: string;
  /** The clerk agreed to replace the workspace of the same department (or the training workspace). */
  replace?: boolean;
  onProgress?: (progress: { rows: number; total: number }) => void;
  signal?: AbortSignal;
  onStage?: (stage: RestoreStage) => void | Promise<void>;
}

/** How the backup's audit chain joined this database's: see the header comment. */
export type AuditJoin = 'copied' | 'continued' | 'separate';

export type RestoreOutcome =
  | { ok: true; workspaceId: number; replaced: number | null; audit: AuditJoin; signature: SignatureStatus; manifest: BackupManifest }
  | { ok: false; reason: 'backup'; check: Exclude<BackupCheck, { ok: true }> }
  | { ok: false; reason: 'newerSchema'; schemaVersion: number }
  | { ok: false; reason: 'exists'; existing: WorkspaceRow; manifest: BackupManifest }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'changedDuringRestore'; problem: BackupProblem };

class Cancelled extends Error {}

type Row = Record<string, unknown>;

/** The held rows, merged at the swap: the audit chain (only when it is copied), the basis library, global settings. */
interface Held {
  audit: AuditBlockRow[];
  basis: BasisRow[];
  settings: SettingRow[];
}

async function planMove(ctx: StorageContext, manifest: BackupManifest): Promise<RowMove> {
  const idShift = new Map<string, number>();
  for (const t of manifest.tables) {
    const table = ctx.db.tables.find((x) => x.name === t.name);
    if (!table || !t.ids || MERGED_TABLES.has(t.name) || !isAutoIncrement(table)) continue;
    // The backup's ids are kept where they are free (a new PC), else moved above every id the table holds.
    idShift.set(t.name, Math.max(0, (await largestId(table)) + 1 - t.ids[0]));
  }
  return { workspaceId: manifest.workspace.id + (idShift.get('workspaces') ?? 0), idShift };
}

async function auditJoin(ctx: StorageContext, manifest: BackupManifest): Promise<AuditJoin> {
  const head = await readAuditHead(ctx);
  if (head.seq === 0) return 'copied';
  const same = await getAuditEntry(ctx, manifest.audit.headSeq);
  return manifest.audit.headSeq === 0 || same?.hash === manifest.audit.headHash ? 'continued' : 'separate';
}

/** Whether the held rows are the unbroken chain the manifest's head names (checked before they are copied). */
function chainIntact(ctx: StorageContext, blocks: readonly AuditBlockRow[], manifest: BackupManifest): boolean {
  const rows = entriesOf(blocks);
  let hash = GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    if (row.seq !== i + 1 || row.prevHash !== hash || ctx.hasher.hash(auditBody(row)) !== row.hash) return false;
    hash = row.hash;
  }
  return rows.length === manifest.audit.headSeq && hash === manifest.audit.headHash;
}

export async function restoreWorkspaceBackup(ctx: StorageContext, source: RandomAccessSource, options: RestoreOptions): Promise<RestoreOutcome> {
  const { db } = ctx;
  const check = await checkBackup(source);
  if (!check.ok) return { ok: false, reason: 'backup', check };
  const { manifest } = check;
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'newerSchema', schemaVersion: manifest.schemaVersion };
  const existing = (await db.workspaces.toArray()).find((w) => w.slot === manifest.workspace.slot);
  if (existing && !options.replace) return { ok: false, reason: 'exists', existing, manifest };
  await options.onStage?.('checked');

  const move = await planMove(ctx, manifest);
  let join = await auditJoin(ctx, manifest);
  const stagingSlot = `${STAGING_SLOT_PREFIX}${bytesToHex(randomBytes(8))}`;
  const held: Held = { audit: [], basis: [], settings: [] };
  const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
  let done = 0;

  const stage = async (tableName: string, rows: unknown[]) => {
    if (options.signal?.aborted) throw new Cancelled();
    done += rows.length;
    if (tableName === 'audit') {
      if (join === 'copied') held.audit.push(...(rows as AuditBlockRow[]));
    } else if (tableName === 'basis') held.basis.push(...(rows as BasisRow[]));
    else {
      const table = db.tables.find((t) => t.name === tableName);
      if (table) {
        let moved = (rows as Row[]).map((r) => moveRow(tableName, r, move));
        if (tableName === 'workspaces') moved = moved.map((w) => ({ ...w, slot: stagingSlot }));
        if (tableName === 'settings') {
          held.settings.push(...(moved as unknown as SettingRow[]).filter((s) => settingWorkspace(s.key) === undefined));
          moved = moved.filter((s) => settingWorkspace(String(s.key)) !== undefined);
        }
        // bulkAdd, never put: a key that is taken means the plan is stale, and nothing existing may be overwritten.
        if (moved.length) await mapQuotaError(() => table.bulkAdd(moved));
      }
    }
    options.onProgress?.({ rows: done, total });
  };

  let staged = false;
  try {
    await options.onStage?.('staging');
    const rows =
      manifest.schemaVersion < CURRENT_SCHEMA_VERSION ? await upgradedRows(ctx, source, manifest, stage) : await readBackupRows(source, manifest, stage);
    if (!rows.ok) {
      await dropStaging(ctx, move.workspaceId, stagingSlot);
      return { ok: false, reason: 'changedDuringRestore', problem: rows.problem };
    }
    staged = true;
    await options.onStage?.('staged');
  } catch (error) {
    // Frees the space now if the database still answers; otherwise the next start does it.
    if (!staged) await dropStaging(ctx, move.workspaceId, stagingSlot).catch(() => undefined);
    if (error instanceof Cancelled) return { ok: false, reason: 'cancelled' };
    throw error;
  }

  if (join === 'copied' && !chainIntact(ctx, held.audit, manifest)) join = 'separate';
  try {
    await mapQuotaError(() => swap(ctx, manifest, move.workspaceId, stagingSlot, existing, held, join, options.operator));
  } catch (error) {
    await dropStaging(ctx, move.workspaceId, stagingSlot).catch(() => undefined);
    throw error;
  }
  await options.onStage?.('swapped');
  if (existing) await finishPendingDrop(ctx, existing.id);
  return { ok: true, workspaceId: move.workspaceId, replaced: existing?.id ?? null, audit: join, signature: check.signature, manifest };
}

/** Drops the staging copy, only if the workspace with that id is still the staging one. */
async function dropStaging(ctx: StorageContext, workspaceId: number, stagingSlot: string): Promise<void> {
  const ws = await ctx.db.workspaces.get(workspaceId);
  if (!ws || ws.slot === stagingSlot) await dropWorkspaceRows(ctx, workspaceId);
}

/** The one transaction that makes the staged copy the workspace. */
async function swap(
  ctx: StorageContext,
  manifest: BackupManifest,
  workspaceId: number,
  stagingSlot: string,
  existing: WorkspaceRow | undefined,
  held: Held,
  join: AuditJoin,
  operator: string,
): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.workspaces, db.settings, db.basis, ...AUDIT_TABLES], async () => {
    const staged = await db.workspaces.get(workspaceId);
    if (staged?.slot !== stagingSlot) throw storageError('restoreTargetChanged');
    const holder = await db.workspaces.where('slot').equals(manifest.workspace.slot).first();
    if (holder?.id !== existing?.id || (existing && holder && holder.lastVersion !== existing.lastVersion)) throw storageError('restoreTargetChanged');
    if (existing) {
      await db.workspaces.delete(existing.id);
      await addPendingDrop(ctx, existing.id);
    }
    await db.workspaces.put({ ...staged, slot: manifest.workspace.slot });
    if (join === 'copied') {
      if ((await readAuditHead(ctx)).seq !== 0) throw storageError('restoreTargetChanged');
      await db.audit.bulkAdd(held.audit);
      await db.meta.put({ key: AUDIT_HEAD, value: { seq: manifest.audit.headSeq, hash: manifest.audit.headHash } });
    }
    for (const b of held.basis) {
      if (!(await db.basis.where('key').equals(b.key).first())) await db.basis.add({ key: b.key, basis: b.basis, savedAt: b.savedAt } as BasisRow);
    }
    for (const s of held.settings) if ((await db.settings.get(s.key)) === undefined) await db.settings.add(s);
    await appendAudit(ctx, {
      operator,
      workspaceId,
      action: 'backup.restore',
      subject: String(workspaceId),
      detail: {
        createdAt: manifest.createdAt,
        from: manifest.workspace.id,
        replaced: existing?.id ?? null,
        resources: manifest.workspace.resources,
        audit: join,
        backupHeadSeq: manifest.audit.headSeq,
        backupHeadHash: manifest.audit.headHash,
      },
    });
  });
}
