// Runs one workbook-task.ts operation RUNS times, each in its own process so that its peak RSS is its own, and
// reports the median time and the highest peak. Shared by workbook.bench.ts and lists.bench.ts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './harness.ts';

export const RUNS = 3;
const TASK = join(import.meta.dirname, 'workbook-task.ts');

export interface Sample {
  ms: number;
  rssMB: number;
}

export function runTask(task: string, input: string, output?: string): Sample {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', TASK, task, input, ...(output ? [output] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Sample;
}

export function measureTask(task: string, input: string, output?: string): Sample {
  const samples = Array.from({ length: RUNS }, () => runTask(task, input, output));
  return { ms: median(samples.map((s) => s.ms)), rssMB: Math.max(...samples.map((s) => s.rssMB)) };
}
