// `--help` (or -h) after any command prints that command's usage on stdout and exits 0 without doing anything:
// `mulu sample --help --out x.json` once wrote a catalog.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { COMMAND_NAMES } from '../../../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-help-'));

describe('--help on every command', () => {
  it.each(COMMAND_NAMES)('mulu %s --help prints its usage, exits 0 and writes nothing', async (name) => {
    const out = join(dir, `${name}.out.xlsx`);
    for (const flag of ['--help', '-h']) {
      const r = await runMulu(name, flag, '--out', out);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`用法：mulu ${name}`);
      expect(r.out).toContain(`usage: mulu ${name}`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('covers every command the dispatcher registers', () => {
    // The usage printed for no command lists them too; a command missing here would be missing there.
    expect(COMMAND_NAMES).toEqual(expect.arrayContaining(['validate', 'sample', 'pack', 'verify', 'receipt', 'registration', 'lists', 'aggregate']));
  });

  it.each([['receipt', 'create'], ['receipt', 'verify'], ['trust', 'add']])('mulu %s %s --help prints the usage and does nothing', async (name, sub) => {
    const out = join(dir, `${name}-${sub}.out`);
    const r = await runMulu(name, sub, '--help', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`用法：mulu ${name}`);
    expect(existsSync(out)).toBe(false);
  });

  it('needs no valid arguments besides it', async () => {
    const r = await runMulu('pack', '--help', '--no-such-option');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：mulu pack');
  });
});
