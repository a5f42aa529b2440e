// Workspace backup and restore (issue #16) at county scale — 20,000 resources, 400,000 items, 5 versions of each
// resource — in Chromium's IndexedDB on a profile on disk, as storage.bench.ts measures storage (the app's data
// lives in Chromium's IndexedDB; fake-indexeddb in Node has other costs entirely). Each step runs alone, after a
// garbage collection, so its peaks are its own. Baselines, same database, same run: dexie-export-import's exportDB
// and importInto (time, goal ≤ 1.5× each), and the app's way before the streamed platform (memory): the whole file
// gathered into one array for saveFile, the picked file read whole for the restore. Memory: the page's JS heap
// (DevTools' JSHeapUsedSize), the resident memory of the browser process (where Blob bytes live) and the proportional
// memory of all of Chromium's processes (shared pages counted once), each sampled every 100 ms.
// Standalone: node --import tsx test/bench/backup.bench.ts [resources]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, serve } from '../e2e/browser-harness.ts';
import type { BackupBenchPage, BackupBenchPhase, BackupBenchSeed, BackupBenchStep } from '../e2e/pages/backup-bench-summary.ts';
import { renderTable, type BenchTable } from './harness.ts';
import { groupMemory } from './process-memory.ts';
import { launchWithProfile } from './storage-chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

interface Measured extends BackupBenchStep {
  heap: number;
  browser: number;
  all: number;
}

export async function backupBench(resources = 20_000): Promise<BenchTable> {
  const script = await bundle(join(ROOT, 'test/e2e/pages/backup-bench-page.ts'));
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
  const profile = mkdtempSync(join(tmpdir(), 'mulu-backup-bench-'));
  const chromium = await launchWithProfile(profile);
  try {
    const page = await chromium.open(server.url, 'backupBench');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // The page "downloads" each backup: denied, so the Blob is made but nothing is written to the disk.
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => undefined);
    const seed = (await page.evaluate((n) => (globalThis as unknown as { backupBench: BackupBenchPage }).backupBench.seed(n), resources)) as BackupBenchSeed;

    const step = async (phase: BackupBenchPhase): Promise<Measured> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const peak = { heap: 0, browser: 0, all: 0 };
      const sample = async () => {
        const [{ metrics }, memory] = await Promise.all([cdp.send('Performance.getMetrics'), groupMemory(chromium.pid)]);
        peak.heap = Math.max(peak.heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        peak.browser = Math.max(peak.browser, memory.process);
        peak.all = Math.max(peak.all, memory.group);
      };
      await sample();
      const sampler = setInterval(() => void sample().catch(() => undefined), 100);
      try {
        const result = await page.evaluate((p) => (globalThis as unknown as { backupBench: BackupBenchPage }).backupBench.run(p), phase);
        await sample();
        return { ...result, ...peak };
      } finally {
        clearInterval(sampler);
      }
    };
    const m = {} as Record<BackupBenchPhase, Measured>;
    for (const phase of ['backupWhole', 'backupStreamed', 'exportDB', 'restoreWhole', 'restoreStreamed', 'importInto'] as const) m[phase] = await step(phase);
    for (const phase of ['restoreWhole', 'restoreStreamed'] as const) {
      if (m[phase].resources !== seed.resources) throw new Error(`${phase} restored ${m[phase].resources} of ${seed.resources} resources`);
    }

    const row = (label: string, s: Measured, baseline: string, b: Measured, goal: string) => [
      label, seconds(s.ms), mb(s.heap), mb(s.browser), mb(s.all), baseline, seconds(b.ms), mb(b.heap), mb(b.browser), mb(b.all), ratio(s.ms, b.ms), goal,
    ];
    return {
      title:
        `Workspace backup and restore, ${seed.resources.toLocaleString('en')} resources / ${seed.items.toLocaleString('en')} items, ${seed.history.toLocaleString('en')} past versions, ` +
        `Chromium, profile on disk, one run, each step after a GC; backup ${mb(m.backupStreamed.bytes ?? 0)} MB, Dexie export ${mb(m.exportDB.bytes ?? 0)} MB; ` +
        `memory columns are peaks in MB: page JS heap / browser process RSS / all Chromium processes PSS (goal < 500)`,
      header: ['operation', 's', 'heap', 'browser', 'all', 'baseline', 'baseline s', 'heap', 'browser', 'all', 'time ratio', 'goal'],
      rows: [
        row('backup, streamed (saveStream)', m.backupStreamed, 'exportDB', m.exportDB, '≤1.5'),
        row('backup, streamed (saveStream)', m.backupStreamed, 'backup, whole file (before)', m.backupWhole, 'less memory'),
        row('restore, by position (openFile)', m.restoreStreamed, 'importInto', m.importInto, '≤1.5'),
        row('restore, by position (openFile)', m.restoreStreamed, 'restore, file read whole (before)', m.restoreWhole, 'less memory'),
      ],
    };
  } finally {
    await chromium.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${renderTable(await backupBench(Number(process.argv[2] ?? 20_000)))}\n`);
}
