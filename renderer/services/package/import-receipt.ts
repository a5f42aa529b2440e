// Importing a receipt (回执): core's verifyReceipt against the receiver's public key the clerk registered, and —
// when the package's bytes are kept — against exactly that package; then recordReceipt marks the package accepted
// or returned. Every refusal is a bilingual message; nothing is stored unless the receipt verified.
import type { LocalText } from '../../../core/i18n/text.ts';
import { readPackage } from '../../../core/package/read-package.ts';
import { verifyReceipt, type Receipt } from '../../../core/package/receipt.ts';
import { trustFromPublicKeyPem } from '../../../core/package/trust-store.ts';
import { listPackages, recordReceipt } from '../storage/packages.ts';
import type { ReceiptRow } from '../storage/rows.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { StorageError } from '../storage/storage-errors.ts';

export type ReceiptImport = { ok: true; receipt: Receipt; row: ReceiptRow } | { ok: false; message: LocalText };

export async function importReceipt(ctx: StorageContext, workspaceId: number, text: string, receiverPem: string, operator: string, at: Date): Promise<ReceiptImport> {
  const trust = await trustFromPublicKeyPem(receiverPem);
  if (!trust.ok) return { ok: false, message: trust.message };
  const first = await verifyReceipt(text, { trust: trust.store, at });
  if (!first.ok) return first;
  const pkg = (await listPackages(ctx, workspaceId)).find((p) => p.packageId === first.receipt.packageId);
  let receipt = first.receipt;
  if (pkg?.content.kind === 'bytes') {
    const read = readPackage(pkg.content.bytes);
    if (!read.ok) return { ok: false, message: read.message };
    const bound = await verifyReceipt(text, { trust: trust.store, at, package: read.contents });
    if (!bound.ok) return bound;
    receipt = bound.receipt;
  }
  try {
    return { ok: true, receipt, row: await recordReceipt(ctx, workspaceId, receipt, text, operator) };
  } catch (e) {
    if (e instanceof StorageError) return { ok: false, message: e.text };
    throw e;
  }
}
