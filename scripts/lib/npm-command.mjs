// How a Node script runs an npm script on every platform. `spawnSync('npm', …)` without a shell fails on Windows,
// where npm is `npm.cmd` (and Node refuses to spawn .cmd files without a shell since the 2024 security releases).
// Under `npm start` npm says where its own CLI is (npm_execpath): run that with this very Node, no shell involved.
// Run by hand (no npm_execpath), fall back to the platform's npm through the shell on Windows only.

/**
 * @param {string} script the package.json script
 * @param {{ env: Record<string, string | undefined>, execPath: string, platform: string }} host
 * @returns {{ command: string, args: string[], shell: boolean }}
 */
export function npmRunCommand(script, { env, execPath, platform }) {
  const npmCli = env.npm_execpath;
  if (npmCli && /\.[cm]?js$/i.test(npmCli)) return { command: execPath, args: [npmCli, 'run', '--silent', script], shell: false };
  if (platform === 'win32') return { command: 'npm.cmd', args: ['run', '--silent', script], shell: true };
  return { command: 'npm', args: ['run', '--silent', script], shell: false };
}

/**
 * What to tell the user when a step did not finish: which step, how it ended, in Chinese and English.
 * @param {string} script
 * @param {{ status: number | null, signal?: string | null, error?: Error }} result
 */
export function stepFailure(script, result) {
  const how = result.error
    ? `无法运行：${result.error.message} / could not run: ${result.error.message}`
    : result.signal
      ? `被信号 ${result.signal} 中止 / stopped by signal ${result.signal}`
      : `退出码 ${result.status} / exit code ${result.status}`;
  return `npm start：步骤 npm run ${script} 未完成（${how}）。\nnpm start: step "npm run ${script}" failed (${how}).`;
}
