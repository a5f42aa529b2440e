// 信息资源代码 = 分类码/顺序码, and the allocator that never reuses a 顺序码.
import { describe, expect, it } from 'vitest';
import {
  checkResourceCode,
  formatResourceCode,
  parseResourceCode,
  ResourceCodeAllocator,
  SEQUENCE_WIDTH,
} from '../../../../core/codes/resource-code.ts';
import type { Classification } from '../../../../core/model/catalog.ts';

const county: Classification = { class: '3', item: '07', catalog: '001' };
const township: Classification = { class: '3', item: '07', catalog: '002' };
const withSub: Classification = { class: '1', item: '01', catalog: '001', subCatalogs: ['01', '123'] };

describe('parseResourceCode', () => {
  it('splits prefix and sequence', () => {
    expect(parseResourceCode('307001/000001')).toEqual({ prefix: '307001', sequence: 1, sequenceText: '000001' });
    expect(parseResourceCode('10100101123/000042')).toEqual({ prefix: '10100101123', sequence: 42, sequenceText: '000042' });
  });

  it.each(['407001/000001', '007001/000001', '30700/000001', '3070011/000001', '307001/', '307001000001', '307001/0000a1', ' 307001/000001', 'abc'])(
    'rejects %j',
    (code) => {
      expect(parseResourceCode(code)).toBeUndefined();
    },
  );
});

describe('checkResourceCode', () => {
  it('accepts a code whose prefix is the classification', () => {
    expect(checkResourceCode('307001/000001', county)).toBeUndefined();
    expect(checkResourceCode('10100101123/000007', withSub)).toBeUndefined();
    expect(checkResourceCode('307001/000001', undefined)).toBeUndefined();
  });

  it('reports a prefix that differs from the classification', () => {
    expect(checkResourceCode('307002/000001', county)).toEqual({ kind: 'prefixMismatch', expected: '307001', actual: '307002' });
    expect(checkResourceCode('101001/000001', withSub)).toEqual({ kind: 'prefixMismatch', expected: '10100101123', actual: '101001' });
  });

  it('requires a 6-digit sequence by default, and the given width otherwise', () => {
    expect(SEQUENCE_WIDTH).toBe(6);
    expect(checkResourceCode('307001/1', county)).toEqual({ kind: 'sequenceWidth', width: 6 });
    expect(checkResourceCode('307001/0000001', county)).toEqual({ kind: 'sequenceWidth', width: 6 });
    expect(checkResourceCode('307001/0001', county, 4)).toBeUndefined();
    expect(checkResourceCode('307001/000001', county, 4)).toEqual({ kind: 'sequenceWidth', width: 4 });
  });

  it('accepts 4–5 digit sequences with a warning where no width is fixed, never where one is', () => {
    expect(checkResourceCode('307001/0001', county)).toEqual({ kind: 'sequenceShort', width: 6, digits: 4 });
    expect(checkResourceCode('307001/00001', county)).toEqual({ kind: 'sequenceShort', width: 6, digits: 5 });
    expect(checkResourceCode('307001/001', county)).toEqual({ kind: 'sequenceWidth', width: 6 });
    expect(checkResourceCode('307001/00001', county, 6)).toEqual({ kind: 'sequenceWidth', width: 6 });
    // a wrong prefix is worth more than a short sequence
    expect(checkResourceCode('307002/0001', county)).toEqual({ kind: 'prefixMismatch', expected: '307001', actual: '307002' });
  });

  it('tells platform-tolerated codes from malformed ones', () => {
    expect(checkResourceCode('SX-DATA_0001', county)).toEqual({ kind: 'tolerated' });
    expect(checkResourceCode('407001/000001', county)).toEqual({ kind: 'tolerated' });
    expect(checkResourceCode('307001 / 000001', county)).toEqual({ kind: 'syntax' });
    expect(checkResourceCode('３０７００１/000001', county)).toEqual({ kind: 'syntax' });
    expect(checkResourceCode('', county)).toEqual({ kind: 'syntax' });
    expect(checkResourceCode('A'.repeat(65), county)).toEqual({ kind: 'syntax' });
  });

  it('formats sequences zero-padded', () => {
    expect(formatResourceCode('307001', 12)).toBe('307001/000012');
    expect(formatResourceCode('307001', 12, 3)).toBe('307001/012');
  });
});

describe('ResourceCodeAllocator', () => {
  it('issues consecutive codes per prefix, starting at 1', () => {
    const a = new ResourceCodeAllocator();
    expect(a.next(county)).toBe('307001/000001');
    expect(a.next(county)).toBe('307001/000002');
    expect(a.next(township)).toBe('307002/000001');
    expect(a.next(withSub)).toBe('10100101123/000001');
  });

  it('never reuses a code after the resource holding it is deleted', () => {
    const a = new ResourceCodeAllocator();
    const first = a.next(county);
    const second = a.next(county);
    // The resource with the second code is deleted; the catalog keeps the high-water marks.
    const remaining = [first];
    const reopened = new ResourceCodeAllocator(a.snapshot(), remaining);
    const third = reopened.next(county);
    expect(third).toBe('307001/000003');
    expect(third).not.toBe(second);
    expect(parseResourceCode(third)!.sequence).toBeGreaterThan(parseResourceCode(second)!.sequence);
  });

  it('continues above codes in use even when the recorded high-water mark is lower or lost', () => {
    expect(new ResourceCodeAllocator({}, ['307001/000005', '307001/000002', undefined, 'junk']).next(county)).toBe('307001/000006');
    expect(new ResourceCodeAllocator({ '307001': 3 }, ['307001/000009']).next(county)).toBe('307001/000010');
    expect(new ResourceCodeAllocator({ '307001': 12 }, ['307001/000009']).next(county)).toBe('307001/000013');
  });

  it('keeps prefixes apart: a sub-catalog code does not advance its parent', () => {
    const a = new ResourceCodeAllocator({}, ['30700101/000050']);
    expect(a.next(county)).toBe('307001/000001');
  });

  it('snapshots the high-water marks, serialised the same whatever order codes were issued in', () => {
    const a = new ResourceCodeAllocator({ '307002': 4 }, ['307001/000007']);
    a.next(county);
    a.next(withSub);
    const snap = a.snapshot();
    expect(snap).toEqual({ '10100101123': 1, '307001': 8, '307002': 4 });
    const b = new ResourceCodeAllocator({ '10100101123': 1 }, ['307002/000004']);
    b.next(county);
    for (let i = 0; i < 7; i++) b.next(county);
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(snap));
  });

  it('round-trips through the snapshot', () => {
    const a = new ResourceCodeAllocator();
    for (let i = 0; i < 5; i++) a.next(township);
    const b = new ResourceCodeAllocator(a.snapshot());
    expect(b.next(township)).toBe('307002/000006');
  });

  it('refuses to issue a code wider than the sequence width', () => {
    const a = new ResourceCodeAllocator({ '307001': 99 });
    expect(() => a.next(county, 2)).toThrow(RangeError);
    expect(new ResourceCodeAllocator({ '307001': 98 }).next(county, 2)).toBe('307001/99');
    expect(() => new ResourceCodeAllocator({ '307001': 999_999 }).next(county)).toThrow(/顺序码已用尽/);
  });
});
