// Test page for the workbook-import worker in a real browser: fetches a workbook served by the test, runs the
// dry run through the same client the UI uses, and reports what happened.
import { startWorkbookImport } from '../../../renderer/services/workbook/workbook-import-client.ts';
import type { PageImportSummary } from './workbook-worker-summary.ts';


async function runImport(url: string, cancelAtFirstProgress: boolean): Promise<PageImportSummary> {
  const file = await (await fetch(url)).blob();
  const progress: number[] = [];
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const job = startWorkbookImport(
    () => new Worker('/worker.js', { type: 'module' }),
    file,
    { profile: 'anhui', today: '2026-11-22' },
    (fraction) => {
      progress.push(fraction);
      if (cancelAtFirstProgress) job.cancel();
    },
  );
  const outcome = await job.result;
  clearInterval(timer);
  if (!outcome.ok) return { outcome: 'cancelled' in outcome ? 'cancelled' : 'crashed', progress, ticks };
  const read = outcome.result;
  if (!read.ok) return { outcome: 'failed', failureReason: read.failure.reason, failureMessage: read.failure.message.zh, progress, ticks };
  const text = JSON.stringify(read.dryRun.catalog);
  return {
    outcome: 'ok',
    resources: read.dryRun.stats.resources,
    items: read.dryRun.stats.items,
    findings: read.dryRun.report.counts.total,
    replacementChars: text.split('\uFFFD').length - 1,
    progress,
    ticks,
  };
}

(window as unknown as { runImport: typeof runImport }).runImport = runImport;
