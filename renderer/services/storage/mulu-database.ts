// The Dexie database with its tables typed. Repositories take it from the StorageContext; only database.ts opens it.
import { Dexie, type DexieOptions, type EntityTable, type IndexableTypeArrayReadonly, type Table } from 'dexie';
import type {
  AuditBlockRow,
  BasisRow,
  HistoryRow,
  ImportRow,
  MetaRow,
  PackageRow,
  ReceiptRow,
  ResourceRow,
  SettingRow,
  WorkspaceRow,
} from './rows.ts';
import type { ConflictStatusRow, InboxRow, ReviewRow, RosterRow } from './county-rows.ts';
import { declareSchema } from './schema.ts';

export type ResourceKey = [workspaceId: number, generation: number, id: string];
export type HistoryKey = [workspaceId: number, resourceId: string, version: number];

export class MuluDatabase extends Dexie {
  declare readonly meta: Table<MetaRow, string>;
  declare readonly settings: Table<SettingRow, string>;
  declare readonly workspaces: EntityTable<WorkspaceRow, 'id'>;
  declare readonly resources: Table<ResourceRow, ResourceKey>;
  declare readonly history: Table<HistoryRow, HistoryKey>;
  declare readonly imports: EntityTable<ImportRow, 'id'>;
  declare readonly audit: Table<AuditBlockRow, number>;
  declare readonly packages: EntityTable<PackageRow, 'id'>;
  declare readonly receipts: EntityTable<ReceiptRow, 'id'>;
  declare readonly basis: EntityTable<BasisRow, 'id'>;
  declare readonly roster: Table<RosterRow, [workspaceId: number, uscc: string]>;
  declare readonly inbox: EntityTable<InboxRow, 'id'>;
  declare readonly reviews: EntityTable<ReviewRow, 'id'>;
  declare readonly conflictStatuses: Table<ConflictStatusRow, [workspaceId: number, conflictId: string]>;

  constructor(name: string, options: DexieOptions = {}) {
    super(name, options);
    declareSchema(this);
  }
}

export const RESOURCE_KEY = '[workspaceId+generation+id]';
export const HISTORY_KEY = '[workspaceId+resourceId+version]';
/** History indexes by the time a version was saved, and by the 变更之日 its note gives (schema v3). */
export const HISTORY_SAVED_AT = '[workspaceId+stamp.at]';
export const HISTORY_BASIS_CHANGED_ON = '[workspaceId+stamp.note.basisChangedOn]';

type Range = [lower: IndexableTypeArrayReadonly, upper: IndexableTypeArrayReadonly];

/** Every key that starts with `prefix`, for `where(RESOURCE_KEY or HISTORY_KEY).between(...)`. */
export function prefixRange(...prefix: (string | number)[]): Range {
  return [
    [...prefix, Dexie.minKey],
    [...prefix, Dexie.maxKey],
  ];
}
