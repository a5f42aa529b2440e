// Runs the real OpenSSL 3 command-line tool for the interoperability tests. A missing or older openssl fails the
// tests with instructions rather than skipping them: interoperability is the point of the signature format.
import { spawnSync } from 'node:child_process';

export function requireOpenSsl3(): string {
  const run = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  const found = run.error ? `not runnable (${run.error.message})` : run.stdout.trim() || run.stderr.trim();
  if (run.status !== 0 || !/^OpenSSL 3\./.test(run.stdout)) {
    throw new Error(
      `The crypto interoperability tests need the OpenSSL 3 command-line tool as \`openssl\` on PATH; found: ${found}. ` +
        'Install it (Debian/Ubuntu: apt-get install openssl) and run the tests again.',
    );
  }
  return run.stdout.trim();
}

export interface OpenSslRun {
  status: number | null;
  /** stdout and stderr together: OpenSSL prints verification results on stdout and errors on stderr */
  output: string;
}

export function openssl(args: readonly string[], cwd: string): OpenSslRun {
  const run = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Runs openssl and fails the test with OpenSSL's own output if it does not succeed. */
export function opensslOk(args: readonly string[], cwd: string): string {
  const run = openssl(args, cwd);
  if (run.status !== 0) throw new Error(`openssl ${args.join(' ')} exited with ${run.status}:\n${run.output}`);
  return run.output;
}
