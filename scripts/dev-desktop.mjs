// npm run dev: the desktop app with live reload. The renderer is rebuilt into out/renderer on every change
// (vite build --watch) and the shell reloads its window when a rebuild settles (electron/window/dev-reload.ts); the
// page still comes from app:// under the packaged app's policies. The shell is built once: restart for changes under
// electron/. Needs the Electron runtime, like npm start.
import { spawn } from 'node:child_process';
import { electronRuntime, runNpmScripts } from './lib/desktop-launch.mjs';
import { npmRunCommand } from './lib/npm-command.mjs';

const runtime = electronRuntime();
if (!runtime) {
  console.error('没有 Electron 运行时，无法启动桌面开发环境；界面开发可用 npm run dev:renderer（浏览器中实时刷新）。\nNo Electron runtime: use npm run dev:renderer (live reload in a browser) instead.');
  process.exit(1);
}
runNpmScripts(['build:renderer', 'build:electron']);
const watch = npmRunCommand('build:renderer:watch', { env: process.env, execPath: process.execPath, platform: process.platform });
const watcher = spawn(watch.command, watch.args, { stdio: 'inherit', shell: watch.shell });
const app = spawn(runtime, ['.'], { stdio: 'inherit', env: { ...process.env, MULU_DEV_RELOAD: '1' } });
app.on('exit', (code) => {
  watcher.kill();
  process.exit(code ?? 0);
});
