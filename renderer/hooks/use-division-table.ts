// The division table (~1 MB) is a separate chunk that core loads on demand; screens that show or pick divisions
// ask for it here and render without it meanwhile.
import { useEffect, useState } from 'react';
import { loadDivisionTable, type DivisionTable } from '../../core/codes/division.ts';

export type DivisionTableState = { status: 'loading' } | { status: 'ready'; table: DivisionTable } | { status: 'failed'; message: string };

export function useDivisionTable(): DivisionTableState {
  const [state, setState] = useState<DivisionTableState>({ status: 'loading' });
  useEffect(() => {
    let mounted = true;
    loadDivisionTable().then(
      (table) => mounted && setState({ status: 'ready', table }),
      (error: unknown) => mounted && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      mounted = false;
    };
  }, []);
  return state;
}
