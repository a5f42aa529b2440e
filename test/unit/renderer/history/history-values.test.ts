// The history viewer's comparisons and audit filter: only the fields that differ, closed lists by their label, and
// entries kept by action, Beijing date and the resource's id, code or name.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { auditMatches, fieldRows, valueText, type AuditFilter } from '../../../../renderer/history/history-values.ts';
import type { AuditRow } from '../../../../renderer/services/storage/rows.ts';

const vocabularies = loadProfile('anhui').vocabulary;
const items = (n: number) => `${n} 项`;

describe('fieldRows', () => {
  it('lists only the differing fields, labelled, with closed-list values by label and items as counted', () => {
    const before = { id: 'a', name: '婚姻登记信息', updateCycle: 'monthly' as const, items: [{ name: '姓名', dataType: 'C' as const }] };
    const after = { ...before, updateCycle: 'yearly' as const, items: [...before.items, { name: '性别', dataType: 'C' as const }] };
    expect(fieldRows(before, after, 'zh', vocabularies, (r) => items(r.items.length))).toEqual([
      { field: 'items', label: '信息项', before: '1 项', after: '2 项' },
      { field: 'updateCycle', label: '更新周期', before: '每月', after: '每年' },
    ]);
    expect(fieldRows(before, { ...before }, 'zh', vocabularies, (r) => items(r.items.length))).toEqual([]);
  });

  it('shows a value missing on one side as empty and other values as JSON', () => {
    expect(valueText(undefined)).toBe('');
    expect(valueText(['a', 1])).toBe('["a",1]');
    expect(fieldRows({ id: 'a', items: [] }, { id: 'a', items: [], abstract: '摘要' }, 'en', vocabularies, () => '')).toMatchObject([{ field: 'abstract', before: '', after: '摘要' }]);
  });
});

describe('auditMatches', () => {
  const entry: AuditRow = {
    seq: 7,
    // 2026-03-01 23:30 in Beijing.
    at: '2026-03-01T15:30:00.000Z',
    operator: '王晓明',
    workspaceId: 1,
    action: 'resource.save',
    subject: 'r-17',
    detail: { code: '3070010001/000007', name: '户籍人口信息', reason: '规范名称' },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  };
  const all: AuditFilter = { text: '', action: undefined, from: undefined, to: undefined };

  it('keeps an entry by its subject, code or name, its action and its Beijing date', () => {
    expect(auditMatches(entry, all)).toBe(true);
    for (const text of ['r-17', '000007', '户籍']) expect(auditMatches(entry, { ...all, text })).toBe(true);
    expect(auditMatches(entry, { ...all, text: '婚姻' })).toBe(false);
    expect(auditMatches(entry, { ...all, action: 'resource.delete' })).toBe(false);
    expect(auditMatches(entry, { ...all, from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(auditMatches(entry, { ...all, from: '2026-03-02' })).toBe(false);
    expect(auditMatches(entry, { ...all, to: '2026-02-28' })).toBe(false);
  });
});
