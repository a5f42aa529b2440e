// How long a 登记结果查询码 stays valid: three years from the day it was issued (公共数据资源登记管理暂行办法
// Art. 15). Renewal (续展) is applied for within the 60 days before that; Mulu only records the dates.
const VALID_YEARS = 3;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last day a code issued on `codedOn` (YYYY-MM-DD) is valid; undefined for anything else. */
export function registrationValidUntil(codedOn: string): string | undefined {
  const m = DATE.exec(codedOn.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const issued = new Date(Date.UTC(y, mo - 1, d));
  if (issued.getUTCMonth() !== mo - 1 || issued.getUTCDate() !== d) return undefined;
  // "自赋码之日起计算" could end the term the day before the anniversary; the Civil Code (Art. 201) starts counting
  // the day after. The later reading is taken, so a code is never called expired a day early: valid through the
  // anniversary (29 February rolls over to 1 March).
  return new Date(Date.UTC(y + VALID_YEARS, mo - 1, d)).toISOString().slice(0, 10);
}
