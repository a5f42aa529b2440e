// The packages this workspace has made, their receipts and summaries, and the receiver's public key: read
// together, and again after every package or receipt recorded.
import { useStored } from './use-stored.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import { getReceiverKey, type ReceiverKey } from '../services/storage/keystore-store.ts';
import { getPackageSummaries, type PackageSummary } from '../services/storage/package-summaries.ts';
import { listPackages, listReceipts } from '../services/storage/packages.ts';
import type { PackageRow, ReceiptRow } from '../services/storage/rows.ts';

export interface PackagesView {
  packages: PackageRow[];
  receipts: Map<number, ReceiptRow>;
  summaries: Map<string, PackageSummary>;
  receiverKey: ReceiverKey | undefined;
}

async function readPackages(session: WorkspaceSession): Promise<PackagesView> {
  const [packages, receipts, receiverKey] = await Promise.all([listPackages(session.ctx, session.id), listReceipts(session.ctx, session.id), getReceiverKey(session.ctx, session.id)]);
  const summaries = await getPackageSummaries(session.ctx, packages.map((p) => p.packageId));
  return { packages, receipts: new Map(receipts.map((r) => [r.packageRowId, r])), summaries, receiverKey };
}

export const usePackages = () => useStored(readPackages);
