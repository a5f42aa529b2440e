// Tiny timing helpers for the benchmark tables: several runs, the median quoted.
import { performance } from 'node:perf_hooks';

export interface BenchTable {
  title: string;
  header: string[];
  rows: string[][];
}

// With --expose-gc (npm run bench sets it), every timed run starts from a collected heap, so one
// run's garbage is not billed to the next and figures at 40k resources stop swinging.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

export function time(runs: number, fn: () => unknown): number[] {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

// The same protocol for async work (packing and verifying await hash-wasm): a warm-up, then each run from a
// collected heap.
export async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  return (await timeInterleaved(runs, [fn]))[0]!.wall;
}

/**
 * Several operations timed in turn within each run (after one warm-up of each), so that a slow spell of a shared
 * machine falls on all of them rather than on whichever was measured then: the fair way to compare one with another.
 * Wall-clock and CPU milliseconds (user + system, this process) per run: the wall clock also counts the time the
 * process waited for a core, the CPU time does not.
 */
export async function timeInterleaved(runs: number, fns: readonly (() => Promise<unknown>)[]): Promise<{ wall: number[]; cpu: number[] }[]> {
  for (const fn of fns) await fn();
  const out = fns.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      collect();
      const before = process.cpuUsage();
      const t = performance.now();
      await fn();
      out[k]!.wall.push(performance.now() - t);
      const used = process.cpuUsage(before);
      out[k]!.cpu.push((used.user + used.system) / 1000);
    }
  }
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function renderTable(t: BenchTable): string {
  const widths = t.header.map((h, i) => Math.max(h.length, ...t.rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [`### ${t.title}`, '', line(t.header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...t.rows.map(line), ''].join('\n');
}
