// npm run dist:offline [-- --platform linux|win]: the installers, built from a prepared folder only (MULU_OFFLINE_DIR,
// default offline-artifacts/). Every missing file or program is listed, with where to put it, before anything is
// built; then the renderer and shell are built, electron-builder runs with downloads replaced by the folder, and
// SHA-256 and SM3 checksums are written beside the artifacts. See docs/offline-build.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { npmRunCommand, stepFailure } from './lib/npm-command.mjs';
import { TARGETS, builderSettings, describeMissingArtifacts, requiredArtifacts, requiredPrograms } from './lib/offline-artifacts.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const platformArg = args.includes('--platform') ? args[args.indexOf('--platform') + 1] : process.platform === 'win32' ? 'win' : 'linux';
if (platformArg !== 'linux' && platformArg !== 'win') {
  console.error(`--platform 只能是 linux 或 win，收到「${platformArg}」/ --platform must be linux or win`);
  process.exit(2);
}
const targets = TARGETS[platformArg];
const dir = resolve(process.env.MULU_OFFLINE_DIR ?? 'offline-artifacts');
const onPath = (/** @type {string} */ program) => spawnSync(program, ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
const host = {
  electronVersion: JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version,
  hostArch: process.arch,
  hostPlatform: process.platform,
  systemFpm: onPath('fpm'),
};

const missing = requiredArtifacts(targets, host).filter((a) => !existsSync(resolve(dir, a.path)));
const programs = requiredPrograms(targets, host).filter((p) => !onPath(p.path));
if (missing.length || programs.length) {
  console.error(describeMissingArtifacts(dir, missing, programs));
  process.exit(1);
}

const hostInfo = { env: process.env, execPath: process.execPath, platform: process.platform };
const run = (/** @type {string} */ label, /** @type {{ command: string, args: string[], shell: boolean }} */ cmd, env = process.env) => {
  const result = spawnSync(cmd.command, cmd.args, { stdio: 'inherit', shell: cmd.shell, env });
  if (result.status !== 0) {
    console.error(stepFailure(label, result));
    process.exit(result.status || 1);
  }
};
run('build:renderer', npmRunCommand('build:renderer', hostInfo));
run('build:electron', npmRunCommand('build:electron', hostInfo));
const settings = builderSettings(dir, targets, host);
run('electron-builder', { command: process.execPath, args: [require.resolve('electron-builder/cli.js'), `--${platformArg}`, ...settings.args], shell: false }, { ...process.env, ...settings.env });
run('checksums', npmRunCommand('checksums', hostInfo));
