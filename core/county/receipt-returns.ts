// What the county's own receipts say it returned, per unit, for the assessment (考核) and the 上报情况 board: the
// resources returned by per-resource decisions, and when a unit's package was last returned as a whole (the unit
// then owes a new report: 已退回待重报). A receipt issued again for the same package replaces the earlier one (the
// latest receivedAt counts), so a reissued receipt is not counted twice. Pure; the receipts come verified.
import type { Receipt } from '../package/receipt.ts';

export interface ReceiptReturns {
  /** Resources returned, per unit USCC. */
  returned: Map<string, number>;
  /** The latest time a package of the unit was returned as a whole, per unit USCC. */
  returnedAt: Map<string, string>;
}

export function returnsFromReceipts(receipts: readonly Receipt[]): ReceiptReturns {
  const latest = new Map<string, Receipt>();
  for (const r of receipts) {
    const held = latest.get(r.packageId);
    if (!held || r.receivedAt > held.receivedAt) latest.set(r.packageId, r);
  }
  const returned = new Map<string, number>();
  const returnedAt = new Map<string, string>();
  for (const r of latest.values()) {
    const uscc = r.department.uscc;
    returned.set(uscc, (returned.get(uscc) ?? 0) + r.resources.filter((d) => d.decision === 'returned').length);
    if (r.decision === 'returned' && r.receivedAt > (returnedAt.get(uscc) ?? '')) returnedAt.set(uscc, r.receivedAt);
  }
  return { returned, returnedAt };
}
