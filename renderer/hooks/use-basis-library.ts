// The basis library (services/storage/basis-library.ts) as the resource form shows it: the entries with their
// 文号 and 条款 in one line, read again after the clerk keeps a basis, and whether a basis is kept already.
import { useCallback, useEffect, useState } from 'react';
import type { Basis } from '../../core/model/catalog.ts';
import { basisKey, basisText, listBasis, saveBasis } from '../services/storage/basis-library.ts';
import type { BasisRow } from '../services/storage/rows.ts';
import type { StorageContext } from '../services/storage/storage-context.ts';

export interface BasisEntry {
  row: BasisRow;
  /** 文号 and 条款 after the title. */
  detail: string;
}

export function useBasisLibrary(ctx: StorageContext) {
  const [entries, setEntries] = useState<BasisEntry[]>([]);
  const reload = useCallback(() => listBasis(ctx).then((rows) => setEntries(rows.map((row) => ({ row, detail: basisText({ ...row.basis, title: '' }) })))), [ctx]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const keep = useCallback(
    async (basis: Basis) => {
      await saveBasis(ctx, basis);
      await reload();
    },
    [ctx, reload],
  );
  // Kept already: the same title, 文号 and 条款 with the same level (a new level would update the entry).
  const isKept = (basis: Basis) => entries.some(({ row }) => row.key === basisKey(basis) && row.basis.level === basis.level);
  return { entries, keep, isKept };
}
