// The signature suites Mulu signs with. SM2-with-SM3 (GB/T 32918, GB/T 32905) is the default because Chinese
// government platforms require commercial cryptography (商用密码); Ed25519 with SHA-256 is the international
// option. A suite fixes the digest too (file digests, key ids), so one package never mixes SM3 and SHA-256.

export const SIGNATURE_ALGORITHMS = ['SM2-with-SM3', 'Ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export type DigestAlgorithm = 'SM3' | 'SHA-256';

export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return (SIGNATURE_ALGORITHMS as readonly unknown[]).includes(value);
}

export function digestAlgorithmOf(algorithm: SignatureAlgorithm): DigestAlgorithm {
  return algorithm === 'Ed25519' ? 'SHA-256' : 'SM3';
}
