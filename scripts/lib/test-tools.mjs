// The programs the tests run besides Node, checked all at once before `npm test` so a fresh machine learns every
// missing one with the command that installs it, instead of meeting them one failing test at a time.

/**
 * @typedef {{ run: (command: string, args: string[]) => { ok: boolean, stdout: string }, env: Record<string, string | undefined> }} Probe
 * @typedef {{ tool: string, why: string, install: string }} MissingTool
 */

/** @param {Probe} probe @returns {MissingTool[]} */
export function missingTestTools(probe) {
  /** @type {MissingTool[]} */
  const missing = [];
  const chromium = probe.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!probe.run(chromium, ['--version']).ok) {
    missing.push({ tool: `Chromium（${chromium}）`, why: '浏览器测试 / browser tests', install: 'apt-get install -y chromium（或设置 CHROMIUM_PATH / or set CHROMIUM_PATH）' });
  }
  if (!probe.run('soffice', ['--version']).ok) {
    missing.push({ tool: 'LibreOffice（soffice）', why: '工作簿互通测试 / workbook interoperability tests', install: 'apt-get install -y libreoffice-calc' });
  }
  const openssl = probe.run('openssl', ['version']);
  if (!openssl.ok || !/^OpenSSL 3\./.test(openssl.stdout)) {
    missing.push({ tool: `OpenSSL 3${openssl.ok ? `（现有 / found: ${openssl.stdout.trim()}）` : ''}`, why: '签名互通测试 / signature interoperability tests', install: 'apt-get install -y openssl' });
  }
  if (!probe.run('makensis', ['-VERSION']).ok) {
    missing.push({ tool: 'NSIS（makensis）', why: 'Windows 安装程序脚本的编译测试 / the Windows installer script compile test', install: 'apt-get install -y nsis' });
  }
  if (!probe.run('jq', ['--version']).ok) {
    missing.push({ tool: 'jq', why: '回执互通测试 / receipt interoperability tests', install: 'apt-get install -y jq' });
  }
  if (!probe.run('python3', ['--version']).ok) {
    missing.push({ tool: 'Python 3', why: '浏览器版文件夹的服务程序 / the web folder’s server', install: 'apt-get install -y python3' });
  }
  const fonts = probe.run('fc-list', [':lang=zh', 'family']);
  if (!fonts.ok || !/Noto Sans CJK/.test(fonts.stdout)) {
    missing.push({ tool: 'Noto CJK 字体 / fonts', why: '截图中的中文 / Chinese text in screenshots', install: 'apt-get install -y fonts-noto-cjk' });
  }
  return missing;
}

/** @param {MissingTool[]} missing */
export function describeMissingTools(missing) {
  return [
    `运行测试还缺少 ${missing.length} 个程序 / the tests need ${missing.length} more program(s):`,
    ...missing.map((m) => `  · ${m.tool} — ${m.why}\n      ${m.install}`),
    'Debian/UOS/麒麟：先运行 apt-get update。.ci/run 会自动安装这些程序。/ run apt-get update first; .ci/run installs them itself.',
  ].join('\n');
}
