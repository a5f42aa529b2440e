// The conflict register (Anhui Art. 27, Sixian Art. 28): the cross-unit conflicts found on the county catalog, each
// with the status the authority recorded for it — 待协调 until it acts, 已协调 with the outcome and the date, or
// 已提请上级协调. Statuses are kept by conflict id, which stays the same for the same finding on the same data, so a
// settled conflict stays settled after the catalog is aggregated again; a status whose conflict is gone is not shown.
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { isIsoDate } from '../package/iso-date.ts';
import type { Conflict, ConflictStatus } from './conflict.ts';

export function withStatuses(conflicts: readonly Conflict[], statuses: ReadonlyMap<string, ConflictStatus>): Conflict[] {
  return conflicts.map((c) => {
    const status = statuses.get(c.id);
    return status ? { ...c, status } : c;
  });
}

const STATUS_PROBLEM = {
  outcome: { zh: '已协调须写明协调结果。', en: 'A coordinated conflict needs its outcome.' },
  date: { zh: '日期「{value}」不是有效的日期（如 2026-12-07）。', en: 'The date "{value}" is not a valid date (for example 2026-12-07).' },
  future: { zh: '日期 {value} 晚于今天（{today}），请填写实际协调或提请的日期。', en: 'The date {value} is after today ({today}); give the day it was actually settled or referred.' },
} as const satisfies Record<string, LocalText>;

/** Why a status cannot be recorded as given (`today`: Beijing day), or undefined when it can. */
export function conflictStatusProblem(status: ConflictStatus, today: string): LocalText | undefined {
  if (status.state === 'pending') return undefined;
  if (status.state === 'resolved' && !status.outcome.trim()) return STATUS_PROBLEM.outcome;
  const date = status.date;
  if (date === undefined) return status.state === 'resolved' ? fillLocal(STATUS_PROBLEM.date, { value: '' }) : undefined;
  if (!isIsoDate(date)) return fillLocal(STATUS_PROBLEM.date, { value: date });
  if (date > today) return fillLocal(STATUS_PROBLEM.future, { value: date, today });
  return undefined;
}
