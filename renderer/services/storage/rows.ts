// What the storage tables hold, one interface per table. These are stored shapes: a change here needs a new
// schema version in schema.ts (and an upgrade when old rows must be rewritten), not just an edit.
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import type { Basis, Department, Resource } from '../../../core/model/catalog.ts';
import type { PackageManifest, PackageType } from '../../../core/package/manifest.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import type { PackageStatus, Receipt } from '../../../core/package/receipt.ts';

/** A department compiles its catalog; a county (县级汇总) receives, reviews and aggregates its units' packages. */
export type WorkspaceKind = 'department' | 'county' | 'training';

/** The catalog-level fields that are not resources; the department and profile are the workspace's own. */
export interface CatalogHeader {
  catalogVersion?: number;
  updatedAt?: string;
  /** Highest 顺序码 ever issued per 分类码; only ever raised, so a withdrawn code is never reissued. */
  codeSequences: Record<string, number>;
}

/** One resource's edit that can be undone: the version it made and the version it replaced (null: it created the resource). */
export interface UndoEdit {
  resourceId: string;
  version: number;
  previous: number | null;
}

/**
 * What one undo (or redo) takes back: a single edit, or a bulk edit or deletion as a whole (`batch`). Rows stored
 * before batches existed hold single edits only, which is still a valid step.
 */
export type UndoStep = UndoEdit | { batch: UndoEdit[] };

export interface WorkspaceRow {
  id: number;
  kind: WorkspaceKind;
  /** Unique: `department:<uscc>`, `county:<uscc>` or `training`: one workspace per department, per county authority, and one for training. */
  slot: string;
  department: Department;
  profileId: string;
  operatorName: string;
  createdAt: string;
  header: CatalogHeader;
  /** Resource rows of this generation are the catalog; other generations are an import being staged or retired. */
  liveGeneration: number;
  nextGeneration: number;
  /** Versions are numbered per workspace, increasing; an import gives one number to every resource it changes. */
  lastVersion: number;
  nextPosition: number;
  resourceCount: number;
  /** Newest last; bounded (resource-edits.ts). */
  undo: UndoStep[];
  /** What undo took back, newest last; any new edit empties it. Absent in rows stored before redo existed. */
  redo?: UndoStep[];
}

export type VersionKind = 'create' | 'edit' | 'delete' | 'undo' | 'redo' | 'import';

/** Who made a version of a resource, when, and why: the 变更说明 the regulations require for every change. */
export interface VersionStamp {
  version: number;
  kind: VersionKind;
  at: string;
  operator: string;
  note: ChangeNote;
  importId?: number;
  /** kind 'undo': the version it undid. */
  undoes?: number;
  /** kind 'redo': the undone version it brought back. */
  redoes?: number;
}

/** The current version of a resource, items inside (docs/decisions/0006-items-inside-the-resource-record.md has the measurement). */
export interface ResourceRow {
  workspaceId: number;
  generation: number;
  id: string;
  /** Catalog order. */
  position: number;
  /** normalizeName(resource.name): finds same-named resources without a scan (schema v2). */
  nameKey: string;
  resource: Resource;
  stamp: VersionStamp;
}

/** A version that is no longer current; `resource` is null for a deletion. */
export interface HistoryRow {
  workspaceId: number;
  resourceId: string;
  version: number;
  position: number;
  resource: Resource | null;
  stamp: VersionStamp;
}

export type ImportStatus = 'staging' | 'committed' | 'abandoned';

export interface ImportRow {
  id: number;
  workspaceId: number;
  status: ImportStatus;
  /** Where the rows are staged, and the live generation they replace. */
  generation: number;
  baseGeneration: number;
  /** The version reserved for the import; an edit after it makes the commit refuse (the staged copy is stale). */
  version: number;
  operator: string;
  note: ChangeNote;
  source: string | null;
  startedAt: string;
  committedAt: string | null;
  expected: { resources: number; items: number };
  staged: number;
  header: CatalogHeader;
  /** Set at commit: the resources whose replaced version goes to history (the others the import kept as they were). */
  replaced: { changed: string[]; withdrawn: string[] };
  /** Committed, and the replaced generation has been moved into history. */
  retired: boolean;
}

export type AuditAction =
  | 'workspace.create'
  | 'workspace.update'
  | 'resource.save'
  | 'resource.delete'
  | 'resource.undo'
  | 'resource.redo'
  | 'import.commit'
  | 'package.record'
  | 'receipt.record'
  | 'key.create'
  | 'key.replace'
  | 'key.passphrase'
  | 'trust.receiver'
  | 'backup.create'
  | 'backup.restore'
  | 'roster.import'
  | 'roster.key'
  | 'inbox.receive'
  | 'review.decide'
  | 'conflict.status';

/** The hashed part of an audit entry. */
export interface AuditBody {
  seq: number;
  at: string;
  operator: string;
  workspaceId: number | null;
  action: AuditAction;
  subject: string;
  detail: { readonly [key: string]: JsonValue };
  /** The previous entry's hash (64 zeros for the first). */
  prevHash: string;
}

/** One audit entry: its body and the hash that chains it. */
export interface AuditRow extends AuditBody {
  /** SM3 of the canonical JSON of the body, hex. */
  hash: string;
}

/**
 * The entries one action appended, in order, stored as one row keyed by the first entry's seq (schema v5): a bulk
 * edit of 5,000 resources writes one row, not 5,000 (decisions/0014). Each entry is hashed and chained as before.
 */
export interface AuditBlockRow {
  seq: number;
  entries: AuditRow[];
}

export type { PackageStatus };

/** The package file itself, or where it was saved when it is too large to keep (the file dialog's path). */
export type PackageContent = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'file'; path: string };

export interface PackageRow {
  id: number;
  workspaceId: number;
  packageId: string;
  type: PackageType;
  /** `sm3:<hex>` of the manifest bytes: what a receipt names. */
  manifestDigest: string;
  manifest: PackageManifest;
  fileName: string;
  size: number;
  content: PackageContent;
  savedAt: string;
  status: PackageStatus;
  receiptId: number | null;
}

/** A receipt (回执) the department imported, verified by core's verifyReceipt against the package it names. */
export interface ReceiptRow {
  id: number;
  workspaceId: number;
  packageRowId: number;
  receipt: Receipt;
  /** The receipt file as received: the signed evidence, verifiable again at any time. */
  fileText: string;
  importedAt: string;
}

export interface BasisRow {
  id: number;
  /** Unique: normalised title, 文号 and 条款, so the library holds each basis once. */
  key: string;
  basis: Basis;
  savedAt: string;
}

export interface SettingRow {
  key: string;
  value: JsonValue;
}

export interface MetaRow {
  key: string;
  value: JsonValue;
}
