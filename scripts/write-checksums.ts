// npm run checksums [-- <folder>]: SHA256SUMS and SM3SUMS beside every artifact in dist/ (scripts/lib/checksums.ts).
import { writeChecksums } from './lib/checksums.ts';

const dir = process.argv[2] ?? 'dist';
try {
  const names = await writeChecksums(dir);
  if (names.length === 0) {
    console.error(`${dir} 中没有可计算校验值的文件 / no artifacts in ${dir}`);
    process.exit(1);
  }
  console.log(`已为 ${names.length} 个文件写入 ${dir}/SHA256SUMS 与 ${dir}/SM3SUMS / checksums written for ${names.length} file(s)`);
} catch (error) {
  console.error(`无法写入校验值（${dir}）：${(error as Error).message} / could not write checksums`);
  process.exit(2);
}
