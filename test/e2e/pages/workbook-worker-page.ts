// Test page for the workbook-import worker in a real browser: fetches a workbook served by the test, runs the
// dry run through the same client the UI uses, and reports what happened.
import { startWorkbookImport } from '../../../renderer/workbook/workbook-import-client.ts';
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
  if (outcome.ok) {
    const text = JSON.stringify(outcome.dryRun.catalog);
    return {
      outcome: 'ok',
      resources: outcome.dryRun.stats.resources,
      items: outcome.dryRun.stats.items,
      findings: outcome.dryRun.report.counts.total,
      replacementChars: text.split('\uFFFD').length - 1,
      progress,
      ticks,
    };
  }
  if ('failure' in outcome) return { outcome: 'failed', failureReason: outcome.failure.reason, failureMessage: outcome.failure.message.zh, progress, ticks };
  return { outcome: 'cancelled' in outcome ? 'cancelled' : 'crashed', progress, ticks };
}

(window as unknown as { runImport: typeof runImport }).runImport = runImport;
