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
