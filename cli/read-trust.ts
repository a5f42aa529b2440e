// Reading what `--trust` names: a trust store file, or — for a quick check — a single public key PEM
// (core/package/trust-store.ts). Problems name the file and the JSON path, in both languages.
import { parseTrustStore, trustFromPublicKeyPem, type TrustStore } from '../core/package/trust-store.ts';
import { UsageError } from './exit-codes.ts';
import { readText, unusableVersionedFile } from './read-input.ts';

export async function readTrustStoreFile(path: string): Promise<TrustStore> {
  return trustStoreFromText(path, await readText(path, 'trust'));
}

/** A JSON object is a trust store (its entries hold PEM text too); anything else must be a single public key PEM. */
export async function readTrustArgument(path: string): Promise<TrustStore> {
  const text = await readText(path, 'trust');
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('{')) return trustStoreFromText(path, text);
  const result = await trustFromPublicKeyPem(text);
  if (!result.ok) throw new UsageError(`${path}：${result.message.zh}`, `${path}: ${result.message.en}`);
  return result.store;
}

async function trustStoreFromText(path: string, text: string): Promise<TrustStore> {
  const result = await parseTrustStore(text);
  if (result.ok) return result.store;
  throw unusableVersionedFile({ zh: '信任库文件', en: 'trust store' }, path, result);
}
