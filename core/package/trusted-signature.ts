// Checking a detached signature the way every signed Mulu file is checked (the package manifest, a receipt): the
// signer's key id must be in the verifier's trust store, valid at the verification time; the algorithm, public key
// and department come from the trust entry, and what the file claims must agree with them; a public key carried in
// the file is only a hint, and a different key there is a failure, never a substitute. Only then is the signature
// checked over the exact signed bytes, with the trusted key.
import { decodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { verify as verifySignature } from '../crypto/signature.ts';
import { VERIFY_FAILURE_TEXT } from '../crypto/verification.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { findTrustedKey, type ClaimedSigner, type TrustedKey, type TrustRefusal, type TrustStore } from './trust-store.ts';

export type SignatureRefusal = TrustRefusal | 'signerMismatch' | 'badSignature';

export interface SignedBytes {
  keyId: string;
  claimed: ClaimedSigner;
  /** The signer's public key PEM carried in the file, if any, and where it was found (for messages). */
  hint?: { pem: string | undefined; where: LocalText };
  /** What was signed, for messages: 清单 / the manifest, 回执 / the receipt. */
  subject: LocalText;
  signed: Uint8Array;
  signature: Uint8Array;
}

export type TrustedSignatureResult = { ok: true; key: TrustedKey } | { ok: false; reason: SignatureRefusal; message: LocalText };

const TEXT: Readonly<Record<'signerMismatch' | 'badSignature', LocalText>> = {
  signerMismatch: {
    zh: '{where} 的公钥（{found}）与{subject}所称的签名公钥（{keyId}）不一致，文件已被改动。',
    en: 'The key in {where} ({found}) is not the signing key {subject} names ({keyId}); the file has been altered.',
  },
  badSignature: { zh: '{subject}签名验证失败：{detail}。', en: 'The signature over {subject} does not verify: {detail}.' },
};

export async function checkTrustedSignature(trust: TrustStore, at: Date, input: SignedBytes): Promise<TrustedSignatureResult> {
  const lookup = findTrustedKey(trust, input.keyId, at, input.claimed);
  if (!lookup.ok) return { ok: false, reason: lookup.reason, message: lookup.message };
  const trusted = lookup.key;
  if (input.hint) {
    const found = input.hint.pem === undefined ? undefined : await pemKeyId(input.hint.pem);
    if (found !== trusted.keyId) {
      return { ok: false, reason: 'signerMismatch', message: fillLocal(TEXT.signerMismatch, { where: input.hint.where, found: found ?? '?', subject: input.subject, keyId: trusted.keyId }) };
    }
  }
  const checked = verifySignature(trusted.algorithm, trusted.publicKey, input.signed, input.signature);
  if (!checked.valid) return { ok: false, reason: 'badSignature', message: fillLocal(TEXT.badSignature, { subject: input.subject, detail: VERIFY_FAILURE_TEXT[checked.reason] }) };
  return { ok: true, key: trusted };
}

async function pemKeyId(pem: string): Promise<string | undefined> {
  const decoded = decodePublicKeyPem(pem);
  return decoded.ok ? keyIdOf(decoded.algorithm, decoded.publicKey) : undefined;
}
