// mulu inspect <pkg.zip>
// Shows what a package says about itself without checking the signature or trust: for a person deciding what a
// file is before verifying it. The container and manifest are still read safely (core/package/read-package.ts),
// and the output says loudly that nothing was verified.
import { readPackage } from '../../core/package/read-package.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { formatManifestSummary } from '../package-summary.ts';
import { readBytes } from '../read-input.ts';

export const USAGE = {
  zh: '用法：mulu inspect <目录包.zip>',
  en: 'usage: mulu inspect <pkg.zip>',
};

export async function inspectCommand({ positionals, out }: CommandContext): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE.zh, USAGE.en);
  const read = readPackage(await readBytes(file, 'package'));
  // A file that is not a readable package is unusable input (exit 2), as for every other command; verify, which
  // judges packages, reports the same as its finding instead.
  if (!read.ok) {
    throw new UsageError(
      `无法读取目录包 ${file}（${read.reason}${read.containerReason ? `：${read.containerReason}` : ''}）：${read.message.zh}`,
      `cannot read the package ${file} (${read.reason}${read.containerReason ? `: ${read.containerReason}` : ''}): ${read.message.en}`,
    );
  }
  out.write(
    `未经验证：以下为目录包的自述内容，签名和信任均未检查；接收前请用 mulu verify 验证。\n` +
      `NOT VERIFIED: this is what the package says about itself; neither the signature nor trust was checked. Run mulu verify before accepting it.\n` +
      `${file}\n${formatManifestSummary(read.contents.manifest)}`,
  );
  return EXIT_OK;
}
