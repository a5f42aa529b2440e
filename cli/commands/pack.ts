// mulu pack <catalog.json|workbook.xlsx> --key key.json --out pkg.zip [--base previous.zip [--changes changes.json] [--trust trust.json]]
//           [--profile id] [--created-at ISO] [--training]
// Validates the catalog (a workbook is imported first, and its own findings count too), and only if it has no
// errors unlocks the key and writes a signed package (core/package/pack.ts) that also carries the catalog as the
// official workbook (catalog.xlsx) for the people who read it. With --base the package is incremental: the base is verified (against this key, or
// --trust if it was signed with an earlier key), and every change since needs a 变更说明 from --changes. All of that
// is checked before the passphrase is asked for. Content to fix (validation errors, missing change reasons, a
// version not after the base) is exit 1 with the problem printed; unusable input is exit 2.
// With --sources the package is a county package (core/county/county-package-pack.ts): the county catalog written by
// `mulu aggregate`, the unit packages it came from (each embedded unchanged) and the county's trust store (--trust),
// from which the signed roster of unit keys is taken. A source that does not verify, or a county resource that is
// not backed by its source, is refused before the passphrase is asked for (exit 1).
import type { Catalog } from '../../core/model/catalog.ts';
import { missingChangeBasis } from '../../core/package/change-basis.ts';
import { parseChangeNotes, unusedNotes, type ChangeNotes } from '../../core/package/change-notes.ts';
import { loadProfile, type Profile } from '../../core/profiles/profile.ts';
import { planIncrement, resolveBase } from '../../core/package/increment.ts';
import type { ManifestIncrement, PackageType } from '../../core/package/manifest.ts';
import { signWithKeystore } from '../../core/package/keystore-signer.ts';
import { packCatalog, PackError, type PackOptions, type PackRefusal } from '../../core/package/pack.ts';
import { CountyPackError } from '../../core/county/county-package-failures.ts';
import { checkCountySources, packCountyPackage, type CountySource, type CountySources } from '../../core/county/county-package-pack.ts';
import type { TrustStore } from '../../core/package/trust-store.ts';
import { basename } from 'node:path';
import type { ChainBase } from '../../core/package/verify-increment.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile, type KeystoreFile } from '../keystore-file.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { PASSPHRASE_ENV, processPassphraseSource, readPassphrase, requirePassphraseSource, type KeyCommandSettings } from '../passphrase.ts';
import { readBytes, readCatalog, readText, unusableVersionedFile } from '../read-input.ts';
import { readTrustArgument, readTrustStoreFile } from '../read-trust.ts';
import { formatTextReport } from '../text-report.ts';
import { profileFor, validateCatalogForCli } from '../validate-catalog.ts';
import { looksLikeWorkbook, readWorkbook } from '../read-workbook.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';

export const USAGE = {
  zh:
    '用法：mulu pack <目录文件.json|工作簿.xlsx> --key <密钥文件.json> --out <目录包.zip> [--base <上一版目录包.zip> [--changes <变更说明.json>] [--trust <信任库.json>]] [--profile 规则配置] [--created-at ISO时间] [--training]\n' +
    '      县级目录包：mulu pack <县级汇总目录.json> --key <县级密钥.json> --sources <已采用的单位目录包.zip>... --trust <县级信任库.json> --out <县级目录包.zip> [--base <上一版县级目录包.zip> --changes <变更说明.json>]',
  en:
    'usage: mulu pack <catalog.json|workbook.xlsx> --key <key.json> --out <pkg.zip> [--base <previous.zip> [--changes <changes.json>] [--trust <trust.json>]] [--profile id] [--created-at ISO] [--training]\n' +
    '       county package: mulu pack <county.json> --key <county-key.json> --sources <accepted unit packages.zip>... --trust <county-trust.json> --out <county-pkg.zip> [--base <last-county-pkg.zip> --changes <changes.json>]',
};

/** Refusals the department fixes in its catalog or change notes (exit 1, like validation errors); the rest are exit 2. */
const CONTENT_REFUSALS: ReadonlySet<PackRefusal> = new Set(['reportHasErrors', 'secretResources', 'missingChangeReason', 'missingChangeBasis', 'versionNotAfterBase', 'duplicateResourceCodes']);

export async function packCommand({ positionals, values, lists, out, err }: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const file = positionals[0];
  const sourcePaths = lists?.sources ? [...lists.sources, ...positionals.slice(1)] : undefined;
  if (!file || (!sourcePaths && positionals.length > 1) || !values.key || !values.out) throw new UsageError(USAGE.zh, USAGE.en);
  if (sourcePaths && !values.trust) throw new UsageError(`县级目录包须用 --trust 给出接收各单位目录包的县级信任库\n${USAGE.zh}`, `a county package needs --trust, the county trust store the unit packages were accepted with\n${USAGE.en}`);
  if (!sourcePaths && !values.base && (values.changes || values.trust)) throw new UsageError(`--changes 和 --trust 只用于增量目录包，须同时给出 --base\n${USAGE.zh}`, `--changes and --trust are for incremental packages and need --base\n${USAGE.en}`);
  await refuseDestructiveOutput(values.out, [file, values.key, values.base, values.changes, values.trust, ...(sourcePaths ?? [])]);
  const countyInputs = sourcePaths ? await readCountyInputs(sourcePaths, values.trust!) : undefined;
  const input = await readBytes(file, 'input');
  const checked = looksLikeWorkbook(file, input) ? await readWorkbook(file, { values, err }, input) : undefined;
  const catalog = checked?.imported.catalog ?? (await readCatalog(file, input));
  const keyFile = await readKeystoreFile(values.key); // a damaged key file is refused before anything slow
  const notes = values.changes ? await readChangeNotes(values.changes) : undefined;
  const report = checked?.report ?? (await validateCatalogForCli(catalog, values.profile));
  if (report.counts.error > 0) {
    out.write(formatTextReport(report, 'zh'));
    err.write(`目录有 ${report.counts.error} 个错误，未打包。请修正后重试。\nthe catalog has ${report.counts.error} errors; no package was written. Fix them and try again.\n`);
    return EXIT_FINDINGS;
  }
  // The CLI may read the clock (core never does): an explicit time first, then the catalog's own, then now.
  const createdAt = values['created-at'] ?? catalog.updatedAt ?? (settings.now ?? new Date()).toISOString();
  const type: PackageType = values.training === 'true' ? 'training' : 'submission';
  let county: CountySources | undefined;
  try {
    county = countyInputs && (await checkCountySources(catalog, countyInputs.sources, countyInputs.trust, createdAt));
  } catch (e) {
    return reportRefusal(e, err);
  }

  let increment: { base: ChainBase; plan: ManifestIncrement } | undefined;
  try {
    // A county package's base is the county's own last package (its own key); --trust is the units' trust store.
    increment = values.base ? await planForBase(values.base, county ? undefined : values.trust, { catalog, keyFile, notes, type, now: settings.now ?? new Date(), changeBasis: loadProfile(report.profile.id).changeBasis }) : undefined;
  } catch (e) {
    return reportRefusal(e, err);
  }
  if (increment && notes) {
    const unused = unusedNotes(notes, increment.plan.changes.map((c) => c.code));
    if (unused.length) err.write(`警告：变更说明中的这些资源代码没有变更，未使用：${unused.join('、')}\nwarning: the change notes name codes that did not change (not used): ${unused.join(', ')}\n`);
  }
  // A change without its 变更依据, where the profile asks for one as a warning (as an error, planning refused above).
  const basis = increment ? missingChangeBasis(loadProfile(report.profile.id), increment.plan.changes) : undefined;
  if (basis) err.write(`警告：${basis.text.zh}\nwarning: ${basis.text.en}\n`);

  const source = settings.passphrases ?? processPassphraseSource();
  requirePassphraseSource(source, PASSPHRASE_ENV);
  const passphrase = await readPassphrase(source, err, PASSPHRASE_ENV, '口令 / Passphrase: ');
  let signed;
  try {
    signed = await signWithKeystore(keyFile.text, passphrase, (signer) => {
      const options: PackOptions = {
        catalog,
        report,
        workbook: exportWorkbook(catalog, { profile: profileFor(catalog, values.profile) }),
        signer,
        createdAt,
        type,
        ...(increment && { base: increment.base, ...(notes && { changeNotes: notes }) }),
      };
      return county ? packCountyPackage({ ...options, sources: county }) : packCatalog(options);
    });
  } catch (e) {
    return reportRefusal(e, err);
  }
  if (!signed.ok) throw new UsageError(`${values.key}：${signed.error.message.zh}`, `${values.key}: ${signed.error.message.en}`);
  const { value: bytes, keyId } = signed;
  // A package can always be made again from the catalog, so an existing file is replaced (atomically).
  await writeFileAtomic(values.out, bytes, { mode: 0o644, overwrite: true });
  const kind = increment
    ? { zh: `基于版本 ${increment.plan.baseVersion} 的增量`, en: `incremental (on version ${increment.plan.baseVersion}, ${increment.plan.changes.length} changes) ` }
    : { zh: '', en: '' };
  if (county) err.write(`内嵌单位目录包 ${county.embedded.size} 个，附县级签名的单位公钥名册 / embeds ${county.embedded.size} unit packages and the county-signed unit roster\n`);
  err.write(
    `已写出${type === 'training' ? '培训练习用' : ''}${kind.zh}目录包：${values.out}（${bytes.length} 字节，${increment ? `变更 ${increment.plan.changes.length} 条，` : ''}签名公钥 ${keyId}）\n` +
      `wrote the ${type === 'training' ? 'training ' : ''}${kind.en}package ${values.out} (${bytes.length} bytes, signing key ${keyId})\n`,
  );
  return EXIT_OK;
}

async function readChangeNotes(path: string): Promise<ChangeNotes> {
  const parsed = parseChangeNotes(await readText(path, 'json'));
  if (parsed.ok) return parsed.notes;
  throw unusableVersionedFile({ zh: '变更说明文件', en: 'change-notes file' }, path, parsed);
}

/** The base verified and the change list planned, so every refusal comes before the passphrase is asked for. */
async function planForBase(
  basePath: string,
  trustPath: string | undefined,
  c: { catalog: Catalog; keyFile: KeystoreFile; notes: ChangeNotes | undefined; type: PackageType; now: Date; changeBasis: Profile['changeBasis'] },
): Promise<{ base: ChainBase; plan: ManifestIncrement }> {
  const bytes = await readBytes(basePath, 'package');
  const trust = trustPath ? await readTrustArgument(trustPath) : undefined;
  const base = await resolveBase({ package: bytes, ...(trust && { trust, at: c.now }) }, { suite: c.keyFile.algorithm, publicKey: c.keyFile.publicKey }, c.type, c.now);
  const plan = await planIncrement(base, c.catalog, { suite: c.keyFile.algorithm, ...(c.notes && { notes: c.notes }), changeBasis: c.changeBasis });
  return { base, plan };
}

/** The unit packages and the county trust store, read before anything slow; a missing file is unusable input. */
async function readCountyInputs(paths: readonly string[], trustPath: string): Promise<{ sources: CountySource[]; trust: TrustStore }> {
  if (paths.length === 0) throw new UsageError('--sources 未给出任何单位目录包', '--sources names no unit package');
  const trust = await readTrustStoreFile(trustPath);
  const sources: CountySource[] = [];
  for (const path of paths) sources.push({ file: basename(path), bytes: await readBytes(path, 'package') });
  return { sources, trust };
}

function reportRefusal(e: unknown, err: CommandContext['err']): number {
  if (e instanceof CountyPackError) {
    err.write(`未打包 / no package written (${e.reason})\n${e.text.zh}\n${e.text.en}\n`);
    return EXIT_FINDINGS;
  }
  if (!(e instanceof PackError)) throw e;
  if (!CONTENT_REFUSALS.has(e.reason)) throw new UsageError(e.text.zh, e.text.en);
  err.write(`未打包 / no package written (${e.reason})\n${e.text.zh}\n${e.text.en}\n`);
  return EXIT_FINDINGS;
}
