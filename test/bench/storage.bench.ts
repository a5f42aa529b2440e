// Storage in Chromium's IndexedDB on a profile on disk (issue #5), county catalog (20,000 resources, 400,000 items):
// - storageBench: committing the import against a raw Dexie bulkPut of the same rows in the same run (goal ≤ 1.25×),
//   loading the catalog, a re-import with 5% changed, and opening the filled database;
// - storageLayoutBench (standalone only, `--layouts`; the split layout alone takes minutes): items inside the
//   resource record versus one row per item, the measurement behind docs/decisions/0006-items-inside-the-resource-record.md.
// - bulkEditBench: bulk edit and bulk delete of 5,000 resources against a raw bulkPut / bulkDelete (goal ≤ 1.5×);
// - bulkPartsBench (standalone only, `--bulk-parts`): what each part of a bulk edit costs against the same baselines,
//   the measurement behind docs/decisions/0014-bulk-edit-cost.md.
// Standalone: node --import tsx test/bench/storage.bench.ts [--layouts | --bulk | --bulk-parts]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, serve } from '../e2e/browser-harness.ts';
import type { BulkParts, BulkSample } from '../e2e/pages/bulk-bench-summary.ts';
import type { CommitSample, LayoutSample } from '../e2e/pages/storage-bench-summary.ts';
import { median, renderTable, type BenchTable } from './harness.ts';
import { launchWithProfile } from './storage-chromium.ts';

const RESOURCES = 20_000;
const RUNS = 3;
const ROOT = join(import.meta.dirname, '..', '..');

/** Runs `fn` (a global of the bench page) in a fresh Chromium profile, then removes the profile. */
async function inChromium<T>(fn: 'runCommit' | 'runLayouts' | 'runBulk' | 'runBulkParts', resources: number): Promise<T> {
  const script = await bundle(join(ROOT, 'test/e2e/pages/storage-bench-page.ts'));
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
  const profile = mkdtempSync(join(tmpdir(), 'mulu-storage-bench-'));
  const chromium = await launchWithProfile(profile);
  try {
    const page = await chromium.open(server.url, fn);
    return await page.evaluate(([name, n]) => (globalThis as unknown as Record<string, (n: number) => Promise<T>>)[name]!(n), [fn, resources] as const);
  } finally {
    await chromium.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export async function storageBench(): Promise<BenchTable> {
  const samples: CommitSample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await inChromium<CommitSample>('runCommit', RESOURCES));
  const m = (pick: (s: CommitSample) => number) => median(samples.map(pick));
  const s = samples[0]!;
  return {
    title: `IndexedDB in Chromium (profile on disk), ${s.resources.toLocaleString('en')} resources / ${s.items.toLocaleString('en')} items (JSON ${mb(s.jsonBytes)} MB, on disk ${mb(s.diskBytes)} MB); each run a fresh profile, median of ${RUNS}`,
    header: ['operation', 's', 'baseline', 'baseline s', 'ratio', 'goal'],
    rows: [
      ['commit import (staging + swap)', seconds(m((x) => x.commitMs)), 'raw Dexie bulkPut, same rows', seconds(m((x) => x.rawMs)), (m((x) => x.commitMs) / m((x) => x.rawMs)).toFixed(2), '≤1.25'],
      ['loadCatalog', seconds(m((x) => x.loadCatalogMs)), '', '', '', ''],
      ['re-import, 5% changed (staging + swap)', seconds(m((x) => x.reimportMs)), '', '', '', ''],
      ['  then old catalog into history', seconds(m((x) => x.retireMs)), '', '', '', ''],
      [`首页 deadlines: changes since the last accepted package (${s.changesSinceCount.toLocaleString('en')})`, seconds(m((x) => x.changesSinceMs)), '', '', '', ''],
      [`  … none accepted yet: every resource (${s.allChangesCount.toLocaleString('en')})`, seconds(m((x) => x.allChangesMs)), '', '', '', ''],
      ['open (integrity + audit check)', seconds(m((x) => x.openMs)), '', '', '', ''],
    ],
  };
}

export async function bulkEditBench(): Promise<BenchTable> {
  const samples: BulkSample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await inChromium<BulkSample>('runBulk', RESOURCES));
  const m = (pick: (s: BulkSample) => number) => median(samples.map(pick));
  const { count, resources } = samples[0]!;
  const row = (operation: string, ms: (s: BulkSample) => number, baseline: string, rawMs: (s: BulkSample) => number) => [
    operation,
    seconds(m(ms)),
    baseline,
    seconds(m(rawMs)),
    (m(ms) / m(rawMs)).toFixed(2),
    '≤1.5',
  ];
  return {
    title: `Bulk edit and delete of ${count.toLocaleString('en')} of ${resources.toLocaleString('en')} resources (one transaction each: rows, history, undo step, audit), Chromium, profile on disk; each run a fresh profile, median of ${RUNS}`,
    header: ['operation', 's', 'baseline', 'baseline s', 'ratio', 'goal'],
    rows: [
      row('saveResources (bulk edit)', (s) => s.editMs, 'raw Dexie bulkPut, same rows', (s) => s.rawPutMs),
      row('deleteResources (bulk delete)', (s) => s.deleteMs, 'raw Dexie bulkDelete, same keys', (s) => s.rawDeleteMs),
    ],
  };
}

export async function bulkPartsBench(): Promise<BenchTable> {
  const samples: BulkParts[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await inChromium<BulkParts>('runBulkParts', RESOURCES));
  const m = (pick: (s: BulkParts) => number) => median(samples.map(pick));
  const part = (what: string, pick: (s: BulkParts) => number) => [what, seconds(m(pick)), (m(pick) / m((s) => s.rawPutMs)).toFixed(2), (m(pick) / m((s) => s.rawDeleteMs)).toFixed(2)];
  return {
    title: `The parts of a bulk edit or delete of ${samples[0]!.count.toLocaleString('en')} of ${RESOURCES.toLocaleString('en')} resources, each alone in its own transaction, Chromium, profile on disk; each run a fresh profile, median of ${RUNS}`,
    header: ['part', 's', '× raw bulkPut', '× raw bulkDelete'],
    rows: [
      part('baseline: raw Dexie bulkPut, the edited rows', (s) => s.rawPutMs),
      part('baseline: raw Dexie bulkDelete, the same keys', (s) => s.rawDeleteMs),
      part('read the replaced rows (bulkGet)', (s) => s.readMs),
      part('history: a row per replaced version, in full', (s) => s.historyFullMs),
      part('history: a row per replaced version, stamp only', (s) => s.historySmallMs),
      part('history: every replaced version in one row', (s) => s.historyOneRowMs),
      part('audit: hashing the entries only', (s) => s.auditHashMs),
      part('audit: hashing and a row per entry (appendAuditMany)', (s) => s.auditRowsMs),
      part('audit: the hashed entries in one row', (s) => s.auditOneRowMs),
    ],
  };
}

export async function storageLayoutBench(): Promise<BenchTable> {
  const samples = await inChromium<LayoutSample[]>('runLayouts', RESOURCES);
  const ms = (v: number) => (v < 100 ? v.toFixed(1) : v.toFixed(0));
  return {
    title: `Items inside the resource record (embedded) or one row per item (split), ${RESOURCES.toLocaleString('en')} resources / ${samples[0]!.items.toLocaleString('en')} items, Chromium, profile on disk, one run, ms`,
    header: ['layout', 'rows', 'write', 'load catalog', 'load list', 'open one', 'save one', 'disk MB'],
    rows: samples.map((s) => [s.layout, s.rows.toLocaleString('en'), ms(s.writeMs), ms(s.loadAllMs), ms(s.loadListMs), ms(s.openOneMs), ms(s.saveOneMs), mb(s.diskBytes)]),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const modes = { '--layouts': storageLayoutBench, '--bulk': bulkEditBench, '--bulk-parts': bulkPartsBench };
  const tables = Object.entries(modes).flatMap(([flag, bench]) => (process.argv.includes(flag) ? [bench] : []));
  if (tables.length === 0) tables.push(storageBench);
  for (const table of tables) process.stdout.write(`${renderTable(await table())}\n`);
}
