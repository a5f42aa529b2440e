// The fuzz suites in a process of their own, so that an input that hangs can be stopped from outside (the test's
// watchdog kills this process when one input runs over its cap). Usage: fuzz-child.ts <corpus> <seed> <runs>
// <cliEvery> <format>… Every input goes through core's readers; every cliEvery-th also through the CLI command
// that reads it. It tells the parent, over the IPC channel, which input it starts, every defect it finds and the
// counts at the end of each format. Defects: a reader that throws, a CLI exit other than 0/1/2 or a throw out of the CLI, a
// temporary file left behind, an input changed (other than by `trust add`, which updates its store), anything
// changed by a command that refused its input (exit 2), an output that is neither untouched nor whole.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../../cli/run.ts';
import { parseTrustStore } from '../../../core/package/trust-store.ts';
import { FUZZ_PASSPHRASE, CORPUS } from './fuzz-corpus.ts';
import { FUZZ_TARGETS, type FuzzFormat, type FuzzSetup, type FuzzTarget } from './fuzz-targets.ts';

export interface FuzzCounts {
  /** CPU time this format took in this process, user and system, in ms (the machine's load does not inflate it). */
  cpuMs: number;
  accepted: number;
  refused: number;
  cliRuns: number;
  /** How often each CLI exit code came. */
  exits: Record<number, number>;
}

export type ChildMessage =
  | { type: 'input'; format: FuzzFormat; index: number; description: string }
  | { type: 'defect'; format: FuzzFormat; index: number; description: string; problem: string }
  | ({ type: 'done'; format: FuzzFormat } & FuzzCounts);

const [corpus, seedText, runsText, cliEveryText, ...formats] = process.argv.slice(2) as [string, string, string, string, ...FuzzFormat[]];
const send = (message: ChildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
process.env.MULU_PASSPHRASE = FUZZ_PASSPHRASE;
const trust = await parseTrustStore(readFileSync(join(corpus, CORPUS.trust), 'utf8'));
if (!trust.ok) throw new Error('fuzz: the corpus trust store does not parse');
const setup: FuzzSetup = { corpus, trust: trust.store };
const SENTINEL = Buffer.from('the output of an earlier run\n');
const quiet = { write: () => true };

for (const format of formats) await fuzz(format);
process.disconnect();

async function fuzz(format: FuzzFormat): Promise<void> {
  const target = FUZZ_TARGETS[format];
  const base = readFileSync(join(corpus, target.seed));
  const inputs = fc.sample(target.mutations(base), { seed: Number(seedText), numRuns: Number(runsText) });
  const cpuBefore = process.cpuUsage();
  const counts = { accepted: 0, refused: 0, cliRuns: 0 };
  const exits: FuzzCounts['exits'] = {};

  for (const [index, input] of inputs.entries()) {
    await send({ type: 'input', format, index, description: input.description });
    const defect = (problem: string) => send({ type: 'defect', format, index, description: input.description, problem });
    try {
      counts[await target.read(input.bytes, setup)]++;
    } catch (err) {
      await defect(`the reader threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    if (index % Number(cliEveryText) !== 0) continue;

    counts.cliRuns++;
    const code = await throughCli(target, input.bytes, join(corpus, `work-${format}`), defect);
    if (code !== undefined) exits[code] = (exits[code] ?? 0) + 1;
  }
  const cpu = process.cpuUsage(cpuBefore);
  await send({ type: 'done', format, ...counts, exits, cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
}

/** Runs the target's command on one input in an empty folder; the exit code, or undefined when the CLI threw. */
async function throughCli(target: FuzzTarget, bytes: Uint8Array, work: string, defect: (problem: string) => Promise<void>): Promise<number | undefined> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  const inputPath = join(work, `input${extname(target.seed)}`);
  const { output } = target;
  const outPath = join(work, output && 'name' in output ? output.name : 'no-output');
  writeFileSync(inputPath, bytes);
  if (output && 'name' in output) writeFileSync(outPath, SENTINEL);
  const argv = target.cli(inputPath, outPath, corpus);
  let code: number;
  try {
    code = await runCli(argv, { out: quiet, err: quiet });
  } catch (err) {
    await defect(`mulu ${argv[0]} threw (exit 70): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return undefined;
  }
  if (![0, 1, 2].includes(code)) await defect(`mulu ${argv[0]} exited ${code}`);
  const left = readdirSync(work).filter((f) => join(work, f) !== inputPath && join(work, f) !== outPath);
  if (left.length) await defect(`files left behind: ${left.join(', ')}`);
  const inputAfter = readFileSync(inputPath);
  const inPlace = output !== undefined && 'inPlace' in output;
  if (!inPlace && !inputAfter.equals(bytes)) await defect('the input file was changed');
  if (!output) return code;
  const written = inPlace ? inputAfter : readFileSync(outPath);
  if (written.equals(inPlace ? bytes : SENTINEL)) return code; // untouched
  // Exit 1 (errors found) may still write, as import does; exit 2 (unusable input) must leave everything as it was.
  if (code === 2) await defect(`mulu ${argv[0]} refused the input (exit 2), yet it changed ${inPlace ? 'the input' : 'the output'}`);
  if (!output.complete(written)) await defect('the written file is not whole');
  return code;
}
