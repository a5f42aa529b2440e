// A division code as the clerk knows it: 安徽省 / 宿州市 / 泗县（341324）, or the bare code until the table loads.
import { checkDivisionCode } from '../../core/codes/division.ts';
import { useDivisionTable } from '../hooks/use-division-table.ts';

export function DivisionName({ code }: { code: string }) {
  const divisions = useDivisionTable();
  if (divisions.status !== 'ready') return <>{code}</>;
  const { names } = checkDivisionCode(code, divisions.table);
  return <>{names.length ? `${names.join(' / ')}（${code}）` : code}</>;
}
