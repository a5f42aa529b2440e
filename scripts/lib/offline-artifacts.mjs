// What `npm run dist:offline` needs on a machine without internet, and how electron-builder is pointed at it.
// electron-builder downloads the Electron runtime for each target and, per format, its own tools (fpm for deb, the
// AppImage tools, NSIS and rcedit for Windows). Offline, each comes from one prepared folder instead: the runtime zips
// through `electronDist` (a folder holding electron-v<version>-<platform>-<arch>.zip), the tools through the
// environment variables electron-builder 26 reads before it would download (app-builder-lib toolsets/*.js). The
// layout below mirrors the archives electron-builder itself uses (its legacy 0.0.0 toolsets, our configuration's
// default), so a folder filled on a connected machine works unchanged.

/** @typedef {{ platform: 'linux' | 'win32', arch: 'x64' | 'arm64', format: 'deb' | 'AppImage' | 'nsis' | 'zip' }} Target */
/** @typedef {{ path: string, what: string, from: string }} Artifact */

/** The targets of electron-builder.yml, by the platform that builds them. */
export const TARGETS = {
  linux: /** @type {Target[]} */ ([
    { platform: 'linux', arch: 'x64', format: 'deb' },
    { platform: 'linux', arch: 'arm64', format: 'deb' },
    { platform: 'linux', arch: 'x64', format: 'AppImage' },
    { platform: 'linux', arch: 'arm64', format: 'AppImage' },
  ]),
  win: /** @type {Target[]} */ ([
    { platform: 'win32', arch: 'x64', format: 'nsis' },
    { platform: 'win32', arch: 'x64', format: 'zip' },
  ]),
};

/**
 * Every file the targets need from the offline folder (paths relative to it), without repeats.
 * @param {readonly Target[]} targets
 * @param {{ electronVersion: string, hostArch: string, hostPlatform: string, systemFpm: boolean }} host
 * @returns {Artifact[]}
 */
export function requiredArtifacts(targets, host) {
  /** @type {Map<string, Artifact>} */
  const need = new Map();
  const add = (/** @type {Artifact} */ a) => need.set(a.path, a);
  const hostTools = host.hostArch === 'arm64' ? 'arm64' : 'x64';
  for (const t of targets) {
    const zip = `electron-v${host.electronVersion}-${t.platform}-${t.arch}.zip`;
    add({ path: `electron/${zip}`, what: `Electron ${host.electronVersion} 运行时 / runtime (${t.platform} ${t.arch})`, from: `Electron 官方发布页 / the official Electron release: ${zip}` });
    if (t.format === 'deb' && !host.systemFpm) {
      add({ path: 'fpm/fpm', what: 'fpm（制作 deb / builds the deb）', from: `解压 electron-builder 的 fpm-1.17.0-ruby-3.4.3-linux-${hostTools === 'arm64' ? 'arm64v8' : 'amd64'}.7z 到 fpm/ / unpack it into fpm/` });
    }
    if (t.format === 'AppImage') {
      for (const file of [`linux-${hostTools}/mksquashfs`, `linux-${hostTools}/desktop-file-validate`, `runtime-${t.arch}`]) {
        add({ path: `appimage/${file}`, what: 'AppImage 工具 / tools', from: '解压 electron-builder 的 appimage-12.0.1.7z 到 appimage/ / unpack it into appimage/' });
      }
    }
    if (t.format === 'nsis') {
      const makensis = host.hostPlatform === 'win32' ? 'Bin/makensis.exe' : 'linux/makensis';
      add({ path: `nsis/${makensis}`, what: 'NSIS（Windows 安装程序 / the Windows installer）', from: '解压 electron-builder 的 nsis-3.0.4.1.7z 到 nsis/ / unpack it into nsis/' });
      add({ path: 'nsis/elevate.exe', what: 'NSIS elevate.exe', from: '同上 nsis-3.0.4.1.7z / the same archive' });
      add({ path: 'nsis-resources/plugins', what: 'NSIS 插件 / plugins', from: '解压 electron-builder 的 nsis-resources-3.4.1.7z 到 nsis-resources/ / unpack it into nsis-resources/' });
    }
    if (t.platform === 'win32') {
      add({ path: 'rcedit/rcedit-x64.exe', what: 'rcedit（写入 Windows 程序图标与版本 / sets the exe icon and version）', from: '从 electron-builder 的 winCodeSign-2.6.0.7z 复制 rcedit-x64.exe 与 rcedit-ia32.exe 到 rcedit/ / copy both from it into rcedit/' });
      add({ path: 'rcedit/rcedit-ia32.exe', what: 'rcedit（32 位 / 32-bit）', from: '同上 / the same archive' });
    }
  }
  return [...need.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Programs the build runs from the system rather than from the folder: electron-builder stamps the Windows exe with
 * rcedit, a Windows program, which a Linux build machine runs through Wine.
 * @param {readonly Target[]} targets
 * @param {{ hostPlatform: string }} host
 * @returns {Artifact[]}
 */
export function requiredPrograms(targets, host) {
  if (host.hostPlatform === 'win32' || !targets.some((t) => t.platform === 'win32')) return [];
  return [{ path: 'wine', what: 'Wine（在 Linux 上运行 rcedit / runs rcedit on Linux）', from: 'apt-get install wine（或在 Windows 上构建 / or build on Windows）' }];
}

/**
 * The environment and configuration that make electron-builder take everything from the folder.
 * @param {string} dir the offline folder (absolute)
 * @param {readonly Target[]} targets
 * @param {{ systemFpm: boolean }} host
 */
export function builderSettings(dir, targets, host) {
  /** @type {Record<string, string>} */
  const env = {};
  const formats = new Set(targets.map((t) => t.format));
  if (formats.has('deb')) {
    if (host.systemFpm) env.USE_SYSTEM_FPM = 'true';
    else env.CUSTOM_FPM_PATH = `${dir}/fpm/fpm`;
  }
  if (formats.has('AppImage')) env.APPIMAGE_TOOLS_PATH = `${dir}/appimage`;
  if (formats.has('nsis')) {
    env.ELECTRON_BUILDER_NSIS_DIR = `${dir}/nsis`;
    env.ELECTRON_BUILDER_NSIS_RESOURCES_DIR = `${dir}/nsis-resources`;
  }
  if (targets.some((t) => t.platform === 'win32')) env.ELECTRON_BUILDER_RCEDIT_PATH = `${dir}/rcedit`;
  return { env, args: [`-c.electronDist=${dir}/electron`] };
}

/**
 * The message for a folder that lacks some artifacts: each missing file with where to put it and where it comes from.
 * @param {string} dir
 * @param {readonly Artifact[]} missing files missing from the folder
 * @param {readonly Artifact[]} [programs] programs missing from the system
 */
export function describeMissingArtifacts(dir, missing, programs = []) {
  return [
    `离线构建缺少 ${missing.length + programs.length} 项，未做任何构建。/ The offline build lacks ${missing.length + programs.length} thing(s); nothing was built.`,
    ...(missing.length ? [`请把下列文件放到 ${dir} 中 / put each file into ${dir}:`] : []),
    ...missing.map((m) => `  · ${m.path}\n      ${m.what}\n      来源 / from: ${m.from}`),
    ...(programs.length ? ['请安装下列程序 / install these programs:'] : []),
    ...programs.map((m) => `  · ${m.path} — ${m.what}\n      ${m.from}`),
    '如何在联网的机器上一次准备好这个文件夹，见 docs/offline-build.md。/ How to fill it once on a connected machine: docs/offline-build.md.',
  ].join('\n');
}
