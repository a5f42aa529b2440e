// The signed container exercises and submissions share: a ZIP through core/zip with its own media type, a canonical
// manifest listing every file with its digest (as packages do, core/package/manifest.ts), signed by the key whose
// public half travels in META-INF/signer.pem. Training keys are nobody's registered key, so the signature proves
// the files are the ones signed, not who signed them: a trainer's exercise and a trainee's submission cannot be
// changed unnoticed after signing, and the key's fingerprint is shown for whoever wants to compare it.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SIGNATURE_ALGORITHMS } from '../crypto/algorithms.ts';
import { canonicalJson, canonicalJsonBytes, type JsonValue } from '../crypto/canonical-json.ts';
import { decodePublicKeyPem, encodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { sign, verify } from '../crypto/signature.ts';
import type { LocalText } from '../i18n/text.ts';
import { literalUnion } from '../model/literal-union.ts';
import { compareCodeUnits } from '../package/code-unit-order.ts';
import { fileDigest, TRAINING_WATERMARK } from '../package/manifest.ts';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY } from '../package/package-media-type.ts';
import { isMatchingKeyPair, type SigningKey } from '../package/signer-key.ts';
import { readContainer } from '../zip/reader.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../zip/utf8.ts';
import { writeContainer } from '../zip/writer.ts';
import { exerciseFailure, type ExerciseFailure } from './exercise-failures.ts';

export const CONTAINER_MANIFEST_FORMAT = 'mulu.exercise-manifest';
export const CONTAINER_TYPES = ['exercise', 'submission'] as const;
export type ContainerType = (typeof CONTAINER_TYPES)[number];

export const EXERCISE_MEDIA_TYPE = 'application/vnd.mulu.exercise+zip';
export const SUBMISSION_MEDIA_TYPE = 'application/vnd.mulu.exercise-submission+zip';
const MEDIA_TYPE: Readonly<Record<ContainerType, string>> = { exercise: EXERCISE_MEDIA_TYPE, submission: SUBMISSION_MEDIA_TYPE };
/** What the file is, for messages. */
export const CONTAINER_NAME: Readonly<Record<ContainerType, LocalText>> = {
  exercise: { zh: '练习文件', en: 'an exercise file' },
  submission: { zh: '练习答卷', en: 'an exercise submission' },
};

const ContainerManifestSchema = Type.Object(
  {
    format: Type.Literal(CONTAINER_MANIFEST_FORMAT),
    version: Type.Literal(1),
    type: literalUnion(CONTAINER_TYPES),
    // Always the training watermark: nothing in these files is a real submission.
    watermark: Type.Literal(TRAINING_WATERMARK),
    signer: Type.Object({ keyId: Type.String(), suite: literalUnion(SIGNATURE_ALGORITHMS) }, { additionalProperties: false }),
    files: Type.Array(Type.Object({ path: Type.String(), size: Type.Integer({ minimum: 0 }), digest: Type.String() }, { additionalProperties: false }), { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type ContainerManifest = Static<typeof ContainerManifestSchema>;

export interface OpenedContainer {
  manifest: ContainerManifest;
  /** The digest of the exact signed manifest bytes (`sm3:<hex>` or `sha256:<hex>`): it names an exercise. */
  digest: string;
  /** Every listed file, verified. */
  files: ReadonlyMap<string, Uint8Array>;
}

/**
 * Writes `files` (name → bytes) signed by `signer`; the entry order is fixed, so the bytes follow from the input.
 * Also gives the digest of the signed manifest, which names an exercise.
 */
export async function writeSignedContainer(type: ContainerType, files: ReadonlyMap<string, Uint8Array>, signer: SigningKey): Promise<{ bytes: Uint8Array; digest: string }> {
  if (!isMatchingKeyPair(signer)) throw new RangeError('writeSignedContainer: the public key is not the private key’s');
  const all = new Map(files);
  all.set(SIGNER_ENTRY, encodeUtf8(encodePublicKeyPem(signer.suite, signer.publicKey)));
  const listed = [];
  for (const [path, data] of all) listed.push({ path, size: data.length, digest: await fileDigest(signer.suite, data) });
  listed.sort((a, b) => compareCodeUnits(a.path, b.path));
  const manifest: ContainerManifest = {
    format: CONTAINER_MANIFEST_FORMAT,
    version: 1,
    type,
    watermark: TRAINING_WATERMARK,
    signer: { keyId: await keyIdOf(signer.suite, signer.publicKey), suite: signer.suite },
    files: listed,
  };
  const manifestBytes = canonicalJsonBytes(manifest as unknown as JsonValue);
  const signature = sign({ algorithm: signer.suite, privateKey: signer.privateKey, publicKey: signer.publicKey }, manifestBytes);
  const bytes = writeContainer(
    [...listed.map((f) => ({ path: f.path, data: all.get(f.path)! })), { path: MANIFEST_ENTRY, data: manifestBytes }, { path: SIGNATURE_ENTRY, data: signature }],
    MEDIA_TYPE[type],
  );
  return { bytes, digest: await fileDigest(signer.suite, manifestBytes) };
}

/** The container's files if it is one of `type`, signed by the key it carries and unchanged since. Never throws for the bytes. */
export async function openSignedContainer(type: ContainerType, bytes: Uint8Array): Promise<{ ok: true; container: OpenedContainer } | ExerciseFailure> {
  const what = CONTAINER_NAME[type];
  const read = readContainer(bytes, MEDIA_TYPE[type]);
  if (!read.ok) return exerciseFailure('container', { what, detail: read.message }, read.entry);
  const manifestBytes = read.entries.get(MANIFEST_ENTRY);
  const signature = read.entries.get(SIGNATURE_ENTRY);
  if (!manifestBytes || !signature) return exerciseFailure('manifestInvalid', { what, problem: `${MANIFEST_ENTRY} / ${SIGNATURE_ENTRY} missing` });
  const manifest = parseContainerManifest(manifestBytes, type);
  if (typeof manifest === 'string') return exerciseFailure('manifestInvalid', { what, problem: manifest });

  const pem = read.entries.get(SIGNER_ENTRY);
  const key = pem && decodePublicKeyPem(decodeUtf8Strict(pem) ?? '');
  if (!key?.ok || key.algorithm !== manifest.signer.suite || (await keyIdOf(key.algorithm, key.publicKey)) !== manifest.signer.keyId) {
    return exerciseFailure('tampered', { what, entry: SIGNER_ENTRY }, SIGNER_ENTRY);
  }
  if (!verify(key.algorithm, key.publicKey, manifestBytes, signature).valid) return exerciseFailure('badSignature', { what });

  const files = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const data = read.entries.get(f.path);
    if (!data || data.length !== f.size || (await fileDigest(manifest.signer.suite, data)) !== f.digest) return exerciseFailure('tampered', { what, entry: f.path }, f.path);
    files.set(f.path, data);
  }
  const extra = read.order.find((name) => !files.has(name) && name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY);
  if (extra !== undefined) return exerciseFailure('tampered', { what, entry: extra }, extra);
  return { ok: true, container: { manifest, digest: await fileDigest(manifest.signer.suite, manifestBytes), files } };
}

/** The manifest, or what is wrong with it (in English, embedded in the bilingual message). */
function parseContainerManifest(bytes: Uint8Array, type: ContainerType): ContainerManifest | string {
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) return 'not UTF-8';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!Value.Check(ContainerManifestSchema, value)) {
    const first = Value.Errors(ContainerManifestSchema, value).First();
    return `${first?.path || '/'}: ${first?.message ?? 'invalid'}`;
  }
  if (value.type !== type) return `/type is "${value.type}", not "${type}"`;
  if (canonicalJson(value as unknown as JsonValue) !== text) return 'not in RFC 8785 canonical form';
  return value;
}
