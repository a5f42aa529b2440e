// Ctrl-C (SIGINT) or SIGTERM in the middle of an atomic write once left a temporary `catalog.json.xxxx.tmp` behind.
// The write runs in a child process that signals itself mid-write; afterwards the folder must be empty and the
// process must have ended by that signal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'fixtures', 'interrupted-write.ts');

describe('an atomic write interrupted by a signal', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s leaves no temporary file', (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'mulu-signal-'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, dir, signal], { encoding: 'utf8', timeout: 60_000 });
    expect(child.stdout, child.stderr).not.toContain('finished before the signal');
    expect(child.signal).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  });
});
