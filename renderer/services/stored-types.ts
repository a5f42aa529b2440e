// The stored shapes screens show, named once for them: hooks hand these to screens, and screens never import
// services/storage/ itself (eslint.config.js forbids it, types included). The storage context is opaque to a
// screen: it only passes it on to a hook (the basis library's).
export type { AuditAction, AuditRow, PackageRow, PackageStatus, ReceiptRow, WorkspaceKind, WorkspaceRow } from './storage/rows.ts';
export type { ConflictStatusRow, InboxRow, ReviewRow, RosterRow } from './storage/county-rows.ts';
export type { KeyChange, RetiredKey, StoredSigningKey } from './storage/keystore-store.ts';
export type { StorageContext } from './storage/storage-context.ts';
