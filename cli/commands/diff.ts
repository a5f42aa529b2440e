// mulu diff <old> <new> [--format text|json] [--lang zh|en]
// What changed between two versions of a catalog, resource by resource (core/package/catalog-diff.ts, the same
// diff an incremental package's change list is made from). Either side may be a package, a catalog file or a workbook, so a
// clerk can see, before packing, which resources need a 变更说明: `mulu diff last-sent.zip catalog.json`.
// Packages are read safely but not verified (use `mulu verify` for that), and the output says so.
// Exit 0: no difference in resources, department or profile. 1: they differ. 2: unusable input.
import type { Catalog } from '../../core/model/catalog.ts';
import { catalogsDiffer, diffCatalogs } from '../../core/package/catalog-diff.ts';
import type { CommandContext } from '../command.ts';
import { diffJson, formatDiffText, type DiffSide, type SignedNotes } from '../diff-report.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readBytes, readCatalog } from '../read-input.ts';
import { looksLikeZip, readPackageFile } from '../read-package-file.ts';
import { looksLikeWorkbook, readWorkbook } from '../read-workbook.ts';

export const USAGE = {
  zh: '用法：mulu diff <旧目录包.zip|目录.json|工作簿.xlsx> <新目录包.zip|目录.json|工作簿.xlsx> [--format text|json] [--lang zh|en]',
  en: 'usage: mulu diff <old.zip|old.json|old.xlsx> <new.zip|new.json|new.xlsx> [--format text|json] [--lang zh|en]',
};

export async function diffCommand({ positionals, values, out, err }: CommandContext): Promise<number> {
  const [oldPath, newPath, ...extra] = positionals;
  if (!oldPath || !newPath || extra.length) throw new UsageError(USAGE.zh, USAGE.en);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const lang = values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang 只能是 zh 或 en，收到「${lang}」`, `--lang must be zh or en, got "${lang}"`);

  const before = await readSide(oldPath, { values, err });
  const after = await readSide(newPath, { values, err });
  const result = diffCatalogs(before.catalog, after.catalog);
  if (!result.ok) {
    const path = result.side === 'old' ? oldPath : newPath;
    throw new UsageError(
      `${path} 中有重复的资源代码（${result.duplicates.join('、')}），无法逐条比较。请先修正重复的代码。`,
      `${path} repeats resource codes (${result.duplicates.join(', ')}), so resources cannot be matched. Fix the repeated codes first.`,
    );
  }
  const sides = { old: before.side, new: after.side };
  out.write(format === 'json' ? diffJson(result.diff, sides, after.notes) : formatDiffText(result.diff, sides, lang, after.notes));
  return catalogsDiffer(result.diff) ? EXIT_FINDINGS : EXIT_OK;
}

async function readSide(path: string, ctx: Pick<CommandContext, 'values' | 'err'>): Promise<{ catalog: Catalog; side: DiffSide; notes?: SignedNotes }> {
  const bytes = await readBytes(path, 'input');
  if (looksLikeWorkbook(path, bytes)) {
    const { catalog } = (await readWorkbook(path, ctx, bytes)).imported;
    return { catalog, side: { path, kind: 'workbook', catalogVersion: catalog.catalogVersion } };
  }
  if (looksLikeZip(bytes)) {
    const pkg = await readPackageFile(path, bytes);
    const side: DiffSide = { path, kind: 'package', catalogVersion: pkg.manifest.catalogVersion, packageId: pkg.manifest.packageId };
    return { catalog: pkg.catalog, side, ...(pkg.manifest.changes && { notes: new Map(pkg.manifest.changes.map((c) => [c.code, c])) }) };
  }
  const catalog = await readCatalog(path, bytes);
  return { catalog, side: { path, kind: 'catalog', catalogVersion: catalog.catalogVersion } };
}
