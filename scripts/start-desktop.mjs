// npm start: the desktop app. Finds the Electron runtime first (the electron package downloads it on first use),
// and where there is none and none can be downloaded (isolated machines, our build machines) says so plainly and
// points to `npm run web`, instead of a stack trace. Then builds the renderer and the shell and launches Electron.
import { spawn } from 'node:child_process';
import { electronRuntime, runNpmScripts } from './lib/desktop-launch.mjs';

const runtime = electronRuntime();
if (!runtime) {
  console.error(
    [
      '',
      '无法启动桌面程序：本机没有 Electron 运行时，也无法下载（没有互联网连接）。',
      '  · 在浏览器中使用同一界面：npm run web，然后用 Chromium 打开显示的地址；',
      '  · 或把官方 Electron 运行时解压到一个目录，设置 ELECTRON_OVERRIDE_DIST_PATH=<该目录> 后再运行 npm start（见 README“桌面程序”）。',
      'The desktop app cannot start: there is no Electron runtime here and it cannot be downloaded (no internet).',
      '  · Use the same interface in a browser: npm run web, then open the address it prints in Chromium;',
      '  · or unpack the official Electron runtime into a folder, set ELECTRON_OVERRIDE_DIST_PATH to it and run npm start again (README, "desktop app").',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

runNpmScripts(['build:renderer', 'build:electron']);
const app = spawn(runtime, ['.'], { stdio: 'inherit' });
app.on('error', (error) => {
  console.error(`无法启动 Electron 运行时（${runtime}）：${error.message}\nCould not launch the Electron runtime (${runtime}): ${error.message}`);
  process.exit(1);
});
app.on('exit', (code) => process.exit(code ?? 0));
