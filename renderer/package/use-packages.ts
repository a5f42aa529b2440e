// The packages this workspace has made, their receipts and summaries, and the receiver's public key: read
// together, and again after every package or receipt recorded.
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/use-session.ts';
import { getReceiverKey, type ReceiverKey } from '../storage/keystore-store.ts';
import { getPackageSummaries, type PackageSummary } from '../storage/package-summaries.ts';
import { listPackages, listReceipts } from '../storage/packages.ts';
import type { PackageRow, ReceiptRow } from '../storage/rows.ts';

export interface PackagesView {
  packages: PackageRow[];
  receipts: Map<number, ReceiptRow>;
  summaries: Map<string, PackageSummary>;
  receiverKey: ReceiverKey | undefined;
}

export type PackagesState = { status: 'loading' } | { status: 'ready'; view: PackagesView } | { status: 'failed'; error: unknown };

export function usePackages(): { state: PackagesState; reload(): void } {
  const session = useSession();
  const [state, setState] = useState<PackagesState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<PackagesView> => {
      const [packages, receipts, receiverKey] = await Promise.all([listPackages(session.ctx, session.id), listReceipts(session.ctx, session.id), getReceiverKey(session.ctx, session.id)]);
      const summaries = await getPackageSummaries(session.ctx, packages.map((p) => p.packageId));
      return { packages, receipts: new Map(receipts.map((r) => [r.packageRowId, r])), summaries, receiverKey };
    };
    load().then(
      (view) => live && setState({ status: 'ready', view }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [session, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
