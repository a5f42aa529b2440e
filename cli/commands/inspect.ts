// mulu inspect <pkg.zip>
// Shows what a package says about itself without checking the signature or trust: for a person deciding what a
// file is before verifying it. The container is still read safely (zip-reader.ts), and the output says loudly
// that nothing was verified.
import { parseManifest } from '../../core/package/manifest.ts';
import { MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE } from '../../core/package/package-media-type.ts';
import { readContainer } from '../../core/package/zip-reader.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { formatManifestSummary } from '../package-summary.ts';
import { readBytes } from '../read-input.ts';

export async function inspectCommand({ positionals, out }: CommandContext): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('用法：mulu inspect <目录包.zip>', 'usage: mulu inspect <pkg.zip>');
  const container = readContainer(await readBytes(file), PACKAGE_MEDIA_TYPE);
  if (!container.ok) {
    out.write(`无法读取目录包 / unreadable package: ${file}\n  ${container.message.zh}\n  ${container.message.en}\n`);
    return EXIT_FINDINGS;
  }
  const bytes = container.entries.get(MANIFEST_ENTRY);
  const parsed = bytes ? parseManifest(bytes) : { ok: false as const, problem: `${MANIFEST_ENTRY} is missing` };
  if (!parsed.ok) {
    out.write(`目录包清单无效 / invalid manifest: ${file}\n  ${parsed.problem}\n`);
    return EXIT_FINDINGS;
  }
  out.write(
    `未经验证：以下为目录包的自述内容，签名和信任均未检查；接收前请用 mulu verify 验证。\n` +
      `NOT VERIFIED: this is what the package says about itself; neither the signature nor trust was checked. Run mulu verify before accepting it.\n` +
      `${file}\n${formatManifestSummary(parsed.manifest)}`,
  );
  return EXIT_OK;
}
