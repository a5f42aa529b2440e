// AES-256-GCM through WebCrypto, the authenticated cipher that Chromium and Node both provide natively.
// core/ is type-checked without DOM or Node typings, so the few members used are declared here.

interface AesGcmParams {
  name: 'AES-GCM';
  iv: Uint8Array;
  additionalData: Uint8Array;
  tagLength: 128;
}

interface AesGcmSubtle {
  importKey(format: 'raw', keyData: Uint8Array, algorithm: 'AES-GCM', extractable: false, usages: readonly ['encrypt' | 'decrypt']): Promise<object>;
  encrypt(algorithm: AesGcmParams, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: object, data: Uint8Array): Promise<ArrayBuffer>;
}

const subtle = (): AesGcmSubtle => (globalThis as unknown as { crypto: { subtle: AesGcmSubtle } }).crypto.subtle;

/** ciphertext ‖ 16-byte tag of `plaintext` under a 32-byte key and a 12-byte IV, with `aad` authenticated. */
export async function aesGcmEncrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await subtle().importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, plaintext));
}

/** The plaintext, or undefined when the key, IV, AAD or ciphertext is not the one it was sealed with. */
export async function aesGcmDecrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Promise<Uint8Array | undefined> {
  const cryptoKey = await subtle().importKey('raw', key, 'AES-GCM', false, ['decrypt']);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, cryptoKey, sealed));
  } catch {
    return undefined; // WebCrypto reports a failed tag check as an OperationError
  }
}
