// Verifying a catalog package. The checks run in a fixed order and the first failure is reported, each with its
// own reason code and a bilingual message (docs/package-format.md §5):
//
//   1. container   the ZIP is safe and well formed (zip-reader.ts), with the package media type
//   2. manifest    META-INF/manifest.json and .sig are present; the manifest parses strictly (manifest.ts)
//   3. trust       the manifest's signer key id is in the verifier's trust store; the algorithm, public key and
//                  department come from the trust entry and the manifest must agree with them; signer.pem in the
//                  package is only a hint, and a different key there is a failure, never a substitute
//   4. signature   over the exact manifest bytes, with the trusted key
//   5. files       every listed file present with its size and digest; nothing unlisted; entries in the order
//                  the packer writes (mimetype, listed files in manifest order, manifest, signature)
//   6. payload     the signed catalog parses and names the department the manifest does
//   7. training    a training package is refused unless the caller explicitly accepts training packages
//
// Trust comes before the signature so that a key the verifier never registered is named as such, rather than
// as a bad signature; nothing from the package is believed before step 4 has passed.
import { decodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { verify as verifySignature } from '../crypto/signature.ts';
import { VERIFY_FAILURE_TEXT } from '../crypto/verification.ts';
import { parseCatalogText } from '../format/catalog-file.ts';
import { fillLocal, type LocalText, type TemplateParam } from '../i18n/text.ts';
import type { Catalog } from '../model/catalog.ts';
import { fileDigest, parseManifest, type PackageManifest } from './manifest.ts';
import { CATALOG_ENTRY, MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, SIGNATURE_ENTRY, SIGNER_ENTRY } from './package-media-type.ts';
import { findTrustedKey, type TrustedKey, type TrustRefusal, type TrustStore } from './trust-store.ts';
import type { ContainerFailureReason, ContainerLimits } from './zip-reader.ts';
import { readContainer } from './zip-reader.ts';
import { decodeUtf8Strict } from './zip-utf8.ts';

export type PackageFailureReason =
  | 'container'
  | 'manifestMissing'
  | 'signatureMissing'
  | 'manifestInvalid'
  | TrustRefusal
  | 'signerMismatch'
  | 'badSignature'
  | 'missingFile'
  | 'sizeMismatch'
  | 'digestMismatch'
  | 'unlistedFile'
  | 'entryOrder'
  | 'payloadInvalid'
  | 'trainingPackage';

export interface VerifyOptions {
  trust: TrustStore;
  /** The time the signer's key must be valid at: the verifier's clock, passed in (core reads no clock). */
  at: Date;
  /** Accept training packages (for a training platform); real verification refuses them. */
  allowTraining?: boolean;
  limits?: Partial<ContainerLimits>;
}

export type PackageVerification =
  | { ok: true; manifest: PackageManifest; catalog: Catalog; signer: TrustedKey }
  | { ok: false; reason: PackageFailureReason; message: LocalText; containerReason?: ContainerFailureReason; entry?: string };

const TEXT: Readonly<Record<Exclude<PackageFailureReason, 'container' | TrustRefusal>, LocalText>> = {
  manifestMissing: { zh: '目录包缺少清单文件 META-INF/manifest.json。', en: 'The package has no manifest (META-INF/manifest.json).' },
  signatureMissing: { zh: '目录包缺少签名文件 META-INF/manifest.sig。', en: 'The package has no signature (META-INF/manifest.sig).' },
  manifestInvalid: { zh: '清单文件无效（{problem}），目录包已损坏或被改动。', en: 'The manifest is invalid ({problem}); the package is damaged or has been altered.' },
  signerMismatch: {
    zh: '包内 META-INF/signer.pem 的公钥（{found}）与清单所称签名公钥（{keyId}）不一致，目录包已被改动。',
    en: 'The key in META-INF/signer.pem ({found}) is not the signing key the manifest names ({keyId}); the package has been altered.',
  },
  badSignature: { zh: '清单签名验证失败：{detail}。', en: 'The manifest signature does not verify: {detail}.' },
  missingFile: { zh: '清单列出的文件 {entry} 不在目录包中。', en: 'The file {entry} listed in the manifest is missing from the package.' },
  sizeMismatch: { zh: '文件 {entry} 的大小与清单不符，内容已被改动。', en: 'The size of {entry} does not match the manifest; its content has been changed.' },
  digestMismatch: { zh: '文件 {entry} 的摘要与清单不符，内容已被改动。', en: 'The digest of {entry} does not match the manifest; its content has been changed.' },
  unlistedFile: { zh: '目录包含清单未列出的文件 {entry}。', en: 'The package holds a file the manifest does not list: {entry}.' },
  entryOrder: { zh: '目录包内文件顺序与清单不符（{entry} 位置不对），目录包已被改动。', en: 'The entries are not in the manifest’s order ({entry} is out of place); the package has been altered.' },
  payloadInvalid: { zh: '包内目录文件无法读取或与清单所列部门不符：{problem}。', en: 'The catalog in the package is unusable or names another department than the manifest: {problem}.' },
  trainingPackage: {
    zh: '这是培训练习用目录包（{watermark}），不能作为正式报送接收。',
    en: 'This is a training package ({watermark}); it cannot be accepted as a real submission.',
  },
};

function fail(reason: Exclude<PackageFailureReason, 'container' | TrustRefusal>, params: Record<string, TemplateParam> = {}, entry?: string): PackageVerification {
  return { ok: false, reason, message: fillLocal(TEXT[reason], params), ...(entry !== undefined && { entry }) };
}

export async function verifyPackage(bytes: Uint8Array, options: VerifyOptions): Promise<PackageVerification> {
  // 1. container
  const container = readContainer(bytes, PACKAGE_MEDIA_TYPE, options.limits);
  if (!container.ok) {
    return { ok: false, reason: 'container', containerReason: container.reason, message: container.message, ...(container.entry !== undefined && { entry: container.entry }) };
  }
  const { entries, order } = container;

  // 2. manifest
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (!manifestBytes) return fail('manifestMissing');
  const signature = entries.get(SIGNATURE_ENTRY);
  if (!signature) return fail('signatureMissing');
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) return fail('manifestInvalid', { problem: parsed.problem });
  const { manifest } = parsed;

  // 3. trust: the algorithm and key are the trust entry's; the manifest's claims must agree with it
  const lookup = findTrustedKey(options.trust, manifest.signer.keyId, options.at, { algorithm: manifest.signer.suite, uscc: manifest.department.uscc });
  if (!lookup.ok) return { ok: false, reason: lookup.reason, message: lookup.message };
  const trusted = lookup.key;
  const hint = entries.get(SIGNER_ENTRY);
  if (hint) {
    const found = await hintKeyId(hint);
    if (found !== trusted.keyId) return fail('signerMismatch', { found: found ?? '?', keyId: trusted.keyId }, SIGNER_ENTRY);
  }

  // 4. signature over the exact bytes read
  const checked = verifySignature(trusted.algorithm, trusted.publicKey, manifestBytes, signature);
  if (!checked.valid) return fail('badSignature', { detail: VERIFY_FAILURE_TEXT[checked.reason] });

  // 5. files
  for (const file of manifest.files) {
    const data = entries.get(file.path);
    if (!data) return fail('missingFile', { entry: file.path }, file.path);
    if (data.length !== file.size) return fail('sizeMismatch', { entry: file.path }, file.path);
    if ((await fileDigest(trusted.algorithm, data)) !== file.digest) return fail('digestMismatch', { entry: file.path }, file.path);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of order) {
    if (!listed.has(name) && name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY) return fail('unlistedFile', { entry: name }, name);
  }
  const expectedOrder = [...manifest.files.map((f) => f.path), MANIFEST_ENTRY, SIGNATURE_ENTRY];
  const misplaced = expectedOrder.findIndex((name, i) => order[i] !== name);
  if (misplaced >= 0) return fail('entryOrder', { entry: order[misplaced] ?? expectedOrder[misplaced]! }, order[misplaced]);

  // 6. payload
  const catalogBytes = entries.get(CATALOG_ENTRY);
  if (!catalogBytes) return fail('payloadInvalid', { problem: `${CATALOG_ENTRY} is not listed` });
  const catalogText = decodeUtf8Strict(catalogBytes);
  if (catalogText === undefined) return fail('payloadInvalid', { problem: `${CATALOG_ENTRY} is not UTF-8` });
  const loaded = parseCatalogText(catalogText);
  if (!loaded.ok) return fail('payloadInvalid', { problem: `${CATALOG_ENTRY}: ${loaded.kind}` });
  const d = loaded.catalog.department;
  if (d.uscc !== manifest.department.uscc || d.name !== manifest.department.name || d.divisionCode !== manifest.department.divisionCode) {
    return fail('payloadInvalid', { problem: 'department differs from the manifest' });
  }

  // 7. training watermark
  if (manifest.type === 'training' && !options.allowTraining) return fail('trainingPackage', { watermark: manifest.watermark ?? '' });

  return { ok: true, manifest, catalog: loaded.catalog, signer: trusted };
}

async function hintKeyId(pem: Uint8Array): Promise<string | undefined> {
  const text = decodeUtf8Strict(pem);
  if (text === undefined) return undefined;
  const decoded = decodePublicKeyPem(text);
  return decoded.ok ? keyIdOf(decoded.algorithm, decoded.publicKey) : undefined;
}
