// Workspace backup and restore (issue #16) at county scale — 20,000 resources, 400,000 items, 5 versions of each
// resource — in Chromium's IndexedDB on a profile on disk, as storage.bench.ts measures storage (the app's data
// lives in Chromium's IndexedDB; fake-indexeddb in Node has other costs entirely). Baseline, same database, same run:
// dexie-export-import's exportDB and importInto. Goal ≤ 1.5× each. Peak memory: the page's JS heap, sampled over the
// DevTools protocol every 100 ms (Performance.getMetrics, JSHeapUsedSize) during the whole run, seeding included.
// Standalone: node --import tsx test/bench/backup.bench.ts [resources]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, serve } from '../e2e/browser-harness.ts';
import type { BackupBenchSample } from '../e2e/pages/backup-bench-summary.ts';
import { renderTable, type BenchTable } from './harness.ts';
import { launchWithProfile } from './storage-chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

export async function backupBench(resources = 20_000): Promise<BenchTable> {
  const script = await bundle(join(ROOT, 'test/e2e/pages/backup-bench-page.ts'));
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
  const profile = mkdtempSync(join(tmpdir(), 'mulu-backup-bench-'));
  const chromium = await launchWithProfile(profile);
  let peak = 0;
  try {
    const page = await chromium.open(server.url, 'runBackupBench');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const sampler = setInterval(() => {
      void cdp.send('Performance.getMetrics').then(
        ({ metrics }) => (peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0)),
        () => undefined,
      );
    }, 100);
    let s: BackupBenchSample;
    try {
      s = await page.evaluate((n) => (globalThis as unknown as { runBackupBench: (n: number) => Promise<BackupBenchSample> }).runBackupBench(n), resources);
    } finally {
      clearInterval(sampler);
    }
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    return {
      title:
        `Workspace backup and restore, ${s.resources.toLocaleString('en')} resources / ${s.items.toLocaleString('en')} items, ${s.history.toLocaleString('en')} past versions ` +
        `(restored: ${s.restoredResources.toLocaleString('en')} resources, ${s.restoredHistory.toLocaleString('en')} past versions), Chromium, profile on disk, one run; ` +
        `backup ${mb(s.backupBytes)} MB, Dexie export ${mb(s.exportBytes)} MB; peak page JS heap ${mb(peak)} MB (goal < 500)`,
      header: ['operation', 's', 'baseline', 'baseline s', 'ratio', 'goal'],
      rows: [
        ['backup (chunks, SM3 digests, deflate)', seconds(s.backupMs), 'dexie-export-import exportDB', seconds(s.exportMs), ratio(s.backupMs, s.exportMs), '≤1.5'],
        ['restore (check, stage, swap)', seconds(s.restoreMs), 'dexie-export-import importInto', seconds(s.importMs), ratio(s.restoreMs, s.importMs), '≤1.5'],
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
