// Seeded fuzz suites, one per format read from outside (workbook, package, receipt, trust store, key file, catalog
// JSON): each mutates its valid seed file FUZZ_RUNS times (default 1,000) and feeds every input to core's readers,
// every CLI_EVERY-th also to the CLI command that reads it (fuzz-child.ts lists what counts as a defect). They run in
// a child process with a watchdog: an input still running after INPUT_CAP_MS is a hang, reported with its seed,
// index and mutation. The seed is printed; FUZZ_SEED=<n> repeats a run's mutations (on a corpus made afresh, so keys
// and signatures differ), FUZZ_RUNS=<n> changes its size.
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChildMessage, FuzzCounts } from './fuzz-child.ts';
import { writeCorpus } from './fuzz-corpus.ts';
import { FUZZ_FORMATS, type FuzzFormat } from './fuzz-targets.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const CLI_EVERY = 50;
/** A hang, not a speed limit: generous because the machine running the tests may be heavily shared. */
const INPUT_CAP_MS = 60_000;

type Defect = Extract<ChildMessage, { type: 'defect' }>;
type Hang = { format: FuzzFormat; index: number; description: string };

const results = new Map<FuzzFormat, FuzzCounts & { wallMs: number }>();
const defects: Defect[] = [];
let hang: Hang | undefined;
let childFailure = '';

function runChild(corpus: string): Promise<void> {
  return new Promise((resolve) => {
    const child = fork(join(import.meta.dirname, 'fuzz-child.ts'), [corpus, String(SEED), String(RUNS), String(CLI_EVERY), ...FUZZ_FORMATS], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let current: Hang | undefined;
    let formatStart = Date.now();
    let watchdog: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        hang = current ?? { format: FUZZ_FORMATS[0], index: -1, description: 'the child did not start' };
        child.kill('SIGKILL');
      }, INPUT_CAP_MS);
    };
    arm();
    child.stderr!.on('data', (chunk: Buffer) => (childFailure += chunk.toString()));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'input') {
        if (current?.format !== message.format) formatStart = Date.now();
        current = message;
        arm();
      } else if (message.type === 'defect') defects.push(message);
      else results.set(message.format, { ...message, wallMs: Date.now() - formatStart });
    });
    child.on('exit', () => {
      clearTimeout(watchdog);
      resolve();
    });
  });
}

describe(`fuzz suites (seed ${SEED}, ${RUNS} inputs per format)`, () => {
  beforeAll(async () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} inputs per format; reproduce with FUZZ_SEED=${SEED} npx vitest run test/unit/fuzz`);
    const corpus = mkdtempSync(join(tmpdir(), 'mulu-fuzz-'));
    await writeCorpus(corpus);
    await runChild(corpus);
    const rows = [...results].map(([format, r]) => `${format.padEnd(9)} ${String(r.wallMs).padStart(7)} ms wall ${String(r.cpuMs).padStart(7)} ms CPU  ${r.accepted} accepted, ${r.refused} refused, CLI exits ${JSON.stringify(r.exits)}`);
    console.log(`fuzz results:\n${rows.join('\n')}`);
  }, 30 * 60_000);

  it.each(FUZZ_FORMATS)('%s: every input answered, by value, with no hang, crash, stray file or torn write', (format) => {
    const hung = hang?.format === format ? hang : undefined;
    expect(hung, `input ${hung?.index} (seed ${SEED}) ran over ${INPUT_CAP_MS} ms: ${hung?.description}`).toBeUndefined();
    const result = results.get(format);
    const why = hang ? `the fuzz process was stopped at a hang in ${hang.format}` : `the fuzz process ended early:\n${childFailure}`;
    expect(result, why).toBeDefined();
    expect(defects.filter((d) => d.format === format)).toEqual([]);
    expect(result!.accepted + result!.refused).toBe(RUNS);
    expect(result!.refused).toBeGreaterThan(0); // the mutations do damage
    expect(result!.cliRuns).toBe(Math.ceil(RUNS / CLI_EVERY));
    expect(Object.values(result!.exits).reduce((a, b) => a + b, 0)).toBe(result!.cliRuns);
  });
});
