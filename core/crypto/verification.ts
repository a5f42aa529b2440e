// The outcome of checking a signature. Verifying never throws on bad input: a package from outside may carry
// anything, and every rejection must say why (signing-notes §2.3: sm-crypto-v2 throws on some malformed input).
import type { LocalText } from '../i18n/text.ts';

export type VerifyFailure = 'invalidPublicKey' | 'malformedSignature' | 'signatureOutOfRange' | 'badSignature';

export type VerifyResult = { valid: true } | { valid: false; reason: VerifyFailure };

export const VERIFY_FAILURE_TEXT: Readonly<Record<VerifyFailure, LocalText>> = {
  invalidPublicKey: {
    zh: '公钥无效（不是该算法曲线上的合法点）',
    en: 'the public key is invalid (not a valid point for the algorithm)',
  },
  malformedSignature: {
    zh: '签名编码不合规范（SM2 须为严格 DER 编码的 SEQUENCE{r, s}，Ed25519 须为 64 字节）',
    en: 'the signature is not well formed (SM2: strict DER SEQUENCE{r, s}; Ed25519: 64 bytes)',
  },
  signatureOutOfRange: {
    zh: '签名数值超出范围（r、s 须满足 0 < r, s < n）',
    en: 'a signature value is out of range (r and s must satisfy 0 < r, s < n)',
  },
  badSignature: {
    zh: '签名与内容或公钥不符：内容已被改动，或不是用该密钥签署的',
    en: 'the signature does not match the content and key: the content was changed or another key signed it',
  },
};
