// The receipts this county workspace has issued to its units: the one place the assessment (考核) reads them.
// The review (审核) that issues and keeps them is built in parallel with its own table (schema version 6); until it
// is wired in here there are none, and the assessment says returned resources were not computed.
import type { Receipt } from '../../../core/package/receipt.ts';
import type { StorageContext } from '../storage/storage-context.ts';

export async function countyReceipts(_ctx: StorageContext, _workspaceId: number): Promise<Receipt[]> {
  return [];
}
