// Injected into the app page (served beside the build, same origin, so the CSP allows it) by
// test/e2e/import-commit-cancel.test.ts: reads what IndexedDB holds without the app's code, records what the
// import commit's progress shows and what it showed at the moment its cancel button was clicked, and reads the
// rows 目录编制 renders.
import type { CatalogRowShown, ImportCommitProbe, ProgressLog, StoredCatalog } from './import-commit-probe-api.ts';

type Row = Record<string, unknown>;
interface ResourceRow {
  workspaceId: number;
  generation: number;
  id: string;
  position: number;
  resource: { items: unknown[] };
}
interface ImportRow {
  workspaceId: number;
  status: string;
  staged: number;
  expected: { resources: number };
  source: string | null;
}
/** The entries of one action (schema v5). */
interface AuditBlockRow {
  entries: { action: string; workspaceId: number | null }[];
}
interface WorkspaceRow {
  id: number;
  kind: string;
  liveGeneration: number;
  resourceCount: number;
}

function readStored(): Promise<StoredCatalog> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mulu');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['workspaces', 'resources', 'imports', 'audit'], 'readonly');
      const all = <T = Row>(store: string) => {
        const request = tx.objectStore(store).getAll();
        return () => request.result as T[];
      };
      const workspaces = all<WorkspaceRow>('workspaces');
      const resources = all<ResourceRow>('resources');
      const imports = all<ImportRow>('imports');
      const audit = all<AuditBlockRow>('audit');
      tx.onerror = () => reject(tx.error);
      tx.oncomplete = () => {
        db.close();
        const ws = workspaces().find((w) => w.kind === 'department');
        if (!ws) return reject(new Error('no department workspace'));
        const rows = resources().filter((r) => r.workspaceId === ws.id);
        const live = rows.filter((r) => r.generation === ws.liveGeneration).sort((a, b) => a.position - b.position);
        const otherGenerations: Record<number, number> = {};
        for (const r of rows) if (r.generation !== ws.liveGeneration) otherGenerations[r.generation] = (otherGenerations[r.generation] ?? 0) + 1;
        resolve({
          liveGeneration: ws.liveGeneration,
          resourceCount: ws.resourceCount,
          live: live.map((r) => r.id),
          liveItems: live.reduce((n, r) => n + r.resource.items.length, 0),
          otherGenerations,
          imports: imports()
            .filter((i) => i.workspaceId === ws.id)
            .map((i) => ({ status: i.status, staged: i.staged, expected: i.expected.resources, source: i.source })),
          importCommits: audit().flatMap((b) => b.entries).filter((a) => a.action === 'import.commit' && a.workspaceId === ws.id).length,
        });
      };
    };
  });
}

let log: ProgressLog = { lines: [], cancels: [] };
let start = performance.now();
const ms = () => Math.round(performance.now() - start);
// TaskProgress: the status line is the first child of .task-progress, the cancel button the only button in it.
const status = () => document.querySelector('.task-progress')?.firstElementChild?.textContent ?? null;
const cancellable = () => document.querySelector('.task-progress button') !== null;

new MutationObserver(() => {
  const now = status();
  const last = log.lines.at(-1);
  if (last ? now !== last.status || cancellable() !== last.cancellable : now !== null) log.lines.push({ ms: ms(), status: now, cancellable: cancellable() });
}).observe(document.body, { subtree: true, childList: true, characterData: true });
// Capture phase: the status is read before the app's own click handler runs.
document.addEventListener(
  'click',
  (event) => {
    if (event.target instanceof Element && event.target.closest('.task-progress button')) log.cancels.push({ ms: ms(), status: status() });
  },
  true,
);

function recordProgress(): void {
  log = { lines: [], cancels: [] };
  start = performance.now();
}

function catalogRows(count: number): CatalogRowShown[] {
  return [...document.querySelectorAll('.catalog-table .ant-table-row')].slice(0, count).map((row) => {
    // The first cell is the selection box; then 信息资源代码 and 资源名称.
    const cells = [...row.querySelectorAll('.ant-table-cell')].map((c) => c.textContent ?? '');
    return { id: row.getAttribute('data-row-key'), code: cells[1] ?? '', name: cells[2] ?? '' };
  });
}

const probe: ImportCommitProbe = { readStored, recordProgress, progressLog: () => log, catalogRows };
(globalThis as unknown as { importCommitProbe: ImportCommitProbe }).importCommitProbe = probe;
