// How `npm start` runs its build steps: on Windows `npm` is npm.cmd and cannot be spawned without a shell, so the
// steps run npm's own CLI with this Node; a failed step is named with how it ended.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRunCommand, stepFailure } from '../../../scripts/lib/npm-command.mjs';

// Where npm lives beside this Node when the test is not started by npm (a Debian or nodejs.org install).
const NPM_CLI = join(dirname(realpathSync(process.execPath)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

describe('npmRunCommand', () => {
  it('runs npm’s own CLI with this Node when npm started us, on Windows as elsewhere', () => {
    for (const platform of ['win32', 'linux']) {
      expect(npmRunCommand('build:renderer', { env: { npm_execpath: 'C:\\npm\\bin\\npm-cli.js' }, execPath: 'C:\\node\\node.exe', platform })).toEqual({
        command: 'C:\\node\\node.exe',
        args: ['C:\\npm\\bin\\npm-cli.js', 'run', '--silent', 'build:renderer'],
        shell: false,
      });
    }
  });

  it('falls back to npm.cmd through the shell on Windows, and to plain npm elsewhere', () => {
    expect(npmRunCommand('x', { env: {}, execPath: 'node', platform: 'win32' })).toEqual({ command: 'npm.cmd', args: ['run', '--silent', 'x'], shell: true });
    expect(npmRunCommand('x', { env: {}, execPath: 'node', platform: 'linux' })).toEqual({ command: 'npm', args: ['run', '--silent', 'x'], shell: false });
    // pnpm or yarn set npm_execpath to a binary, not a script: not something to hand to Node
    expect(npmRunCommand('x', { env: { npm_execpath: '/usr/bin/pnpm' }, execPath: 'node', platform: 'linux' }).command).toBe('npm');
  });

  const dir = mkdtempSync(join(tmpdir(), 'mulu-npm-command-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a real npm script without a shell', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts: { probe: 'node -e "console.log(21 * 2)"' } }));
    const npmCli = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : NPM_CLI;
    const { command, args, shell } = npmRunCommand('probe', { env: { npm_execpath: npmCli }, execPath: process.execPath, platform: process.platform });
    const run = spawnSync(command, args, { cwd: dir, encoding: 'utf8', shell });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('42');
  });
});

describe('stepFailure', () => {
  it('names the step and how it ended, in Chinese and English', () => {
    expect(stepFailure('build:renderer', { status: 2 })).toBe(
      'npm start：步骤 npm run build:renderer 未完成（退出码 2 / exit code 2）。\nnpm start: step "npm run build:renderer" failed (退出码 2 / exit code 2).',
    );
    expect(stepFailure('build:electron', { status: null, signal: 'SIGKILL' })).toContain('被信号 SIGKILL 中止');
    expect(stepFailure('build:electron', { status: null, error: new Error('spawn npm ENOENT') })).toContain('无法运行：spawn npm ENOENT');
  });
});
