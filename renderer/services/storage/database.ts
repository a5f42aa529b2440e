// Opening the storage at start-up: the database (upgraded through schema.ts if it is older), a request that the
// browser keep it (persistent storage is not evicted under disk pressure), and the integrity check. IndexedDB data
// belongs to the page's origin, which is why the app is served from a fixed app:// origin (electron-notes §3.4).
import type { DexieOptions } from 'dexie';
import { createAuditHasher } from './audit-hash.ts';
import { checkIntegrity, type IntegrityReport } from './integrity.ts';
import { MuluDatabase } from './mulu-database.ts';
import { mapQuotaError, type StorageEstimateLike } from './quota.ts';
import { DATABASE_NAME } from './schema.ts';
import type { StorageContext } from './storage-context.ts';

/** The parts of navigator.storage used here; tests pass their own. */
export interface StorageManagerLike {
  estimate(): Promise<StorageEstimateLike>;
  persist(): Promise<boolean>;
  persisted(): Promise<boolean>;
}

export interface OpenStorageOptions {
  name?: string;
  /** Another IndexedDB implementation (fake-indexeddb in Node tests). */
  dexie?: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;
  /** Default: navigator.storage, when there is one. */
  storageManager?: StorageManagerLike;
  clock?: () => Date;
}

export interface OpenedStorage {
  ctx: StorageContext;
  /** False when the browser may evict the data under disk pressure; the UI says so. */
  persisted: boolean;
  integrity: IntegrityReport;
}

async function requestPersistence(manager: StorageManagerLike | undefined): Promise<boolean> {
  if (!manager) return false;
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    // A browser that refuses the question (some do outside a secure context) has answered no.
    return false;
  }
}

export async function openStorage(options: OpenStorageOptions = {}): Promise<OpenedStorage> {
  const manager = options.storageManager ?? (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
  const db = new MuluDatabase(options.name ?? DATABASE_NAME, options.dexie);
  await mapQuotaError(() => db.open());
  const clock = options.clock ?? (() => new Date());
  const ctx: StorageContext = {
    db,
    hasher: await createAuditHasher(),
    now: () => clock().toISOString(),
    estimate: async () => manager?.estimate(),
  };
  const persisted = await requestPersistence(manager);
  const integrity = await checkIntegrity(ctx);
  return { ctx, persisted, integrity };
}

export function closeStorage(ctx: StorageContext): void {
  ctx.db.close();
}
