// Autosave, deletion, undo and redo, of one resource or of many at once (bulk edit and delete). Each call is one
// transaction that writes the resources, moves the versions they replace into history and appends an audit entry
// per resource, so an edit is either fully recorded or not at all; a bulk call writes each table once.
import type { Resource } from '../../../core/model/catalog.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { jsonEqual } from '../../../core/format/json-equal.ts';
import { appendAuditMany, AUDIT_TABLES, type AuditInput } from './audit-log.ts';
import { basisText } from './basis-library.ts';
import { raiseCodeSequences } from './code-sequences.ts';
import { deletion, retired, type LiveVersion } from './history.ts';
import { mapQuotaError } from './quota.ts';
import type { HistoryKey, ResourceKey } from './mulu-database.ts';
import type { HistoryRow, ResourceRow, UndoEdit, UndoStep, VersionStamp, WorkspaceRow } from './rows.ts';
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

/** Undo steps kept per workspace; older ones stay in history but leave the undo stack. A bulk action is one step. */
export const UNDO_DEPTH = 100;

/** `position`: where the saved resource stands in the catalog (a new one goes last). */
export type SaveOutcome = { saved: true; stamp: VersionStamp; position: number } | { saved: false; reason: 'unchanged'; stamp: VersionStamp };

/** A live version as the open session holds it. */
export interface HeldVersion {
  resource: Resource;
  stamp: VersionStamp;
  position: number;
}

/**
 * The live catalog as the caller holds it, as of the workspace's `lastVersion`. While that is still the stored one,
 * the versions an edit replaces are taken from here instead of read back (a bulk edit's read cost 0.44× of its
 * baseline, decisions/0014); when another window wrote meanwhile, they are read.
 */
export interface HeldCatalog {
  lastVersion: number;
  version(resourceId: string): HeldVersion | undefined;
}

/** One resource an undo or redo changed. */
export interface Reverted {
  resourceId: string;
  stamp: VersionStamp;
  /** The resource as it is now, or null when it no longer exists (its creation was undone, its deletion redone). */
  resource: Resource | null;
}

export interface UndoOutcome {
  /** Every resource of the step, in the order their edits were made. */
  reverted: Reverted[];
}

const editTables = (ctx: StorageContext) => [ctx.db.workspaces, ctx.db.resources, ctx.db.history, ...AUDIT_TABLES];

export const editsOf = (step: UndoStep): readonly UndoEdit[] => ('batch' in step ? step.batch : [step]);
const stepOf = (edits: UndoEdit[]): UndoStep => (edits.length === 1 ? edits[0]! : { batch: edits });
const pushed = (stack: readonly UndoStep[] | undefined, edits: UndoEdit[]) => [...(stack ?? []), stepOf(edits)].slice(-UNDO_DEPTH);

/** The workspace after versions up to `lastVersion`: the stacks given, the catalog's time and code sequences updated. */
function advanced(ws: WorkspaceRow, lastVersion: number, at: string, countChange: number, stacks: Pick<WorkspaceRow, 'undo' | 'redo'>, codes: (string | undefined)[]): WorkspaceRow {
  return {
    ...ws,
    ...stacks,
    lastVersion,
    resourceCount: ws.resourceCount + countChange,
    header: { ...ws.header, updatedAt: at, codeSequences: raiseCodeSequences(ws.header.codeSequences, codes) },
  };
}

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
    ...(stamp.redoes !== undefined && { redoes: stamp.redoes }),
  };
}

/** The live rows of `ids` as stored: from what the caller holds when it is current, else read. */
async function currentRows(ctx: StorageContext, ws: WorkspaceRow, ids: readonly string[], held: HeldCatalog | undefined): Promise<(LiveVersion | undefined)[]> {
  if (held?.lastVersion !== ws.lastVersion) return ctx.db.resources.bulkGet(ids.map((id): ResourceKey => [ws.id, ws.liveGeneration, id]));
  return ids.map((id) => {
    const v = held.version(id);
    return v && { workspaceId: ws.id, id, ...v };
  });
}

function distinct(ids: readonly string[]): void {
  // Two edits of one resource in one call would both replace the same stored version.
  if (new Set(ids).size !== ids.length) throw new Error('one resource twice in one bulk edit');
}

/** Saves the resource as its new current version; saving what is already stored records nothing. */
export async function saveResource(ctx: StorageContext, workspaceId: number, resource: Resource, author: EditAuthor, held?: HeldCatalog): Promise<SaveOutcome> {
  return (await saveResources(ctx, workspaceId, [resource], author, held))[0]!;
}

/** Saves many resources (distinct ids), each as its own version with the same note; one undo step takes all back. */
export async function saveResources(ctx: StorageContext, workspaceId: number, resources: readonly Resource[], author: EditAuthor, held?: HeldCatalog): Promise<SaveOutcome[]> {
  const { db } = ctx;
  distinct(resources.map((r) => r.id));
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async (): Promise<SaveOutcome[]> => {
      const ws = await getWorkspace(ctx, workspaceId);
      const currents = await currentRows(ctx, ws, resources.map((r) => r.id), held);
      const at = ctx.now();
      let version = ws.lastVersion;
      let position = ws.nextPosition;
      const live: ResourceRow[] = [];
      const past: HistoryRow[] = [];
      const edits: UndoEdit[] = [];
      const audit: AuditInput[] = [];
      const outcomes = resources.map((resource, i): SaveOutcome => {
        const current = currents[i];
        if (current && jsonEqual(current.resource, resource)) return { saved: false, reason: 'unchanged', stamp: current.stamp };
        const stamp: VersionStamp = { version: ++version, kind: current ? 'edit' : 'create', at, operator: author.operator, note: author.note };
        if (current) past.push(retired(current));
        const row = liveRow(ws, resource, current?.position ?? position++, stamp);
        live.push(row);
        edits.push({ resourceId: resource.id, version: stamp.version, previous: current?.stamp.version ?? null });
        audit.push({ operator: author.operator, workspaceId, action: 'resource.save', subject: resource.id, detail: auditDetail(stamp, resource) });
        return { saved: true, stamp, position: row.position };
      });
      if (edits.length === 0) return outcomes;
      await db.history.bulkPut(past);
      await db.resources.bulkPut(live);
      const next = advanced(ws, version, at, position - ws.nextPosition, { undo: pushed(ws.undo, edits), redo: [] }, resources.map((r) => r.code));
      await db.workspaces.put({ ...next, nextPosition: position });
      await appendAuditMany(ctx, audit);
      return outcomes;
    }),
  );
}

export async function deleteResource(ctx: StorageContext, workspaceId: number, resourceId: string, author: EditAuthor, held?: HeldCatalog): Promise<VersionStamp> {
  return (await deleteResources(ctx, workspaceId, [resourceId], author, held))[0]!;
}

/** Deletes many resources (distinct ids), each as its own version with the same note; one undo step brings all back. */
export async function deleteResources(ctx: StorageContext, workspaceId: number, resourceIds: readonly string[], author: EditAuthor, held?: HeldCatalog): Promise<VersionStamp[]> {
  const { db } = ctx;
  distinct(resourceIds);
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async () => {
      const ws = await getWorkspace(ctx, workspaceId);
      const keys = resourceIds.map((id): ResourceKey => [workspaceId, ws.liveGeneration, id]);
      const currents = await currentRows(ctx, ws, resourceIds, held);
      const at = ctx.now();
      const past: HistoryRow[] = [];
      const edits: UndoEdit[] = [];
      const audit: AuditInput[] = [];
      const stamps = currents.map((current, i) => {
        if (!current) throw storageError('noResource', { id: resourceIds[i]! });
        const stamp: VersionStamp = { version: ws.lastVersion + i + 1, kind: 'delete', at, operator: author.operator, note: author.note };
        past.push(retired(current), deletion(current, stamp));
        edits.push({ resourceId: current.id, version: stamp.version, previous: current.stamp.version });
        audit.push({ operator: author.operator, workspaceId, action: 'resource.delete', subject: current.id, detail: auditDetail(stamp, current.resource) });
        return stamp;
      });
      if (stamps.length === 0) return stamps;
      await db.history.bulkPut(past);
      await db.resources.bulkDelete(keys);
      await db.workspaces.put(advanced(ws, ws.lastVersion + stamps.length, at, -stamps.length, { undo: pushed(ws.undo, edits), redo: [] }, []));
      await appendAuditMany(ctx, audit);
      return stamps;
    }),
  );
}

/**
 * Undoes the workspace's last step (a save, a deletion, or a bulk one) not yet undone: each resource gets back the
 * content it had before, as a new version of kind 'undo' (history keeps every version, the undone one too), and the
 * step goes on the redo stack. Undefined when there is nothing to undo; an import empties both stacks, since it
 * replaces the catalog the edits applied to.
 */
export function undoLastEdit(ctx: StorageContext, workspaceId: number, operator: string): Promise<UndoOutcome | undefined> {
  return revert(ctx, workspaceId, operator, 'undo');
}

/** Redoes the last undone step: each resource gets back the content the undo took away, as a version of kind 'redo'. */
export function redoLastUndo(ctx: StorageContext, workspaceId: number, operator: string): Promise<UndoOutcome | undefined> {
  return revert(ctx, workspaceId, operator, 'redo');
}

/**
 * Takes the newest step off one stack and brings each of its resources back to the content of the version its edit
 * replaced. That is the same operation both ways: an undo pushes the edits it made onto the redo stack, so redoing
 * one is reverting the undo, and the redo's edits go back on the undo stack.
 */
async function revert(ctx: StorageContext, workspaceId: number, operator: string, kind: 'undo' | 'redo'): Promise<UndoOutcome | undefined> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', editTables(ctx), async (): Promise<UndoOutcome | undefined> => {
      const ws = await getWorkspace(ctx, workspaceId);
      const from = (kind === 'undo' ? ws.undo : ws.redo) ?? [];
      const step = from[from.length - 1];
      if (!step) return undefined;
      const edits = editsOf(step);
      const currents = await db.resources.bulkGet(edits.map((e): ResourceKey => [workspaceId, ws.liveGeneration, e.resourceId]));
      // No version -1 exists: an edit that created its resource has nothing before it.
      const befores = await db.history.bulkGet(edits.map((e): HistoryKey => [workspaceId, e.resourceId, e.previous ?? -1]));
      const at = ctx.now();
      const note = { reason: '', basis: [] };
      const live: ResourceRow[] = [];
      const gone: ResourceKey[] = [];
      const past: HistoryRow[] = [];
      const made: UndoEdit[] = [];
      const audit: AuditInput[] = [];
      let countChange = 0;
      const reverted = edits.map((edit, i): Reverted => {
        const current = currents[i];
        const before = befores[i];
        const restored = before?.resource ?? null;
        const stamp: VersionStamp = {
          version: ws.lastVersion + i + 1,
          kind,
          at,
          operator,
          note,
          ...(kind === 'undo' ? { undoes: edit.version } : edit.previous !== null && { redoes: edit.previous }),
        };
        if (current) past.push(retired(current));
        if (restored) live.push(liveRow(ws, restored, before?.position ?? ws.nextPosition, stamp));
        else {
          past.push(deletion({ workspaceId, id: edit.resourceId, position: current?.position ?? 0 }, stamp));
          gone.push([workspaceId, ws.liveGeneration, edit.resourceId]);
        }
        countChange += (restored ? 1 : 0) - (current ? 1 : 0);
        made.push({ resourceId: edit.resourceId, version: stamp.version, previous: edit.version });
        audit.push({ operator, workspaceId, action: `resource.${kind}`, subject: edit.resourceId, detail: auditDetail(stamp, restored ?? current?.resource ?? null) });
        return { resourceId: edit.resourceId, stamp, resource: restored };
      });
      await db.history.bulkPut(past);
      await db.resources.bulkPut(live);
      await db.resources.bulkDelete(gone);
      const rest = from.slice(0, -1);
      const stacks = kind === 'undo' ? { undo: rest, redo: pushed(ws.redo, made) } : { undo: pushed(ws.undo, made), redo: rest };
      await db.workspaces.put(advanced(ws, ws.lastVersion + edits.length, at, countChange, stacks, live.map((r) => r.resource.code)));
      await appendAuditMany(ctx, audit);
      return { reverted };
    }),
  );
}
