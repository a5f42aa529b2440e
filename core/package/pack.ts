// Building a full, signed catalog package. Everything in it is a function of the inputs: the catalog and report
// serialise deterministically, the manifest's time comes from the catalog or the caller (never a clock here), and
// the container is byte-reproducible (zip-writer.ts). So the same catalog and key give the same bytes apart from
// the SM2 signature's random nonce (Ed25519 signatures are deterministic too).
//
// Container order: `mimetype`, then the files the manifest lists in its sorted order (META-INF/signer.pem,
// catalog.json, validation-report.json), then META-INF/manifest.json and META-INF/manifest.sig. The signer's
// public key is listed, so it is covered by the signature like the payload; it remains only a hint to verifiers.
import type { SignatureAlgorithm } from '../crypto/algorithms.ts';
import { encodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { publicKeyOf, sign } from '../crypto/signature.ts';
import { serializeCatalog } from '../format/catalog-file.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { Catalog } from '../model/catalog.ts';
import type { ValidationReport } from '../report/validation-report.ts';
import { buildManifest, serializeManifest, type PackageType } from './manifest.ts';
import { CATALOG_ENTRY, MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, REPORT_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY } from './package-media-type.ts';
import { encodeUtf8 } from './zip-utf8.ts';
import { writeContainer } from './zip-writer.ts';

export interface PackSigner {
  suite: SignatureAlgorithm;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface PackOptions {
  catalog: Catalog;
  /** The validation report the catalog passed; it travels in the package. */
  report: ValidationReport;
  signer: PackSigner;
  /** The manifest's creation time; defaults to the catalog's updatedAt. Core never reads the clock. */
  createdAt?: string;
  type?: PackageType;
}

export type PackRefusal = 'reportHasErrors' | 'reportMismatch' | 'secretResources' | 'noCreationTime' | 'invalidCreationTime' | 'keyMismatch';

export class PackError extends Error {
  constructor(
    readonly reason: PackRefusal,
    readonly text: LocalText,
  ) {
    super(`${text.zh}\n${text.en}`);
  }
}

const REFUSAL_TEXT: Readonly<Record<PackRefusal, LocalText>> = {
  reportHasErrors: {
    zh: '目录校验有 {count} 个错误，不能打包。请先修正错误并重新校验。',
    en: 'The catalog has {count} validation errors and cannot be packaged. Fix them and validate again.',
  },
  reportMismatch: {
    zh: '校验报告与目录不符（部门或资源数不同），请用当前目录重新校验后再打包。',
    en: 'The validation report does not belong to this catalog (department or resource count differs); validate the current catalog again.',
  },
  secretResources: {
    zh: '目录含 {count} 条涉密资源或含涉密信息项的资源（{codes}）。涉密内容不得编入共享目录报送，请先从目录中移出后再打包。',
    en: 'The catalog contains {count} secret (涉密) resources or resources with secret items ({codes}). Secret content never goes into a sharing catalog submission; remove it before packaging.',
  },
  noCreationTime: {
    zh: '目录没有 updatedAt（更新时间），请指定打包时间（--created-at）。',
    en: 'The catalog has no updatedAt; give the package creation time (--created-at).',
  },
  invalidCreationTime: {
    zh: '打包时间「{value}」不是带时区的 ISO 8601 时间（如 2026-11-22T09:00:00+08:00）。',
    en: 'The creation time "{value}" is not an ISO 8601 instant with a time zone (for example 2026-11-22T09:00:00+08:00).',
  },
  keyMismatch: {
    zh: '签名私钥与公钥不匹配。',
    en: 'The signing private key does not belong to the public key.',
  },
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function refuse(reason: PackRefusal, params: Record<string, string | number> = {}): PackError {
  return new PackError(reason, fillLocal(REFUSAL_TEXT[reason], params));
}

/** `2026-11-22T09:00:00+08:00` → `2026-11-22T01:00:00.000Z`, the one spelling the manifest allows. */
export function normalizeCreationTime(value: string): string {
  const ms = RFC3339.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw refuse('invalidCreationTime', { value });
  return new Date(ms).toISOString();
}

export async function packCatalog(options: PackOptions): Promise<Uint8Array> {
  const { catalog, report, signer } = options;
  if (report.counts.error > 0) throw refuse('reportHasErrors', { count: report.counts.error });
  if (report.catalog.department !== catalog.department.name || report.catalog.resources !== catalog.resources.length) throw refuse('reportMismatch');
  // 涉密 resources and items must never leave in a sharing catalog. The rule engine reports them as errors already;
  // this repeats the check because a profile could switch the rule off, and it is the last gate before signing.
  // Refusing (rather than silently dropping them) keeps the packaged catalog identical to the one validated.
  const secret = catalog.resources.filter((r) => r.secret === true || r.items.some((item) => item.secret === true));
  if (secret.length > 0) {
    const codes = secret.slice(0, 5).map((r, i) => r.code ?? r.name ?? `#${i + 1}`);
    throw refuse('secretResources', { count: secret.length, codes: `${codes.join(', ')}${secret.length > 5 ? ', …' : ''}` });
  }
  const createdAtText = options.createdAt ?? catalog.updatedAt;
  if (createdAtText === undefined) throw refuse('noCreationTime');
  const createdAt = normalizeCreationTime(createdAtText);
  const derived = safePublicKeyOf(signer);
  if (!derived || derived.length !== signer.publicKey.length || !derived.every((b, i) => b === signer.publicKey[i])) throw refuse('keyMismatch');

  const files = new Map<string, Uint8Array>([
    [SIGNER_ENTRY, encodeUtf8(encodePublicKeyPem(signer.suite, signer.publicKey))],
    [CATALOG_ENTRY, encodeUtf8(serializeCatalog(catalog))],
    [REPORT_ENTRY, encodeUtf8(`${JSON.stringify(report, null, 2)}\n`)],
  ]);
  const manifest = await buildManifest(
    {
      type: options.type ?? 'submission',
      department: { name: catalog.department.name, uscc: catalog.department.uscc, divisionCode: catalog.department.divisionCode },
      profile: report.profile.id,
      catalogVersion: catalog.catalogVersion ?? 0,
      createdAt,
      signer: { keyId: await keyIdOf(signer.suite, signer.publicKey), suite: signer.suite },
    },
    files,
  );
  const manifestBytes = serializeManifest(manifest);
  const signature = sign({ algorithm: signer.suite, privateKey: signer.privateKey, publicKey: signer.publicKey }, manifestBytes);
  return writeContainer(
    [
      ...manifest.files.map((f) => ({ path: f.path, data: files.get(f.path)! })),
      { path: MANIFEST_ENTRY, data: manifestBytes },
      { path: SIGNATURE_ENTRY, data: signature },
    ],
    PACKAGE_MEDIA_TYPE,
  );
}

function safePublicKeyOf(signer: PackSigner): Uint8Array | undefined {
  try {
    return publicKeyOf(signer.suite, signer.privateKey);
  } catch {
    return undefined;
  }
}
