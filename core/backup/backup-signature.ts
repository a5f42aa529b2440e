// The backup's signature file: the workspace key's signature over the exact bytes of manifest.json, with the public
// key beside it. The key travels inside the backup too (sealed), so this proves the backup is whole and was made
// with that key; whether the key is the department's is for a person to compare (its key id is on the registration
// form, docs/package-format.md §1.6). A backup of a workspace without a key has no signature and is only
// digest-checked: an unsigned manifest could be rewritten together with the chunks, and the check says so.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { decodeBase64 } from '../crypto/base64.ts';
import { decodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { verify } from '../crypto/signature.ts';
import { parseJsonText } from '../format/json-text.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export const BACKUP_SIGNATURE_FORMAT = 'mulu.backup-signature';

export const BackupSignatureFileSchema = Type.Object(
  {
    format: Type.Literal(BACKUP_SIGNATURE_FORMAT),
    algorithm: Type.Union([Type.Literal('SM2-with-SM3'), Type.Literal('Ed25519')]),
    keyId: Type.String({ maxLength: 200 }),
    publicKey: Type.String({ maxLength: 4000 }),
    signature: Type.String({ maxLength: 400 }),
  },
  { additionalProperties: false },
);

export type BackupSignatureFile = Static<typeof BackupSignatureFileSchema>;

export type SignatureCheck = { ok: true; keyId: string; algorithm: BackupSignatureFile['algorithm'] } | { ok: false; problem: string };

/** Checks the signature file over the manifest bytes, and that it names the key the manifest says the workspace has. */
export async function checkBackupSignature(signatureBytes: Uint8Array, manifestBytes: Uint8Array, manifestKeyId: string | undefined): Promise<SignatureCheck> {
  const text = decodeUtf8Strict(signatureBytes);
  const parsed = text === undefined ? undefined : parseJsonText(text);
  if (!parsed?.ok || !Value.Check(BackupSignatureFileSchema, parsed.value)) return { ok: false, problem: 'signature.json is not a backup signature file' };
  const file = parsed.value;
  const key = decodePublicKeyPem(file.publicKey);
  if (!key.ok || key.algorithm !== file.algorithm) return { ok: false, problem: 'the public key in signature.json is not a key of its algorithm' };
  if ((await keyIdOf(key.algorithm, key.publicKey)) !== file.keyId) return { ok: false, problem: 'the public key in signature.json is not the key it names' };
  if (manifestKeyId !== file.keyId) return { ok: false, problem: `signature.json names key ${file.keyId}, the manifest ${manifestKeyId ?? 'none'}` };
  const signature = decodeBase64(file.signature);
  if (!signature) return { ok: false, problem: 'the signature is not base64' };
  const result = verify(file.algorithm, key.publicKey, manifestBytes, signature);
  return result.valid ? { ok: true, keyId: file.keyId, algorithm: file.algorithm } : { ok: false, problem: 'the signature over manifest.json does not verify' };
}
