// Disk space. A full disk surfaces as QuotaExceededError, often wrapped: Dexie's AbortError or OpenFailedError
// carry it in `inner`, a BulkError in `failures` (electron-notes §6.5). Chromium also reserves free space, so the
// quota can run out with disk left: big imports are checked against navigator.storage.estimate() first.
import type { Catalog } from '../../../core/model/catalog.ts';
import { storageError } from './storage-errors.ts';

/** Room asked for beyond the estimate: the new generation is written before the old one is moved to history. */
const SPACE_FACTOR = 2;
/** Resources serialised to estimate the size of a catalog; enough for a stable average, cheap at 20,000. */
const SAMPLE = 200;
const MB = 1024 * 1024;

interface NestedError {
  name?: unknown;
  inner?: unknown;
  failures?: unknown;
}

export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as NestedError;
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaExceeded(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/** Runs a write and turns a quota failure into the bilingual StorageError; other errors pass unchanged. */
export async function mapQuotaError<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaExceeded(error) ? storageError('quotaExceeded') : error;
  }
}

/** Bytes a catalog takes in IndexedDB, roughly: its JSON length (measured on-disk size is close to it). */
export function estimateCatalogBytes(catalog: Catalog): number {
  const { resources } = catalog;
  if (resources.length === 0) return 0;
  const step = Math.max(1, Math.floor(resources.length / SAMPLE));
  let chars = 0;
  let sampled = 0;
  for (let i = 0; i < resources.length; i += step, sampled++) chars += JSON.stringify(resources[i]).length;
  return Math.ceil((chars / sampled) * resources.length);
}

/** navigator.storage.estimate()'s answer, typed here so the module also type-checks without the DOM library. */
export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export type EstimateStorage = () => Promise<StorageEstimateLike | undefined>;

/** Refuses (quotaInsufficient) when usage plus twice `bytes` would pass the quota; silent when the browser cannot tell. */
export async function ensureRoomFor(bytes: number, estimate: EstimateStorage): Promise<void> {
  const e = await estimate();
  if (e?.quota === undefined || e.usage === undefined) return;
  const needed = bytes * SPACE_FACTOR;
  const available = e.quota - e.usage;
  if (needed > available) {
    throw storageError('quotaInsufficient', { neededMB: Math.ceil(needed / MB), availableMB: Math.max(0, Math.floor(available / MB)) });
  }
}
