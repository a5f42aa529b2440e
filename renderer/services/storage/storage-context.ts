// What every repository works with: the open database, the audit hasher, the clock and the quota estimate.
// Injected so tests can fix the time and the quota; database.ts builds the real one.
import type { AuditHasher } from './audit-hash.ts';
import type { MuluDatabase } from './mulu-database.ts';
import type { EstimateStorage } from './quota.ts';

export interface StorageContext {
  readonly db: MuluDatabase;
  readonly hasher: AuditHasher;
  /** The current instant, ISO 8601 UTC. */
  now(): string;
  readonly estimate: EstimateStorage;
}
