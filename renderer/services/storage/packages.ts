// Packages the department saved for submission and the receipts (回执) it got back. A package is recorded when it
// is saved; a receipt, once core's verifyReceipt has accepted it for that package, sets the package's status.
import { fileDigest, type PackageManifest } from '../../../core/package/manifest.ts';
import type { Receipt } from '../../../core/package/receipt.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import { mapQuotaError } from './quota.ts';
import type { PackageContent, PackageRow, ReceiptRow } from './rows.ts';
import type { StorageContext } from './storage-context.ts';
import { storageError } from './storage-errors.ts';

export interface SavedPackage {
  workspaceId: number;
  manifest: PackageManifest;
  /** The exact manifest.json bytes: their digest is what a receipt names. */
  manifestBytes: Uint8Array;
  fileName: string;
  size: number;
  content: PackageContent;
  operator: string;
}

export async function recordPackage(ctx: StorageContext, saved: SavedPackage): Promise<PackageRow> {
  const { db } = ctx;
  // Hashed before the transaction: IndexedDB commits a transaction that awaits anything else.
  const manifestDigest = await fileDigest(saved.manifest.signer.suite, saved.manifestBytes);
  return mapQuotaError(() =>
    db.transaction('rw', [db.packages, ...AUDIT_TABLES], async () => {
      const row: Omit<PackageRow, 'id'> = {
        workspaceId: saved.workspaceId,
        packageId: saved.manifest.packageId,
        type: saved.manifest.type,
        manifestDigest,
        manifest: saved.manifest,
        fileName: saved.fileName,
        size: saved.size,
        content: saved.content,
        savedAt: ctx.now(),
        status: 'awaitingReceipt',
        receiptId: null,
      };
      const id = await db.packages.add(row);
      const { manifest } = saved;
      await appendAudit(ctx, {
        operator: saved.operator,
        workspaceId: saved.workspaceId,
        action: 'package.record',
        subject: manifest.packageId,
        detail: {
          type: manifest.type,
          catalogVersion: manifest.catalogVersion,
          baseVersion: manifest.baseVersion,
          changes: manifest.changes?.length ?? null,
          manifestDigest,
          fileName: saved.fileName,
        },
      });
      return { ...row, id };
    }),
  );
}

/** Newest first. */
export async function listPackages(ctx: StorageContext, workspaceId: number): Promise<PackageRow[]> {
  return (await ctx.db.packages.where('workspaceId').equals(workspaceId).reverse().sortBy('savedAt'));
}

/**
 * Records a receipt that core's verifyReceipt accepted, and marks its package accepted or returned. The package is
 * found by the manifest digest the receipt signs; a second receipt for the same package is refused.
 */
export async function recordReceipt(ctx: StorageContext, workspaceId: number, receipt: Receipt, fileText: string, operator: string): Promise<ReceiptRow> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.packages, db.receipts, ...AUDIT_TABLES], async () => {
      const pkg = await db.packages
        .where('manifestDigest')
        .equals(receipt.manifestDigest)
        .filter((p) => p.workspaceId === workspaceId && p.packageId === receipt.packageId)
        .first();
      if (!pkg) throw storageError('unknownPackage', { packageId: receipt.packageId });
      if (pkg.receiptId !== null) throw storageError('receiptExists', { packageId: receipt.packageId });
      const row: Omit<ReceiptRow, 'id'> = { workspaceId, packageRowId: pkg.id, receipt, fileText, importedAt: ctx.now() };
      const id = await db.receipts.add(row);
      await db.packages.update(pkg.id, { status: receipt.decision, receiptId: id });
      await appendAudit(ctx, {
        operator,
        workspaceId,
        action: 'receipt.record',
        subject: receipt.packageId,
        detail: {
          decision: receipt.decision,
          reason: receipt.reason,
          returnedResources: receipt.resources.filter((r) => r.decision === 'returned').map((r) => r.code),
          receivedAt: receipt.receivedAt,
          receiver: receipt.receiver.name,
        },
      });
      return { ...row, id };
    }),
  );
}

export function listReceipts(ctx: StorageContext, workspaceId: number): Promise<ReceiptRow[]> {
  return ctx.db.receipts.where('workspaceId').equals(workspaceId).toArray();
}
