// One `mulu aggregate` run in its own process, so that its peak RSS is its own (RSS never goes down within a
// process). Runs the command itself (cli/run.ts), reading the package files one at a time as it does for a user.
// Prints {"ms":…,"cpuMs":…,"rssMB":…,"accepted":…,"resources":…} as its last line. Run by province.bench.ts, not by hand.
//   node --import tsx test/bench/aggregate-task.ts <trust.json> <out.json> <report.json> <pkg.zip>...
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runCli } from '../../cli/run.ts';

const [trust, out, report, ...packages] = process.argv.slice(2) as [string, string, string, ...string[]];
const sink = { write: () => true };
const cpu = process.cpuUsage();
const t = performance.now();
const code = await runCli(['aggregate', ...packages, '--trust', trust, '--out', out, '--report', report, '--profile', 'sixian'], { out: sink, err: sink });
const ms = performance.now() - t;
const used = process.cpuUsage(cpu);
if (code === 2) throw new Error('aggregate refused its input');
const rssMB = process.resourceUsage().maxRSS / 1024;
// Read after the peak was taken (exit 1 is expected: the bench's shared names make 一数一源 conflicts).
const { counts, county } = JSON.parse(readFileSync(report, 'utf8')) as { counts: { accepted: number }; county: { resources: number } };
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, rssMB, accepted: counts.accepted, resources: county.resources })}\n`);
