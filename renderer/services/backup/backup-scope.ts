// Which rows of each table belong to a workspace's backup, and how a restored row is moved to the workspace and ids
// it gets in the database it lands in. Generic on purpose, so a table added or re-laid-out by a later schema
// version is backed up without a change here: a table's rows are the workspace's when its primary key starts with
// workspaceId or it has a workspaceId index (or, failing both, when its rows carry this workspaceId); a table whose
// rows carry no workspaceId is global and backed up whole. The exceptions are data below.
import type { Table } from 'dexie';
import { prefixRange } from '../storage/mulu-database.ts';
import type { ImportRow, WorkspaceRow } from '../storage/rows.ts';

/** Rows per chunk: one transaction on restore, one ZIP entry, as the import's staging does (STAGING_CHUNK). */
export const BACKUP_CHUNK_ROWS = 1_000;

/** Tables that are not copied as rows: the audit head travels in the manifest, the rest of meta is this database's own. */
export const UNSAVED_TABLES: ReadonlySet<string> = new Set(['meta']);

/** Tables restored at the swap, merged into what the database holds instead of written beside it (see restore-backup.ts). */
export const MERGED_TABLES: ReadonlySet<string> = new Set(['audit', 'basis']);

/**
 * Fields holding another table's auto-increment id, which move with that table's ids on restore. A table added
 * later whose rows point at another's ids needs its line here (test/unit/renderer/services/backup checks those known today).
 */
export const ID_REFERENCES: readonly { table: string; path: readonly string[]; to: string }[] = [
  { table: 'packages', path: ['receiptId'], to: 'receipts' },
  { table: 'receipts', path: ['packageRowId'], to: 'packages' },
  { table: 'resources', path: ['stamp', 'importId'], to: 'imports' },
  { table: 'history', path: ['stamp', 'importId'], to: 'imports' },
  { table: 'reviews', path: ['inboxId'], to: 'inbox' },
];

/** A settings key that belongs to one workspace ends in `:<workspace id>` (`signingKey:3`); any other is global. */
const WORKSPACE_SETTING = /^(.*):(\d+)$/;

export function settingWorkspace(key: string): number | undefined {
  const m = WORKSPACE_SETTING.exec(key);
  return m ? Number(m[2]) : undefined;
}

export function renameSetting(key: string, workspaceId: number): string {
  return key.replace(WORKSPACE_SETTING, `$1:${workspaceId}`);
}

// Dexie types a table of unknown rows as Table<any>; the rows are handled as plain records here.
type AnyTable = Table;

const keyPathStartsWithWorkspace = (table: AnyTable) => {
  const kp = table.schema.primKey.keyPath;
  return Array.isArray(kp) && kp[0] === 'workspaceId';
};

const hasWorkspaceIndex = (table: AnyTable) => table.schema.indexes.some((i) => i.keyPath === 'workspaceId');

/** Whether a row of `table` read from the database belongs in the backup of `ws` (after the scope's key range). */
function keeps(table: string, ws: WorkspaceRow, row: Record<string, unknown>): boolean {
  // The audit chain is one for the whole database (every workspace's entries are links of it), the library is shared.
  if (MERGED_TABLES.has(table)) return true;
  if (table === 'resources') return row.generation === ws.liveGeneration;
  // A staged or abandoned import left no rows in the live catalog; only committed, retired ones are history.
  if (table === 'imports') return (row as unknown as ImportRow).status === 'committed' && (row as unknown as ImportRow).retired;
  if (table === 'settings') {
    const owner = settingWorkspace(String(row.key));
    return owner === undefined || owner === ws.id;
  }
  if (table === 'workspaces') return row.id === ws.id;
  return row.workspaceId === undefined || row.workspaceId === ws.id;
}

/** The primary keys of the workspace's rows of `table`, in key order: small, so a table is paged through them. */
export async function scopedKeys(table: AnyTable, ws: WorkspaceRow): Promise<unknown[]> {
  if (table.name === 'workspaces') return [ws.id];
  if (table.name === 'resources') return table.where(table.schema.primKey.name).between(...prefixRange(ws.id, ws.liveGeneration)).primaryKeys();
  if (keyPathStartsWithWorkspace(table)) return table.where(table.schema.primKey.name).between(...prefixRange(ws.id)).primaryKeys();
  if (hasWorkspaceIndex(table)) return table.where('workspaceId').equals(ws.id).primaryKeys();
  return table.toCollection().primaryKeys();
}

/** Yields the workspace's rows of `table` a chunk at a time. */
export async function* scopedRows(table: AnyTable, ws: WorkspaceRow, chunkRows = BACKUP_CHUNK_ROWS): AsyncGenerator<Record<string, unknown>[]> {
  const keys = await scopedKeys(table, ws);
  for (let i = 0; i < keys.length; i += chunkRows) {
    const rows = (await table.bulkGet(keys.slice(i, i + chunkRows) as never[])).filter((r): r is Record<string, unknown> => r !== undefined);
    const kept = rows.filter((r) => keeps(table.name, ws, r));
    if (kept.length) yield kept;
  }
}

/** How restored rows are moved: the workspace's new id, and per auto-increment table the amount its ids shift by. */
export interface RowMove {
  workspaceId: number;
  idShift: ReadonlyMap<string, number>;
}

const shifted = (move: RowMove, table: string, id: unknown) => (typeof id === 'number' ? id + (move.idShift.get(table) ?? 0) : id);

function setPath(row: Record<string, unknown>, path: readonly string[], update: (v: unknown) => unknown): void {
  let at: Record<string, unknown> | undefined = row;
  for (const step of path.slice(0, -1)) {
    const next: unknown = at[step];
    if (typeof next !== 'object' || next === null) return;
    at = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (at[last] !== undefined && at[last] !== null) at[last] = update(at[last]);
}

/** The row as it is to be stored in the restoring database (mutated in place: it was just decoded from the file). */
export function moveRow(table: string, row: Record<string, unknown>, move: RowMove): Record<string, unknown> {
  if (table === 'workspaces') row.id = move.workspaceId;
  else if ('id' in row && move.idShift.has(table)) row.id = shifted(move, table, row.id);
  if (table === 'settings') {
    if (settingWorkspace(String(row.key)) !== undefined) row.key = renameSetting(String(row.key), move.workspaceId);
  } else if (typeof row.workspaceId === 'number') row.workspaceId = move.workspaceId;
  for (const ref of ID_REFERENCES) if (ref.table === table) setPath(row, ref.path, (v) => shifted(move, ref.to, v));
  return row;
}

/** The largest id an auto-increment table holds now (0 when empty). */
export async function largestId(table: AnyTable): Promise<number> {
  const last = await table.orderBy(':id').lastKey();
  return typeof last === 'number' ? last : 0;
}

export const isAutoIncrement = (table: AnyTable) => table.schema.primKey.auto === true;
