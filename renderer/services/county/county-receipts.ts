// The receipts this county workspace has issued to its units: the one place the assessment (考核) reads them. Each
// review (审核) stores the receipt it signed; they were signed here, so their form is read again, not their signature.
import { parseReceiptFile, type Receipt } from '../../../core/package/receipt.ts';
import { listReviews } from '../storage/reviews.ts';
import type { StorageContext } from '../storage/storage-context.ts';

export async function countyReceipts(ctx: StorageContext, workspaceId: number): Promise<Receipt[]> {
  return (await listReviews(ctx, workspaceId)).flatMap((row) => {
    const parsed = parseReceiptFile(row.receipt);
    return parsed.ok ? [parsed.receipt] : [];
  });
}
