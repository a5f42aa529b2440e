// The public key a package of ours was signed with: the current key, a retired one (keystore-store.ts keeps their
// public parts), or — for a package signed before this workspace kept its keys — the key the package names
// itself. Only our own stored packages are verified this way, as the base of the next incremental package.
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { readPackage } from '../../../core/package/read-package.ts';
import { SIGNER_ENTRY } from '../../../core/package/package-media-type.ts';
import { decodeUtf8Strict } from '../../../core/zip/utf8.ts';
import type { StoredSigningKey } from '../storage/keystore-store.ts';
import type { PackageRow } from '../storage/rows.ts';

export async function signerPemFor(pkg: PackageRow & { content: { kind: 'bytes' } }, key: StoredSigningKey): Promise<string> {
  const keyId = pkg.manifest.signer.keyId;
  if (keyId === key.keyId) {
    const read = await readKeystoreInfo(key.keystore);
    if (read.ok) return encodePublicKeyPem(read.info.algorithm, read.info.publicKey);
  }
  const retired = key.retired.find((r) => r.keyId === keyId);
  if (retired) return retired.publicKeyPem;
  const read = readPackage(pkg.content.bytes);
  const pem = read.ok ? read.contents.entries.get(SIGNER_ENTRY) : undefined;
  return pem ? (decodeUtf8Strict(pem) ?? '') : '';
}
