// Workspaces: one per department, plus one training workspace (培训模式) that is a sandbox of its own. Each holds
// its department, jurisdiction profile and operator, and the head of its catalog (resource-store.ts).
import type { Department } from '../../../core/model/catalog.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import { mapQuotaError } from './quota.ts';
import type { WorkspaceKind, WorkspaceRow } from './rows.ts';
import type { StorageContext } from './storage-context.ts';
import { storageError } from './storage-errors.ts';

export interface WorkspaceSettings {
  department: Department;
  profileId: string;
  operatorName: string;
}

const slotOf = (kind: WorkspaceKind, department: Department) => (kind === 'training' ? 'training' : `${kind}:${department.uscc}`);

const isConstraintError = (e: unknown) =>
  typeof e === 'object' && e !== null && ((e as { name?: unknown }).name === 'ConstraintError' || (e as { inner?: { name?: unknown } }).inner?.name === 'ConstraintError');

function refuseDuplicate(kind: WorkspaceKind, department: Department): never {
  throw kind === 'training'
    ? storageError('workspaceExists', { what: '培训', whatEn: 'training' })
    : storageError('workspaceExists', { what: `「${department.name}」（${department.uscc}）`, whatEn: `${department.name} (${department.uscc})` });
}

export async function createWorkspace(ctx: StorageContext, kind: WorkspaceKind, settings: WorkspaceSettings): Promise<WorkspaceRow> {
  const { db } = ctx;
  try {
    return await mapQuotaError(() =>
      db.transaction('rw', [db.workspaces, ...AUDIT_TABLES], async () => {
        const row: Omit<WorkspaceRow, 'id'> = {
          kind,
          slot: slotOf(kind, settings.department),
          ...settings,
          createdAt: ctx.now(),
          header: { codeSequences: {} },
          liveGeneration: 1,
          nextGeneration: 2,
          lastVersion: 0,
          nextPosition: 0,
          resourceCount: 0,
          undo: [],
          redo: [],
        };
        const id = await db.workspaces.add(row);
        await appendAudit(ctx, {
          operator: settings.operatorName,
          workspaceId: id,
          action: 'workspace.create',
          subject: String(id),
          detail: { kind, department: settings.department.name, uscc: settings.department.uscc, profile: settings.profileId },
        });
        return { ...row, id };
      }),
    );
  } catch (e) {
    if (isConstraintError(e)) refuseDuplicate(kind, settings.department);
    throw e;
  }
}

/** The workspaces there are; one a restore is still staging (slot `restore:…`, renderer/services/backup) is not one yet. */
export async function listWorkspaces(ctx: StorageContext): Promise<WorkspaceRow[]> {
  return (await ctx.db.workspaces.toArray()).filter((w) => !w.slot.startsWith('restore:'));
}

/** The workspace, or noWorkspace. Inside a transaction it reads that transaction's view. */
export async function getWorkspace(ctx: StorageContext, id: number): Promise<WorkspaceRow> {
  const row = await ctx.db.workspaces.get(id);
  if (!row) throw storageError('noWorkspace', { id });
  return row;
}

/** Changes the department, profile or operator; recorded in the audit log under `operator`. */
export async function updateWorkspace(ctx: StorageContext, id: number, changes: Partial<WorkspaceSettings>, operator: string): Promise<WorkspaceRow> {
  const { db } = ctx;
  let kind: WorkspaceKind = 'department';
  try {
    return await mapQuotaError(() =>
      db.transaction('rw', [db.workspaces, ...AUDIT_TABLES], async () => {
        const row = await getWorkspace(ctx, id);
        kind = row.kind;
        const updated: WorkspaceRow = { ...row, ...changes };
        updated.slot = slotOf(row.kind, updated.department);
        await db.workspaces.put(updated);
        await appendAudit(ctx, {
          operator,
          workspaceId: id,
          action: 'workspace.update',
          subject: String(id),
          detail: { fields: Object.keys(changes).sort(), department: updated.department.name, uscc: updated.department.uscc, profile: updated.profileId },
        });
        return updated;
      }),
    );
  } catch (e) {
    if (isConstraintError(e) && changes.department) refuseDuplicate(kind, changes.department);
    throw e;
  }
}
