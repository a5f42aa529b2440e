// One open workspace as the UI sees it: the stored catalog held in memory (the table, the filters and the home
// page read it without touching IndexedDB), its findings, and the operations that change it. Every change goes
// to storage first; the in-memory copy follows only when the write committed, so what is shown is what is saved.
// The state lives in a zustand vanilla store: React reads slices of it through use-session.ts's selectors, so an
// autosave re-renders the views whose slice changed (the list, the save time), not every view of the session.
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { liveCatalogOf, loadLiveCatalog } from '../storage/catalog-reader.ts';
import { commitImport, type ImportCommitOptions, type ImportCommitOutcome } from '../storage/import-commit.ts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { deleteResources, redoLastUndo, saveResources, undoLastEdit, type HeldCatalog, type SaveOutcome, type UndoOutcome } from '../storage/resource-edits.ts';
import type { ResourceRow, VersionStamp, WorkspaceRow } from '../storage/rows.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { loadLiveCatalogInSteps } from '../storage/stepwise-catalog-read.ts';
import { getWorkspace, updateWorkspace } from '../storage/workspaces.ts';
import { crossRecordFindings, validateAll, withRemoved, withRevalidated, type CatalogFindings } from './catalog-findings.ts';
import { checkInSteps, completeFindings } from './stepwise-check.ts';

/**
 * Where the open session stands. 'loading': the catalog is being read (the session's catalog holds the resources
 * read so far, in their order among themselves: the list shows them, views that need all of it wait); 'checking':
 * it is there, and its findings are being made (a resource without own
 * findings has not been checked yet; cross-record findings come at the end); 'ready'; 'failed': it could not be
 * read (`loadError`, and `retryLoad()`).
 */
export type SessionPhase = 'loading' | 'checking' | 'ready' | 'failed';

export interface SessionState {
  readonly workspace: WorkspaceRow;
  readonly catalog: Catalog;
  /** Whole-catalog findings; allFindings() lists them. Cross-record ones follow edits after a short pause. */
  readonly findings: CatalogFindings;
  /**
   * By resource id, the stamp of its stored version (首页's deadlines read when and why each was saved). Updated in
   * place by each edit (a copy per edit would cost a bulk edit of 20,000 resources 400 million entries); a new
   * revision says it changed.
   */
  readonly stamps: ReadonlyMap<string, VersionStamp>;
  /** When the catalog was last written to storage (as stored, so also before this session saves anything); the same
   * object until that time changes. */
  readonly savedAt: Date;
  /** Increases with every change, so views can memoise on it. */
  readonly revision: number;
  readonly phase: SessionPhase;
  /** While loading: resources read so far, of `total`. */
  readonly loaded: { read: number; total: number };
  /** Why the catalog could not be read, in phase 'failed'. */
  readonly loadError?: unknown;
}

const NO_FINDINGS: CatalogFindings = { own: new Map(), crossRecord: [] };

const CROSS_RECORD_DELAY_MS = 800;

const savedAtOf = (workspace: WorkspaceRow) => new Date(workspace.header.updatedAt ?? workspace.createdAt);

export class WorkspaceSession {
  /** Read it with selectors (use-session.ts); only the session's operations change it. */
  readonly store: StoreApi<SessionState>;
  private liveStamps: Map<string, VersionStamp>;
  /** By resource id, the stored position: with the catalog and the stamps, what storage would read back on an edit. */
  private livePositions: Map<string, number>;
  readonly engine: RuleEngine;

  // Edits run one after another: each starts from the state the previous one left.
  private queue: Promise<unknown> = Promise.resolve();
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the start-up read and the checks when the session closes. */
  private readonly background = new AbortController();
  /** The whole-catalog check under way; a newer one (after an import) replaces it. */
  private checking: AbortController | undefined;

  private constructor(
    readonly ctx: StorageContext,
    workspace: WorkspaceRow,
  ) {
    this.engine = new RuleEngine({ profile: workspace.profileId });
    const { catalog, stamps, positions } = liveCatalogOf(workspace, []);
    this.liveStamps = stamps;
    this.livePositions = positions;
    const initial: SessionState = {
      workspace,
      catalog,
      stamps,
      findings: NO_FINDINGS,
      savedAt: savedAtOf(workspace),
      revision: 0,
      phase: 'loading',
      loaded: { read: 0, total: workspace.resourceCount },
    };
    this.store = createStore<SessionState>()(() => initial);
  }

  private get state(): SessionState {
    return this.store.getState();
  }

  /**
   * Opens the workspace at once: the catalog is read in steps after that (phase 'loading') and checked after it is
   * shown (phase 'checking'). Edits wait for the read, not for the check.
   */
  static async open(ctx: StorageContext, workspaceId: number): Promise<WorkspaceSession> {
    const session = new WorkspaceSession(ctx, await getWorkspace(ctx, workspaceId));
    session.load();
    return session;
  }

  private load(): void {
    const { signal } = this.background;
    void this.serial(async () => {
      try {
        const live = await loadLiveCatalogInSteps(this.ctx, this.id, { signal, onProgress: (read, total, rows) => this.showRead(read, total, rows) });
        if (!live) return;
        this.liveStamps = live.stamps;
        this.livePositions = live.positions;
        this.update({ workspace: await getWorkspace(this.ctx, this.id), catalog: live.catalog, findings: NO_FINDINGS }, 'checking');
      } catch (error) {
        this.store.setState({ phase: 'failed', loadError: error });
        return;
      }
      void this.check();
    });
  }

  /**
   * While loading: the resources read so far become the catalog at the first step and then each time they have
   * doubled, so the list paints after the first step without drawing 20,000 rows again after every one. The whole
   * catalog follows when the read ends.
   */
  private showRead(read: number, total: number, rows: readonly ResourceRow[]): void {
    const { catalog, workspace, revision } = this.state;
    const shown = catalog.resources.length;
    // Fewer than shown: the read started over (the catalog moved), so what was shown is of another version.
    const show = read < total && (shown === 0 || read >= 2 * shown || read < shown);
    this.store.setState({ loaded: { read, total }, ...(show && { catalog: liveCatalogOf(workspace, [...rows]).catalog, revision: revision + 1 }) });
  }

  /** Reads the catalog again after it failed to load. */
  retryLoad(): void {
    if (this.state.phase !== 'failed') return;
    this.store.setState({ phase: 'loading', loaded: { read: 0, total: this.state.workspace.resourceCount } });
    this.load();
  }

  /** Makes the whole catalog's findings in steps, then completes them in one step between edits. */
  private async check(): Promise<void> {
    this.checking?.abort();
    const run = (this.checking = new AbortController());
    const stop = AbortSignal.any([run.signal, this.background.signal]);
    const checked = await checkInSteps(this.engine, this.state.catalog.resources, stop);
    if (!checked) return;
    await this.serial(async () => {
      if (stop.aborted) return;
      const { workspace, catalog, findings } = this.state;
      this.update({ workspace, catalog, findings: completeFindings(this.engine, catalog, findings, checked) }, 'ready');
    });
  }

  get id(): number {
    return this.state.workspace.id;
  }

  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  readonly getState = (): SessionState => this.store.getState();

  private crossRecordTimer: ReturnType<typeof setTimeout> | undefined;

  /** Cross-record findings once the clerk pauses: typing in a form saves often, and each run costs ~0.1 s. */
  private scheduleCrossRecord(delayMs = CROSS_RECORD_DELAY_MS): void {
    clearTimeout(this.crossRecordTimer);
    this.crossRecordTimer = setTimeout(() => this.refreshCrossRecord(), delayMs);
  }

  /** Runs the cross-record checks now (校验 calls this before showing the report). */
  refreshCrossRecord(): void {
    clearTimeout(this.crossRecordTimer);
    const { findings, catalog, workspace } = this.state;
    this.update({ workspace, catalog, findings: { ...findings, crossRecord: crossRecordFindings(this.engine, catalog) } });
  }

  /** Stops pending background work (the view closing the session, or switching workspaces). */
  close(): void {
    clearTimeout(this.crossRecordTimer);
    this.background.abort();
  }

  private update(next: Pick<SessionState, 'workspace' | 'catalog' | 'findings'>, phase: SessionPhase = this.state.phase): void {
    const { savedAt, revision, loaded } = this.state;
    const at = savedAtOf(next.workspace);
    this.store.setState({ ...next, stamps: this.liveStamps, savedAt: at.getTime() === savedAt.getTime() ? savedAt : at, revision: revision + 1, phase, loaded }, true);
  }

  /** Re-reads the workspace and its catalog from storage and validates the whole catalog again. */
  async reload(): Promise<void> {
    const [workspace, { catalog, stamps, positions }] = await Promise.all([getWorkspace(this.ctx, this.id), loadLiveCatalog(this.ctx, this.id)]);
    this.checking?.abort();
    this.liveStamps = stamps;
    this.livePositions = positions;
    this.update({ workspace, catalog, findings: validateAll(this.engine, catalog) }, 'ready');
  }

  /**
   * Sets (or clears) the 部门编号 the county authority assigned, which every resource code carries (R32). Stored on
   * the workspace first; the catalog's department and the whole catalog's findings follow.
   */
  setDepartmentNumber(number: string | undefined): Promise<void> {
    return this.serial(async () => {
      const { workspace, catalog } = this.state;
      const { number: _old, ...rest } = workspace.department;
      const department = number ? { ...rest, number } : rest;
      const updated = await updateWorkspace(this.ctx, this.id, { department }, workspace.operatorName);
      const next = { ...catalog, department: updated.department };
      this.update({ workspace: updated, catalog: next, findings: validateAll(this.engine, next) });
    });
  }

  private author(note: ChangeNote) {
    return { operator: this.state.workspace.operatorName, note };
  }

  /** The catalog as held, for storage to skip reading back what an edit replaces (the held workspace row's version). */
  private held(): HeldCatalog {
    const { workspace, catalog } = this.state;
    let byId: Map<string, Resource> | undefined;
    return {
      lastVersion: workspace.lastVersion,
      version: (id) => {
        byId ??= new Map(catalog.resources.map((r) => [r.id, r]));
        const resource = byId.get(id);
        const stamp = this.liveStamps.get(id);
        const position = this.livePositions.get(id);
        return resource && stamp && position !== undefined ? { resource, stamp, position } : undefined;
      },
    };
  }

  /** Autosave of one resource (new or edited) with its 变更说明. */
  async save(resource: Resource, note: ChangeNote): Promise<SaveOutcome> {
    return (await this.saveMany([resource], note))[0]!;
  }

  /** Bulk edit: the resources (distinct ids) saved in one transaction and shown in one state change; one undo step. */
  saveMany(resources: readonly Resource[], note: ChangeNote): Promise<SaveOutcome[]> {
    return this.serial(async () => {
      const outcomes = await saveResources(this.ctx, this.id, resources, this.author(note), this.held());
      const saved = resources.filter((_, i) => outcomes[i]!.saved);
      if (saved.length === 0) return outcomes;
      outcomes.forEach((o, i) => {
        if (!o.saved) return;
        this.liveStamps.set(resources[i]!.id, o.stamp);
        this.livePositions.set(resources[i]!.id, o.position);
      });
      const { catalog, findings } = this.state;
      const byId = new Map(saved.map((r) => [r.id, r]));
      const resourcesNow = catalog.resources.map((r) => byId.get(r.id) ?? r);
      for (const r of catalog.resources) byId.delete(r.id);
      resourcesNow.push(...byId.values());
      await this.afterEdit(resourcesNow, withRevalidated(findings, this.engine, saved));
      this.scheduleCrossRecord();
      return outcomes;
    });
  }

  async remove(resourceId: string, note: ChangeNote): Promise<VersionStamp> {
    return (await this.removeMany([resourceId], note))[0]!;
  }

  /** Bulk delete: the resources (distinct ids) deleted in one transaction and one state change; one undo step. */
  removeMany(resourceIds: readonly string[], note: ChangeNote): Promise<VersionStamp[]> {
    return this.serial(async () => {
      const stamps = await deleteResources(this.ctx, this.id, resourceIds, this.author(note), this.held());
      const { catalog, findings } = this.state;
      const gone = new Set(resourceIds);
      for (const id of resourceIds) {
        this.liveStamps.delete(id);
        this.livePositions.delete(id);
      }
      await this.afterEdit(
        catalog.resources.filter((r) => !gone.has(r.id)),
        withRemoved(findings, resourceIds),
      );
      this.scheduleCrossRecord();
      return stamps;
    });
  }

  /** Undoes the last edit (a bulk one as a whole); undefined when there is none. Storage decides what comes back, so reload. */
  undo(): Promise<UndoOutcome | undefined> {
    return this.revert(undoLastEdit);
  }

  /** Redoes the last undone edit; undefined when there is none. */
  redo(): Promise<UndoOutcome | undefined> {
    return this.revert(redoLastUndo);
  }

  private revert(step: typeof undoLastEdit): Promise<UndoOutcome | undefined> {
    return this.serial(async () => {
      const outcome = await step(this.ctx, this.id, this.state.workspace.operatorName);
      if (outcome) await this.reload();
      return outcome;
    });
  }

  /** Makes an imported catalog (a confirmed dry run) the workspace's catalog, all or nothing. */
  commitImport(catalog: Catalog, options: Omit<ImportCommitOptions, 'author'> & { note: ChangeNote }): Promise<ImportCommitOutcome> {
    const { note, ...rest } = options;
    return this.serial(async () => {
      const outcome = await commitImport(this.ctx, this.id, catalog, { ...rest, author: this.author(note) });
      if (!outcome.ok) return outcome;
      // What was written is what the dry run holds: shown as it is, not read back; its findings follow (checking).
      const workspace = await getWorkspace(this.ctx, this.id);
      this.liveStamps = outcome.stamps;
      // The import stages each resource at its index in the catalog (import-commit.ts).
      this.livePositions = new Map(catalog.resources.map((r, i) => [r.id, i]));
      this.update({ workspace, catalog: { ...liveCatalogOf(workspace, []).catalog, resources: [...catalog.resources] }, findings: NO_FINDINGS }, 'checking');
      void this.check();
      return outcome;
    });
  }

  /** Settles once the catalog is read and checked (phase 'ready'); rejects if it could not be read. */
  whenReady(): Promise<void> {
    return new Promise((resolve, reject) => {
      const settled = () => {
        const { phase, loadError } = this.state;
        if (phase === 'ready') resolve();
        else if (phase === 'failed') reject(loadError instanceof Error ? loadError : new Error(String(loadError)));
        else return false;
        return true;
      };
      if (settled()) return;
      const unsubscribe = this.store.subscribe(() => settled() && unsubscribe());
    });
  }

  /** After a committed edit: the workspace row as stored (version, code sequences, time) and the new resources. */
  private async afterEdit(resources: Resource[], findings: CatalogFindings): Promise<void> {
    const workspace = await getWorkspace(this.ctx, this.id);
    const { catalogVersion, updatedAt, codeSequences } = workspace.header;
    const catalog: Catalog = {
      ...this.state.catalog,
      ...(catalogVersion !== undefined && { catalogVersion }),
      ...(updatedAt !== undefined && { updatedAt }),
      codeSequences: { ...codeSequences },
      resources,
    };
    this.update({ workspace, catalog, findings });
  }
}
