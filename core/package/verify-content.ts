// Step 8 of verification (verify.ts): what `pack` enforces before it signs, checked again on what arrives. A
// signature proves who packed a package, not that it was packed by Mulu's rules: a key holder using another tool
// (or an older, buggy Mulu) could sign a catalog with errors or 涉密 resources, leave out the validation report,
// or write a package id that does not follow from the files. None of that may verify.
import { beijingDate } from '../time/beijing-time.ts';
import { parseJsonText } from '../format/json-text.ts';
import type { Catalog } from '../model/catalog.ts';
import { loadProfile, UnknownProfileError, type Profile } from '../profiles/profile.ts';
import { validateCatalogReport } from '../report/catalog-report.ts';
import { REPORT_FORMAT } from '../report/validation-report.ts';
import { listCodes } from './code-list.ts';
import { listsFailure } from './list-files.ts';
import { derivePackageId, type PackageManifest } from './manifest.ts';
import { packageFailure, type PackageFailure } from './package-failures.ts';
import { REPORT_ENTRY } from './package-media-type.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export async function contentFailure(entries: ReadonlyMap<string, Uint8Array>, manifest: PackageManifest, catalog: Catalog): Promise<PackageFailure | undefined> {
  const packageId = await derivePackageId(manifest.department.uscc, manifest.catalogVersion, manifest.signer.suite, manifest.files);
  if (packageId !== manifest.packageId) return packageFailure('packageIdMismatch', { claimed: manifest.packageId, actual: packageId });

  if (!manifest.files.some((f) => f.path === REPORT_ENTRY)) return packageFailure('reportMissing');
  const reportProblem = carriedReportProblem(entries.get(REPORT_ENTRY), manifest, catalog);
  if (reportProblem) return packageFailure('reportMismatch', { problem: reportProblem });

  // As pack does: 涉密 content is refused even if a profile had switched its rule off.
  const secret = catalog.resources.filter((r) => r.secret === true || r.items.some((item) => item.secret === true));
  if (secret.length > 0) return packageFailure('secretResources', { count: secret.length, codes: listCodes(secret.map((r, i) => r.code ?? r.name ?? `#${i + 1}`), 5) });

  // The rules again, under the profile the package names and on the day it was made, so a package that was
  // acceptable when packed stays acceptable (date rules do not move with the verifier's clock).
  let profile: Profile;
  try {
    profile = loadProfile(manifest.profile);
  } catch (err) {
    if (err instanceof UnknownProfileError) return packageFailure('reportMismatch', { problem: `unknown profile ${manifest.profile}` });
    throw err;
  }
  const report = await validateCatalogReport(catalog, profile, beijingDate(manifest.createdAt));
  if (report.counts.error > 0) {
    const first = report.findings.find((f) => f.severity === 'error')!;
    return packageFailure('catalogHasErrors', { profile: profile.id, count: report.counts.error, first: `${first.ruleId} ${first.path}` });
  }
  return listsFailure(entries, manifest, catalog, profile);
}

/** What is wrong with the report the package carries, in a few words, or undefined. */
function carriedReportProblem(bytes: Uint8Array | undefined, manifest: PackageManifest, catalog: Catalog): string | undefined {
  const text = bytes && decodeUtf8Strict(bytes);
  if (text === undefined) return 'not UTF-8';
  const parsed = parseJsonText(text);
  if (!parsed.ok) return 'not JSON';
  const r = parsed.value as { format?: unknown; profile?: { id?: unknown }; catalog?: { department?: unknown; resources?: unknown }; counts?: { error?: unknown } } | null;
  if (typeof r !== 'object' || r === null || r.format !== REPORT_FORMAT) return 'not a validation report';
  if (r.counts?.error !== 0) return 'the report lists errors';
  if (r.profile?.id !== manifest.profile) return 'another profile than the manifest';
  if (r.catalog?.department !== catalog.department.name || r.catalog?.resources !== catalog.resources.length) return 'another catalog than the one packed';
  return undefined;
}
