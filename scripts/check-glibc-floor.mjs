// npm run check:glibc [-- <folder>...]: every ELF file of the unpacked Linux builds (default dist/linux-unpacked and
// dist/linux-arm64-unpacked) must run on glibc 2.28 (UOS 20, Kylin V10). Exit 0 within the floor, 1 above it naming
// the file and the symbols, 2 when there is nothing to check.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GLIBC_FLOOR, compareVersions, requiredGlibc } from './lib/glibc-floor.mjs';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['dist/linux-unpacked', 'dist/linux-arm64-unpacked'].filter((d) => existsSync(d));
if (dirs.length === 0) {
  console.error('没有找到 Linux 构建（dist/linux-unpacked）；请先运行 npm run dist:offline。/ No unpacked Linux build found; run npm run dist:offline first.');
  process.exit(2);
}

/** @param {string} path */
function isElf(path) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === '\x7fELF';
  } finally {
    closeSync(fd);
  }
}

/** @param {string} dir @returns {string[]} */
function elfFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile() && isElf(path));
}

let above = 0;
let checked = 0;
for (const dir of dirs) {
  for (const file of elfFiles(dir)) {
    const dump = spawnSync('objdump', ['-T', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (dump.status !== 0) {
      console.error(`objdump 无法读取 ${file}：${dump.stderr || dump.error?.message} / objdump could not read it`);
      process.exit(2);
    }
    checked++;
    const { highest, symbols } = requiredGlibc(dump.stdout);
    if (highest && compareVersions(highest, GLIBC_FLOOR) > 0) {
      above++;
      console.error(`${file} 需要 glibc ${highest}（高于 ${GLIBC_FLOOR}）：${symbols.slice(0, 5).join(', ')} / needs glibc ${highest}`);
    }
  }
}
console.log(`检查了 ${checked} 个 ELF 文件，${above} 个需要高于 glibc ${GLIBC_FLOOR} 的版本 / checked ${checked} ELF file(s), ${above} above glibc ${GLIBC_FLOOR}`);
process.exit(above ? 1 : 0);
