// The package manifest (META-INF/manifest.json): the one file that is signed. It names the sender, the catalog
// version and every other file in the package with its size and digest, so the signature over these exact bytes
// covers everything. It is written in RFC 8785 canonical JSON, and a reader accepts only that exact form: one
// content has one byte string, so a manifest cannot be re-spelled (reordered keys, escapes, whitespace) and still
// pass as the same one, and a verifier written without Mulu can re-serialise and compare.
import { bytesToHex } from '@noble/hashes/utils.js';
import { digestAlgorithmOf, isSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/algorithms.ts';
import { canonicalJson, canonicalJsonBytes, type JsonValue } from '../crypto/canonical-json.ts';
import { digestBytes } from '../crypto/digest.ts';
import { decodeUtf8Strict } from './zip-utf8.ts';

export const MANIFEST_FORMAT = 'mulu.package-manifest';
export const MANIFEST_VERSION = 1;
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
  version: typeof MANIFEST_VERSION;
  type: PackageType;
  watermark: string | null;
  packageId: string;
  department: { name: string; uscc: string; divisionCode: string };
  profile: string;
  catalogVersion: number;
  createdAt: string;
  signer: { keyId: string; suite: SignatureAlgorithm };
  /** Reserved for incremental packages: the version and manifest digest the update applies to. Null in a full package. */
  baseVersion: number | null;
  baseManifestDigest: string | null;
  files: ManifestFile[];
}

export type ManifestFields = Omit<PackageManifest, 'format' | 'version' | 'watermark' | 'packageId' | 'files' | 'baseVersion' | 'baseManifestDigest'>;

/** `sm3:<hex>` / `sha256:<hex>` of `bytes` with the suite's digest. */
export async function fileDigest(suite: SignatureAlgorithm, bytes: Uint8Array): Promise<string> {
  const algorithm = digestAlgorithmOf(suite);
  return `${algorithm === 'SM3' ? 'sm3' : 'sha256'}:${bytesToHex(await digestBytes(algorithm, bytes))}`;
}

/** Code-unit order, the order RFC 8785 sorts keys in, so every implementation sorts the same way. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The manifest for `files` (path → content). The package id is derived, not random, so the same catalog and key
 * give the same id: `<uscc>-v<catalogVersion>-<first 32 hex digits of the digest of the canonical file list>`.
 */
export async function buildManifest(fields: ManifestFields, files: ReadonlyMap<string, Uint8Array>): Promise<PackageManifest> {
  const listed: ManifestFile[] = [];
  for (const [path, data] of files) listed.push({ path, size: data.length, digest: await fileDigest(fields.signer.suite, data) });
  listed.sort((a, b) => comparePaths(a.path, b.path));
  const payloadDigest = await fileDigest(fields.signer.suite, canonicalJsonBytes(listed as unknown as JsonValue));
  const hex = payloadDigest.slice(payloadDigest.indexOf(':') + 1, payloadDigest.indexOf(':') + 33);
  return {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    type: fields.type,
    watermark: fields.type === 'training' ? TRAINING_WATERMARK : null,
    packageId: `${fields.department.uscc}-v${fields.catalogVersion}-${hex}`,
    department: { ...fields.department },
    profile: fields.profile,
    catalogVersion: fields.catalogVersion,
    createdAt: fields.createdAt,
    signer: { ...fields.signer },
    baseVersion: null,
    baseManifestDigest: null,
    files: listed,
  };
}

export function serializeManifest(manifest: PackageManifest): Uint8Array {
  return canonicalJsonBytes(manifest as unknown as JsonValue);
}

export type ManifestParseResult = { ok: true; manifest: PackageManifest } | { ok: false; problem: string };

const ROOT_KEYS = ['format', 'version', 'type', 'watermark', 'packageId', 'department', 'profile', 'catalogVersion', 'createdAt', 'signer', 'baseVersion', 'baseManifestDigest', 'files'];
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DIGEST = { 'SM2-with-SM3': /^sm3:[0-9a-f]{64}$/, Ed25519: /^sha256:[0-9a-f]{64}$/ } as const;

/** Strict: UTF-8, known format and version, exactly the fields above with their types, and canonical bytes. */
export function parseManifest(bytes: Uint8Array): ManifestParseResult {
  let value: unknown;
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return { ok: false, problem: 'not UTF-8' };
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (!isObject(value)) return { ok: false, problem: 'not a JSON object' };
  if (value.format !== MANIFEST_FORMAT) return { ok: false, problem: `format is not "${MANIFEST_FORMAT}"` };
  if (value.version !== MANIFEST_VERSION) return { ok: false, problem: `unsupported version ${JSON.stringify(value.version)}` };
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
  if (!isObject(m.department)) return '/department must be an object';
  const dept = exactKeys(m.department, ['name', 'uscc', 'divisionCode'], '/department');
  if (dept) return dept;
  for (const k of ['name', 'uscc', 'divisionCode']) if (!nonEmpty(m.department[k])) return `/department/${k} must be a non-empty string`;
  if (!nonEmpty(m.profile)) return '/profile must be a non-empty string';
  if (!Number.isSafeInteger(m.catalogVersion) || (m.catalogVersion as number) < 0) return '/catalogVersion must be a non-negative integer';
  if (typeof m.createdAt !== 'string' || !ISO_INSTANT.test(m.createdAt) || Number.isNaN(Date.parse(m.createdAt))) return '/createdAt must be an ISO 8601 UTC instant';
  if (!isObject(m.signer)) return '/signer must be an object';
  const signer = exactKeys(m.signer, ['keyId', 'suite'], '/signer');
  if (signer) return signer;
  const suite = m.signer.suite;
  if (!isSignatureAlgorithm(suite)) return '/signer/suite must be "SM2-with-SM3" or "Ed25519"';
  if (typeof m.signer.keyId !== 'string' || !DIGEST[suite].test(m.signer.keyId)) return '/signer/keyId does not name a key of the suite';
  // A full package; incremental packages (a later version of this format) fill these in.
  if (m.baseVersion !== null || m.baseManifestDigest !== null) return '/baseVersion and /baseManifestDigest must be null in a full package';
  if (!Array.isArray(m.files) || m.files.length === 0) return '/files must be a non-empty array';
  let previous: string | undefined;
  for (const [i, f] of m.files.entries()) {
    if (!isObject(f)) return `/files/${i} must be an object`;
    const fk = exactKeys(f, ['path', 'size', 'digest'], `/files/${i}`);
    if (fk) return fk;
    if (!nonEmpty(f.path) || f.path.startsWith('META-INF/manifest.')) return `/files/${i}/path is not allowed`;
    if (previous !== undefined && comparePaths(previous, f.path) >= 0) return `/files/${i}/path is out of order or repeated`;
    previous = f.path;
    if (!Number.isSafeInteger(f.size) || (f.size as number) < 0) return `/files/${i}/size must be a non-negative integer`;
    if (typeof f.digest !== 'string' || !DIGEST[suite].test(f.digest)) return `/files/${i}/digest is not a ${suite} digest`;
  }
  return undefined;
}

function exactKeys(obj: Record<string, unknown>, wanted: readonly string[], at: string): string | undefined {
  for (const k of wanted) if (!(k in obj)) return `${at}/${k} is missing`;
  for (const k of Object.keys(obj)) if (!wanted.includes(k)) return `${at}/${k} is not a known field`;
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}
