// The workspace's signing key and the receiver's public key, kept in the settings table (JSON values, so no schema
// change). The key is stored only as core's keystore text — the private key sealed under the passphrase
// (core/crypto/keystore.ts) — never in the clear. Every change is one transaction with its audit entry. A replaced
// key's public part is kept (retired), because packages it signed stay verifiable only with it.
import type { SignatureAlgorithm } from '../../../core/crypto/algorithms.ts';
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

/** A public key the workspace no longer signs with. */
export interface RetiredKey {
  keyId: string;
  algorithm: SignatureAlgorithm;
  publicKeyPem: string;
  created: string;
  retiredAt: string;
}

export interface StoredSigningKey {
  /** core's keystore file text: the private key sealed under the passphrase. */
  keystore: string;
  keyId: string;
  algorithm: SignatureAlgorithm;
  created: string;
  savedAt: string;
  /** Oldest first. */
  retired: RetiredKey[];
}

/** The receiving platform's public key: what receipts (回执) are verified against. */
export interface ReceiverKey {
  pem: string;
  keyId: string;
  savedAt: string;
}

const signingKeySetting = (workspaceId: number) => `signingKey:${workspaceId}`;
const receiverKeySetting = (workspaceId: number) => `receiverKey:${workspaceId}`;

export async function getSigningKey(ctx: StorageContext, workspaceId: number): Promise<StoredSigningKey | undefined> {
  return (await ctx.db.settings.get(signingKeySetting(workspaceId)))?.value as StoredSigningKey | undefined;
}

export type KeyChange = 'create' | 'replace' | 'passphrase';

/**
 * Stores a keystore for the workspace. 'create' refuses when a key exists (replacing is a decision of its own),
 * 'replace' retires the current key, and 'passphrase' requires the same key id (a re-sealed key, nothing else).
 */
export async function storeSigningKey(ctx: StorageContext, workspaceId: number, keystore: string, change: KeyChange, operator: string): Promise<StoredSigningKey> {
  const read = await readKeystoreInfo(keystore);
  if (!read.ok) throw new Error(`storeSigningKey: not a usable keystore (${read.error.code})`);
  const { info } = read;
  // Everything asynchronous is done before the transaction: IndexedDB commits one that awaits anything else.
  const before = await getSigningKey(ctx, workspaceId);
  const retiring = change === 'replace' && before ? await retire(before) : undefined;
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.settings, ...AUDIT_TABLES], async () => {
      const current = (await db.settings.get(signingKeySetting(workspaceId)))?.value as StoredSigningKey | undefined;
      if (change === 'create' && current) throw new Error('storeSigningKey: the workspace has a key; replace it instead');
      if (change !== 'create' && !current) throw new Error(`storeSigningKey: no key to ${change}`);
      if (current?.keyId !== before?.keyId) throw new Error('storeSigningKey: the key changed meanwhile');
      if (change === 'passphrase' && current!.keyId !== info.keyId) throw new Error('storeSigningKey: a new passphrase must seal the same key');
      const at = ctx.now();
      const retired = [...(current?.retired ?? []), ...(retiring ? [{ ...retiring, retiredAt: at }] : [])];
      const stored: StoredSigningKey = { keystore, keyId: info.keyId, algorithm: info.algorithm, created: info.created, savedAt: at, retired };
      await db.settings.put({ key: signingKeySetting(workspaceId), value: stored as unknown as JsonValue });
      await appendAudit(ctx, {
        operator,
        workspaceId,
        action: `key.${change}`,
        subject: info.keyId,
        detail: { algorithm: info.algorithm, ...(retiring && { replaced: retiring.keyId }) },
      });
      return stored;
    }),
  );
}

/** The public part of the key being replaced. */
async function retire(key: StoredSigningKey): Promise<Omit<RetiredKey, 'retiredAt'>> {
  const read = await readKeystoreInfo(key.keystore);
  if (!read.ok) throw new Error(`stored keystore unreadable (${read.error.code})`);
  return { keyId: key.keyId, algorithm: key.algorithm, publicKeyPem: encodePublicKeyPem(read.info.algorithm, read.info.publicKey), created: key.created };
}

export async function getReceiverKey(ctx: StorageContext, workspaceId: number): Promise<ReceiverKey | undefined> {
  return (await ctx.db.settings.get(receiverKeySetting(workspaceId)))?.value as ReceiverKey | undefined;
}

/** Keeps the receiver's public key (already decoded by the caller, which knows its key id). */
export async function storeReceiverKey(ctx: StorageContext, workspaceId: number, key: Omit<ReceiverKey, 'savedAt'>, operator: string): Promise<ReceiverKey> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.settings, ...AUDIT_TABLES], async () => {
      const stored: ReceiverKey = { ...key, savedAt: ctx.now() };
      await db.settings.put({ key: receiverKeySetting(workspaceId), value: stored as unknown as JsonValue });
      await appendAudit(ctx, { operator, workspaceId, action: 'trust.receiver', subject: key.keyId, detail: {} });
      return stored;
    }),
  );
}
