// The conflict register: stored statuses laid over the conflicts found, by id; a status is checked before it is kept.
import { describe, expect, it } from 'vitest';
import { conflictStatusProblem, withStatuses } from '../../../../core/county/conflict-register.ts';
import { newConflict, type ConflictStatus } from '../../../../core/county/conflict.ts';

const party = (uscc: string, code: string) => ({ unit: { name: `单位${uscc}`, uscc }, resourceId: `${uscc}/r`, code });
const a = newConflict('codeCollision', 'C1', [party('U1', 'C1'), party('U2', 'C1')], { zh: '代码相同', en: 'same code' });
const b = newConflict('sharedProvider', 'P1', [party('U1', 'X'), party('U3', 'Y')], { zh: '提供方相同', en: 'same provider' });

describe('the conflict register', () => {
  it('takes each stored status by conflict id and leaves the others pending', () => {
    const settled: ConflictStatus = { state: 'resolved', outcome: '由教育局编目，公安局撤回', date: '2026-12-05' };
    const register = withStatuses([a, b], new Map<string, ConflictStatus>([[a.id, settled], ['codeCollision:gone', { state: 'escalated' }]]));
    expect(register.map((c) => c.status)).toEqual([settled, { state: 'pending' }]);
  });

  it('refuses a coordinated status without an outcome, a bad or future date', () => {
    const today = '2026-12-07';
    expect(conflictStatusProblem({ state: 'resolved', outcome: ' ', date: '2026-12-01' }, today)?.zh).toBe('已协调须写明协调结果。');
    expect(conflictStatusProblem({ state: 'resolved', outcome: '已商定', date: '2026-02-30' }, today)?.zh).toContain('2026-02-30');
    expect(conflictStatusProblem({ state: 'escalated', date: '2026-12-08' }, today)?.zh).toContain('晚于今天');
    expect(conflictStatusProblem({ state: 'resolved', outcome: '已商定', date: '2026-12-07' }, today)).toBeUndefined();
    expect(conflictStatusProblem({ state: 'escalated' }, today)).toBeUndefined();
  });
});
