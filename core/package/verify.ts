// Verifying a catalog package. The checks run in a fixed order and the first failure is reported, each with its
// own reason code and a bilingual message (docs/package-format.md §5, package-failures.ts):
//
//   1. container   the ZIP is safe and well formed (core/zip/reader.ts), with the package media type
//   2. manifest    META-INF/manifest.json and .sig are present; the manifest parses strictly (manifest.ts)
//   3. trust       the manifest's signer key id is in the verifier's trust store; the algorithm, public key and
//                  department come from the trust entry and the manifest must agree with them; signer.pem in the
//                  package is only a hint, and a different key there is a failure, never a substitute
//   4. signature   over the exact manifest bytes, with the trusted key
//   5. files       every listed file present with its size and digest; nothing unlisted; entries in the order
//                  the packer writes (mimetype, listed files in manifest order, manifest, signature)
//   6. payload     the signed catalog parses and names the department and version the manifest does; an
//                  incremental package's change list agrees with changes.json and with the catalog
//   7. chain       only with a base (the package the verifier holds): it verifies too, and the package continues it
//   8. content     what pack enforces, again (verify-content.ts): the package id follows from the files, the
//                  validation report is there and matches, no 涉密 content, and the rules find no error
//   9. training    a training package is refused unless the caller explicitly accepts training packages
//
// Trust comes before the signature so that a key the verifier never registered is named as such, rather than
// as a bad signature; nothing from the package is believed before step 4 has passed.
import { fileDigest, isIncremental, type PackageManifest } from './manifest.ts';
import { packageFailure, type PackageFailure } from './package-failures.ts';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY } from './package-media-type.ts';
import { readPackage, readPayloadCatalog } from './read-package.ts';
import type { TrustedKey, TrustStore } from './trust-store.ts';
import { checkTrustedSignature } from './trusted-signature.ts';
import { contentFailure } from './verify-content.ts';
import { chainFailure, changeListFailure, type ChainBase } from './verify-increment.ts';
import type { ArchiveLimits } from '../zip/reader.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export interface VerifyOptions {
  trust: TrustStore;
  /** The time the signer's key must be valid at: the verifier's clock, passed in (core reads no clock). */
  at: Date;
  /** Accept training packages (for a training platform); real verification refuses them. */
  allowTraining?: boolean;
  limits?: Partial<ArchiveLimits>;
  /**
   * The package the verifier already holds for this department (the base): its bytes, verified here with the same
   * options, or — as the verifier stored it when it accepted it — its manifest bytes and catalog, taken as verified
   * (which also serves when the base's key has expired since). The package must continue it (step 7). Without a
   * base, an incremental package's chain is not checked.
   */
  base?: Uint8Array | ChainBase;
}

/**
 * How the package relates to a base: 'none' — a full package, no base given; 'notChecked' — an incremental package
 * verified without its base; 'verified' — an incremental package that continues the base given; 'newerThanBase' —
 * a full package of the same department, newer than the base given.
 */
export type ChainStatus = 'none' | 'notChecked' | 'verified' | 'newerThanBase';

export interface VerifiedPackage extends ChainBase {
  ok: true;
  signer: TrustedKey;
  chain: ChainStatus;
  /** Every entry but `mimetype`, verified: what a county package embeds is read from here (core/county/). */
  entries: ReadonlyMap<string, Uint8Array>;
}

export type PackageVerification = VerifiedPackage | PackageFailure;

const MANIFEST_SUBJECT = { zh: '清单', en: 'the manifest' };
const SIGNER_HINT = { zh: '包内 META-INF/signer.pem', en: 'META-INF/signer.pem' };

export async function verifyPackage(bytes: Uint8Array, options: VerifyOptions): Promise<PackageVerification> {
  // 1–2. container and manifest
  const read = readPackage(bytes, options.limits);
  if (!read.ok) return read;
  const { entries, order, manifest, manifestBytes, signature } = read.contents;

  // 3–4. trust and signature over the exact bytes read
  const hint = entries.get(SIGNER_ENTRY);
  const signed = await checkTrustedSignature(options.trust, options.at, {
    keyId: manifest.signer.keyId,
    claimed: { algorithm: manifest.signer.suite, uscc: manifest.department.uscc },
    ...(hint && { hint: { pem: decodeUtf8Strict(hint), where: SIGNER_HINT } }),
    subject: MANIFEST_SUBJECT,
    signed: manifestBytes,
    signature,
  });
  if (!signed.ok) return { ok: false, reason: signed.reason, message: signed.message, ...(signed.reason === 'signerMismatch' && { entry: SIGNER_ENTRY }) };

  // 5. files
  const files = await filesFailure(entries, order, manifest);
  if (files) return files;

  // 6. payload
  const payload = readPayloadCatalog(read.contents);
  if (!payload.ok) return payload;
  const { catalog } = payload;
  const changes = changeListFailure(entries, manifest, catalog);
  if (changes) return changes;

  // 7. chain
  let chain: ChainStatus = isIncremental(manifest) ? 'notChecked' : 'none';
  if (options.base) {
    let base = options.base;
    if (base instanceof Uint8Array) {
      const verified = await verifyPackage(base, { ...options, base: undefined });
      if (!verified.ok) {
        return { ...packageFailure('baseInvalid', { reason: verified.reason, detail: verified.message }), base: { reason: verified.reason, ...(verified.containerReason && { containerReason: verified.containerReason }) } };
      }
      base = verified;
    }
    const broken = await chainFailure(manifest, catalog, base);
    if (broken) return broken;
    chain = isIncremental(manifest) ? 'verified' : 'newerThanBase';
  }

  // 8. content
  const content = await contentFailure(entries, manifest, catalog);
  if (content) return content;

  // 9. training watermark
  if (manifest.type === 'training' && !options.allowTraining) return packageFailure('trainingPackage', { watermark: manifest.watermark ?? '' });

  return { ok: true, manifest, manifestBytes, catalog, signer: signed.key, chain, entries };
}

async function filesFailure(entries: ReadonlyMap<string, Uint8Array>, order: readonly string[], manifest: PackageManifest): Promise<PackageFailure | undefined> {
  for (const file of manifest.files) {
    const data = entries.get(file.path);
    if (!data) return packageFailure('missingFile', { entry: file.path }, file.path);
    if (data.length !== file.size) return packageFailure('sizeMismatch', { entry: file.path }, file.path);
    if ((await fileDigest(manifest.signer.suite, data)) !== file.digest) return packageFailure('digestMismatch', { entry: file.path }, file.path);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of order) {
    if (!listed.has(name) && name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY) return packageFailure('unlistedFile', { entry: name }, name);
  }
  const expectedOrder = [...manifest.files.map((f) => f.path), MANIFEST_ENTRY, SIGNATURE_ENTRY];
  const misplaced = expectedOrder.findIndex((name, i) => order[i] !== name);
  if (misplaced >= 0) return packageFailure('entryOrder', { entry: order[misplaced] ?? expectedOrder[misplaced]! }, order[misplaced]);
  return undefined;
}
