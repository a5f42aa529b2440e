// The database schema as numbered versions, oldest first, each with the upgrade that rewrites what the previous
// version stored. A version is never edited once released: a change is a new entry here, and
// test/e2e/storage-chromium.test.ts opens a database written by the oldest version with the current code.
//
// Upgrades touch only IndexedDB (no other awaits), so each runs inside the browser's version-change transaction
// and is all-or-nothing: a kill mid-upgrade leaves the old version and the old data (Dexie issue #1175 happens
// when an upgrade awaits something else and the transaction commits early). They are idempotent all the same.
import type { Dexie, Transaction } from 'dexie';
import type { Resource } from '../../../core/model/catalog.ts';
import { normalizeName } from '../../../core/text/normalize.ts';
import type { AuditBlockRow, AuditRow } from './rows.ts';

export const DATABASE_NAME = 'mulu';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs (primary key, then indexes) of the tables this version adds or changes; null drops one. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** The name key that finds same-named resources through an index (duplicate names are a rule finding). */
export function nameKeyOf(resource: Pick<Resource, 'name'>): string {
  return normalizeName(resource.name ?? '');
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      meta: 'key',
      settings: 'key',
      workspaces: '++id, &slot',
      // Compound keys put each workspace's generation in one key range: reading the live catalog and dropping a
      // staged or replaced generation are range operations, and a resource is found by [workspace, generation, id].
      resources: '[workspaceId+generation+id]',
      history: '[workspaceId+resourceId+version]',
      imports: '++id, status, workspaceId',
      audit: 'seq',
      packages: '++id, workspaceId, packageId, manifestDigest',
      receipts: '++id, workspaceId, packageRowId',
      basis: '++id, &key',
    },
  },
  {
    version: 2,
    stores: { resources: '[workspaceId+generation+id], [workspaceId+generation+nameKey]' },
    upgrade: async (tx) => {
      await tx
        .table<{ resource: Resource; nameKey?: string }>('resources')
        .toCollection()
        .modify((row) => {
          row.nameKey = nameKeyOf(row.resource);
        });
    },
  },
  {
    // When each history version was saved, and the 变更之日 its note gives (only notes with one are in that index),
    // as index keys: 首页's deadlines read the changes after an instant from the keys alone instead of
    // deserializing every row with its items (~1.5 s at county scale, after every edit); the live versions' stamps
    // come from the open session. Not on resources: an index there slowed the import commit by ~0.4 s at county
    // scale (1.00–1.05× → 1.06–1.30× a raw bulkPut, against a goal of 1.25×). The browser builds the indexes
    // from the rows already stored; no row changes.
    version: 3,
    stores: {
      history: '[workspaceId+resourceId+version], [workspaceId+stamp.at], [workspaceId+stamp.note.basisChangedOn]',
    },
  },
  {
    // The county workspace (县级汇总): its roster of units with their keys, and the inbox of received packages.
    // New tables only; a department's data is untouched.
    version: 4,
    stores: { roster: '[workspaceId+uscc]', inbox: '++id, workspaceId' },
  },
  {
    // The audit entries one action appends are one block row, keyed by the first entry's seq (AuditBlockRow): a
    // row per entry cost a bulk edit of 5,000 resources 0.44× a raw bulkPut, one row 0.06× (decisions/0014). The
    // key stays seq, so the store is unchanged; each stored entry becomes a block of one, as it was, hash included.
    // A row that already is a block is left as it is.
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      const audit = tx.table<AuditRow | AuditBlockRow, number>('audit');
      const single = (await audit.toArray()).filter((row): row is AuditRow => !('entries' in row));
      await audit.bulkPut(single.map((entry): AuditBlockRow => ({ seq: entry.seq, entries: [entry] })));
    },
  },
  {
    // The county's review decisions (one per inbox package, with its signed receipt) and the conflict register's
    // statuses by conflict id. New tables only.
    version: 6,
    stores: { reviews: '++id, workspaceId, inboxId', conflictStatuses: '[workspaceId+conflictId]' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares every version up to `upTo` on `db` (tests pass an older one to create an old database). */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
