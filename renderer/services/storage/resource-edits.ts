// Autosave, deletion and undo. Each is one transaction that writes the resource, moves the version it replaces
// into history and appends the audit entry, so an edit is either fully recorded or not at all.
import type { Resource } from '../../../core/model/catalog.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { jsonEqual } from '../../../core/format/json-equal.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import { basisText } from './basis-library.ts';
import { raiseCodeSequences } from './code-sequences.ts';
import { deletion, retired } from './history.ts';
import { mapQuotaError } from './quota.ts';
import type { ResourceRow, UndoStep, VersionKind, VersionStamp, WorkspaceRow } from './rows.ts';
import { nameKeyOf } from './schema.ts';
import type { StorageContext } from './storage-context.ts';
import { storageError } from './storage-errors.ts';
import { getWorkspace } from './workspaces.ts';

/** Who changes the catalog and the 变更说明. A blank reason is stored as is: autosave never refuses typed text;
 * packaging asks for the missing reasons (core/package/change-list.ts). */
export interface EditAuthor {
  operator: string;
  note: ChangeNote;
}

/** Edits that can be undone, per workspace; older ones stay in history but leave the undo stack. */
export const UNDO_DEPTH = 100;

export type SaveOutcome = { saved: true; stamp: VersionStamp } | { saved: false; reason: 'unchanged'; stamp: VersionStamp };

export interface UndoOutcome {
  resourceId: string;
  stamp: VersionStamp;
  /** The resource as it is again, or null when the undone edit had created it. */
  resource: Resource | null;
}

const editTables = (ctx: StorageContext) => [ctx.db.workspaces, ctx.db.resources, ctx.db.history, ...AUDIT_TABLES];

function stampFor(ctx: StorageContext, ws: WorkspaceRow, kind: VersionKind, author: EditAuthor): VersionStamp {
  return { version: ws.lastVersion + 1, kind, at: ctx.now(), operator: author.operator, note: author.note };
}

/** The workspace after a version: its number used, the edit on the undo stack, the catalog's time updated. */
function advanced(ws: WorkspaceRow, stamp: VersionStamp, countChange: number, undo: UndoStep[], codes: (string | undefined)[]): WorkspaceRow {
  return {
    ...ws,
    lastVersion: stamp.version,
    resourceCount: ws.resourceCount + countChange,
    undo,
    header: { ...ws.header, updatedAt: stamp.at, codeSequences: raiseCodeSequences(ws.header.codeSequences, codes) },
  };
}

const pushed = (undo: UndoStep[], step: UndoStep) => [...undo, step].slice(-UNDO_DEPTH);

function liveRow(ws: WorkspaceRow, resource: Resource, position: number, stamp: VersionStamp): ResourceRow {
  return { workspaceId: ws.id, generation: ws.liveGeneration, id: resource.id, position, nameKey: nameKeyOf(resource), resource, stamp };
}

function auditDetail(stamp: VersionStamp, resource: Resource | null) {
  return {
    version: stamp.version,
    kind: stamp.kind,
    code: resource?.code ?? null,
    name: resource?.name ?? null,
    reason: stamp.note.reason,
    basis: stamp.note.basis.map(basisText),
    ...(stamp.note.basisChangedOn !== undefined && { basisChangedOn: stamp.note.basisChangedOn }),
    ...(stamp.undoes !== undefined && { undoes: stamp.undoes }),
  };
}

/** Saves the resource as its new current version; saving what is already stored records nothing. */
export async function saveResource(ctx: StorageContext, workspaceId: number, resource: Resource, author: EditAuthor): Promise<SaveOutcome> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async (): Promise<SaveOutcome> => {
      const ws = await getWorkspace(ctx, workspaceId);
      const current = await db.resources.get([workspaceId, ws.liveGeneration, resource.id]);
      if (current && jsonEqual(current.resource, resource)) return { saved: false, reason: 'unchanged', stamp: current.stamp };
      const stamp = stampFor(ctx, ws, current ? 'edit' : 'create', author);
      if (current) await db.history.put(retired(current));
      await db.resources.put(liveRow(ws, resource, current?.position ?? ws.nextPosition, stamp));
      const next = advanced(ws, stamp, current ? 0 : 1, pushed(ws.undo, { resourceId: resource.id, version: stamp.version, previous: current?.stamp.version ?? null }), [resource.code]);
      if (!current) next.nextPosition = ws.nextPosition + 1;
      await db.workspaces.put(next);
      await appendAudit(ctx, { operator: author.operator, workspaceId, action: 'resource.save', subject: resource.id, detail: auditDetail(stamp, resource) });
      return { saved: true, stamp };
    }),
  );
}

export async function deleteResource(ctx: StorageContext, workspaceId: number, resourceId: string, author: EditAuthor): Promise<VersionStamp> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async () => {
      const ws = await getWorkspace(ctx, workspaceId);
      const current = await db.resources.get([workspaceId, ws.liveGeneration, resourceId]);
      if (!current) throw storageError('noResource', { id: resourceId });
      const stamp = stampFor(ctx, ws, 'delete', author);
      await db.history.bulkPut([retired(current), deletion(current, stamp)]);
      await db.resources.delete([workspaceId, ws.liveGeneration, resourceId]);
      await db.workspaces.put(advanced(ws, stamp, -1, pushed(ws.undo, { resourceId, version: stamp.version, previous: current.stamp.version }), []));
      await appendAudit(ctx, { operator: author.operator, workspaceId, action: 'resource.delete', subject: resourceId, detail: auditDetail(stamp, current.resource) });
      return stamp;
    }),
  );
}

/**
 * Undoes the workspace's last edit (save or delete) not yet undone: the resource gets back the content it had
 * before, as a new version of kind 'undo' (history keeps every version, the undone one too). Undefined when there
 * is nothing to undo; an import empties the stack, since it replaces the catalog the edits applied to.
 */
export async function undoLastEdit(ctx: StorageContext, workspaceId: number, operator: string): Promise<UndoOutcome | undefined> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async (): Promise<UndoOutcome | undefined> => {
      const ws = await getWorkspace(ctx, workspaceId);
      const step = ws.undo[ws.undo.length - 1];
      if (!step) return undefined;
      const current = await db.resources.get([workspaceId, ws.liveGeneration, step.resourceId]);
      const before = step.previous === null ? undefined : await db.history.get([workspaceId, step.resourceId, step.previous]);
      const restored = before?.resource ?? null;
      const stamp: VersionStamp = { ...stampFor(ctx, ws, 'undo', { operator, note: { reason: '', basis: [] } }), undoes: step.version };
      if (current) await db.history.put(retired(current));
      if (restored) {
        await db.resources.put(liveRow(ws, restored, before?.position ?? ws.nextPosition, stamp));
      } else {
        await db.history.put(deletion({ workspaceId, id: step.resourceId, position: current?.position ?? 0 }, stamp));
        await db.resources.delete([workspaceId, ws.liveGeneration, step.resourceId]);
      }
      const countChange = (restored ? 1 : 0) - (current ? 1 : 0);
      await db.workspaces.put(advanced(ws, stamp, countChange, ws.undo.slice(0, -1), [restored?.code]));
      await appendAudit(ctx, { operator, workspaceId, action: 'resource.undo', subject: step.resourceId, detail: auditDetail(stamp, restored ?? current?.resource ?? null) });
      return { resourceId: step.resourceId, stamp, resource: restored };
    }),
  );
}
