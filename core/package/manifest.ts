// The package manifest (META-INF/manifest.json): the one file that is signed. It names the sender, the catalog
// version and every other file in the package with its size and digest, so the signature over these exact bytes
// covers everything. It is written in RFC 8785 canonical JSON, and a reader accepts only that exact form: one
// content has one byte string, so a manifest cannot be re-spelled (reordered keys, escapes, whitespace) and still
// pass as the same one, and a verifier written without Mulu can re-serialise and compare.
//
// An incremental package also names its base (the version and the digest of the base package's exact manifest
// bytes) and lists the resources changed since, each with its 变更说明 (change-list.ts).
import { bytesToHex } from '@noble/hashes/utils.js';
import { digestAlgorithmOf, isSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/algorithms.ts';
import { canonicalJson, canonicalJsonBytes, type JsonValue } from '../crypto/canonical-json.ts';
import { digestBytes } from '../crypto/digest.ts';
import { changeEntryProblem, changeListVersion, type ChangeEntry } from './change-list.ts';
import { compareCodeUnits } from './code-unit-order.ts';
import { isCanonicalInstant } from './instant.ts';
import { exactKeys, isRecord, nonEmpty } from './strict-fields.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';
import { describeValue } from '../format/describe-value.ts';
import { parseJsonText } from '../format/json-text.ts';

export const MANIFEST_FORMAT = 'mulu.package-manifest';
/**
 * Version 2 lets change entries carry the 变更之日 (`basisChangedOn`, change-list.ts). A packer writes the lowest
 * version that holds its manifest, so a package without one is still version 1 for receivers that know only it.
 */
export const MANIFEST_VERSION = 2;
const MANIFEST_VERSIONS: readonly number[] = [1, 2];
export const PACKAGE_TYPES = ['submission', 'training'] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];
/** Carried by every training package (and only by them), so a printout or an import shows what it is. */
export const TRAINING_WATERMARK = '培训练习用目录包，不是正式报送 / TRAINING PACKAGE — NOT A REAL SUBMISSION';

export interface ManifestFile {
  path: string;
  size: number;
  /** `sm3:<hex>` or `sha256:<hex>`, the suite's digest, spelled as key ids are. */
  digest: string;
}

export interface PackageManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1 | 2;
  type: PackageType;
  watermark: string | null;
  packageId: string;
  department: { name: string; uscc: string; divisionCode: string };
  profile: string;
  catalogVersion: number;
  createdAt: string;
  signer: { keyId: string; suite: SignatureAlgorithm };
  /** An incremental package: the base package's catalogVersion. Null in a full package. */
  baseVersion: number | null;
  /** An incremental package: the digest of the base package's exact manifest.json bytes, spelled as file digests. */
  baseManifestDigest: string | null;
  /** An incremental package: the resources changed since the base, in code order. Null in a full package. */
  changes: ChangeEntry[] | null;
  files: ManifestFile[];
}

/** What makes a package incremental; all three are set together or not at all. */
export interface ManifestIncrement {
  baseVersion: number;
  baseManifestDigest: string;
  changes: ChangeEntry[];
}

export function isIncremental(manifest: PackageManifest): manifest is PackageManifest & ManifestIncrement {
  return manifest.baseVersion !== null;
}

export type ManifestFields = Omit<PackageManifest, 'format' | 'version' | 'watermark' | 'packageId' | 'files' | keyof ManifestIncrement>;

/** `sm3:<hex>` / `sha256:<hex>` of `bytes` with the suite's digest. */
export async function fileDigest(suite: SignatureAlgorithm, bytes: Uint8Array): Promise<string> {
  const algorithm = digestAlgorithmOf(suite);
  return `${algorithm === 'SM3' ? 'sm3' : 'sha256'}:${bytesToHex(await digestBytes(algorithm, bytes))}`;
}

/**
 * The manifest for `files` (path → content). The package id is derived, not random, so the same catalog and key
 * give the same id: `<uscc>-v<catalogVersion>-<first 32 hex digits of the digest of the canonical file list>`.
 */
export async function buildManifest(fields: ManifestFields, files: ReadonlyMap<string, Uint8Array>, increment?: ManifestIncrement): Promise<PackageManifest> {
  const listed: ManifestFile[] = [];
  for (const [path, data] of files) listed.push({ path, size: data.length, digest: await fileDigest(fields.signer.suite, data) });
  listed.sort((a, b) => compareCodeUnits(a.path, b.path));
  return {
    format: MANIFEST_FORMAT,
    version: increment ? changeListVersion(increment.changes) : 1,
    type: fields.type,
    watermark: fields.type === 'training' ? TRAINING_WATERMARK : null,
    packageId: await derivePackageId(fields.department.uscc, fields.catalogVersion, fields.signer.suite, listed),
    department: { ...fields.department },
    profile: fields.profile,
    catalogVersion: fields.catalogVersion,
    createdAt: fields.createdAt,
    signer: { ...fields.signer },
    baseVersion: increment?.baseVersion ?? null,
    baseManifestDigest: increment?.baseManifestDigest ?? null,
    changes: increment?.changes ?? null,
    files: listed,
  };
}

/** The package id a manifest must carry, from what it lists; verification recomputes it (verify.ts). */
export async function derivePackageId(uscc: string, catalogVersion: number, suite: SignatureAlgorithm, files: readonly ManifestFile[]): Promise<string> {
  const payloadDigest = await fileDigest(suite, canonicalJsonBytes(files as unknown as JsonValue));
  const hex = payloadDigest.slice(payloadDigest.indexOf(':') + 1, payloadDigest.indexOf(':') + 33);
  return `${uscc}-v${catalogVersion}-${hex}`;
}

export function serializeManifest(manifest: PackageManifest): Uint8Array {
  return canonicalJsonBytes(manifest as unknown as JsonValue);
}

export type ManifestParseResult = { ok: true; manifest: PackageManifest } | { ok: false; problem: string };

const ROOT_KEYS = ['format', 'version', 'type', 'watermark', 'packageId', 'department', 'profile', 'catalogVersion', 'createdAt', 'signer', 'baseVersion', 'baseManifestDigest', 'changes', 'files'];
const DIGEST = { 'SM2-with-SM3': /^sm3:[0-9a-f]{64}$/, Ed25519: /^sha256:[0-9a-f]{64}$/ } as const;

/** Strict: UTF-8, known format and version, exactly the fields above with their types, and canonical bytes. */
export function parseManifest(bytes: Uint8Array): ManifestParseResult {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: 'not JSON' };
  const value = parsed.value;
  if (!isRecord(value)) return { ok: false, problem: 'not a JSON object' };
  if (value.format !== MANIFEST_FORMAT) return { ok: false, problem: `format is not "${MANIFEST_FORMAT}"` };
  if (!MANIFEST_VERSIONS.includes(value.version as number)) return { ok: false, problem: `unsupported version ${describeValue(value.version).en}` };
  const problem = structureProblem(value);
  if (problem) return { ok: false, problem };
  let canonical: string;
  try {
    canonical = canonicalJson(value as JsonValue);
  } catch {
    return { ok: false, problem: 'no canonical form' };
  }
  if (canonical !== text) return { ok: false, problem: 'not in RFC 8785 canonical form' };
  return { ok: true, manifest: value as unknown as PackageManifest };
}

function structureProblem(m: Record<string, unknown>): string | undefined {
  const keys = exactKeys(m, ROOT_KEYS, '');
  if (keys) return keys;
  if (!(PACKAGE_TYPES as readonly unknown[]).includes(m.type)) return '/type must be "submission" or "training"';
  if (m.watermark !== (m.type === 'training' ? TRAINING_WATERMARK : null)) return '/watermark does not match /type';
  if (!nonEmpty(m.packageId)) return '/packageId must be a non-empty string';
  if (!isRecord(m.department)) return '/department must be an object';
  const dept = exactKeys(m.department, ['name', 'uscc', 'divisionCode'], '/department');
  if (dept) return dept;
  for (const k of ['name', 'uscc', 'divisionCode']) if (!nonEmpty(m.department[k])) return `/department/${k} must be a non-empty string`;
  if (!nonEmpty(m.profile)) return '/profile must be a non-empty string';
  if (!Number.isSafeInteger(m.catalogVersion) || (m.catalogVersion as number) < 0) return '/catalogVersion must be a non-negative integer';
  if (!isCanonicalInstant(m.createdAt)) return '/createdAt must be an ISO 8601 UTC instant with milliseconds';
  if (!isRecord(m.signer)) return '/signer must be an object';
  const signer = exactKeys(m.signer, ['keyId', 'suite'], '/signer');
  if (signer) return signer;
  const suite = m.signer.suite;
  if (!isSignatureAlgorithm(suite)) return '/signer/suite must be "SM2-with-SM3" or "Ed25519"';
  if (typeof m.signer.keyId !== 'string' || !DIGEST[suite].test(m.signer.keyId)) return '/signer/keyId does not name a key of the suite';
  const increment = incrementProblem(m, suite);
  if (increment) return increment;
  if (!Array.isArray(m.files) || m.files.length === 0) return '/files must be a non-empty array';
  let previous: string | undefined;
  for (const [i, f] of m.files.entries()) {
    if (!isRecord(f)) return `/files/${i} must be an object`;
    const fk = exactKeys(f, ['path', 'size', 'digest'], `/files/${i}`);
    if (fk) return fk;
    if (!nonEmpty(f.path) || f.path.startsWith('META-INF/manifest.')) return `/files/${i}/path is not allowed`;
    if (previous !== undefined && compareCodeUnits(previous, f.path) >= 0) return `/files/${i}/path is out of order or repeated`;
    previous = f.path;
    if (!Number.isSafeInteger(f.size) || (f.size as number) < 0) return `/files/${i}/size must be a non-negative integer`;
    if (typeof f.digest !== 'string' || !DIGEST[suite].test(f.digest)) return `/files/${i}/digest is not a ${suite} digest`;
  }
  return undefined;
}

/** A full package has no base and no change list; an incremental one has all three, and a base older than itself. */
function incrementProblem(m: Record<string, unknown>, suite: SignatureAlgorithm): string | undefined {
  if (m.baseVersion === null) {
    if (m.baseManifestDigest !== null || m.changes !== null) return '/baseManifestDigest and /changes must be null when /baseVersion is null';
    return undefined;
  }
  if (!Number.isSafeInteger(m.baseVersion) || (m.baseVersion as number) < 0) return '/baseVersion must be a non-negative integer or null';
  if ((m.baseVersion as number) >= (m.catalogVersion as number)) return '/baseVersion must be lower than /catalogVersion';
  if (typeof m.baseManifestDigest !== 'string' || !DIGEST[suite].test(m.baseManifestDigest)) return `/baseManifestDigest is not a ${suite} digest`;
  if (!Array.isArray(m.changes)) return '/changes must be an array when /baseVersion is set';
  for (const [i, entry] of m.changes.entries()) {
    const problem = changeEntryProblem(entry, `/changes/${i}`, m.version as number);
    if (problem) return problem;
    if (i > 0 && compareCodeUnits((m.changes[i - 1] as ChangeEntry).code, (entry as ChangeEntry).code) >= 0) return `/changes/${i}/code is out of order or repeated`;
  }
  return undefined;
}
