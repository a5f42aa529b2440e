// What `npm start` and `npm run dev` share: finding the Electron runtime (the electron package downloads it on first
// use, or ELECTRON_OVERRIDE_DIST_PATH points to one) and building the renderer and the shell before launching it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { npmRunCommand, stepFailure } from './npm-command.mjs';

const require = createRequire(import.meta.url);

/** The runtime's executable, or undefined where there is none and none can be downloaded. */
export function electronRuntime() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the npm scripts in order, stopping the process with a message naming the step that failed. */
export function runNpmScripts(/** @type {string[]} */ scripts) {
  const host = { env: process.env, execPath: process.execPath, platform: process.platform };
  for (const script of scripts) {
    const { command, args, shell } = npmRunCommand(script, host);
    const built = spawnSync(command, args, { stdio: 'inherit', shell });
    if (built.status !== 0) {
      console.error(stepFailure(script, built));
      process.exit(built.status || 1);
    }
  }
}
