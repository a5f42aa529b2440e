// Running the `mulu` command in-process for tests, with its output captured: what the CLI tests share.
import { runCli } from '../../cli/run.ts';

export interface CliOutcome {
  code: number;
  out: string;
  err: string;
}

export async function runMulu(...argv: string[]): Promise<CliOutcome> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } });
  return { code, out, err };
}
