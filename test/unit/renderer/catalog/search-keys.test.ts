// Search keys: computed once per resource and once per name, and warmed in steps that can be stopped.
import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeQuery, searchKeysOf, warmSearchKeys } from '../../../../renderer/catalog/search-keys.ts';
import { nthResource } from '../../../harness/catalog-builders.ts';

describe('search keys', () => {
  it('hold the name, the code and the initials, normalised', () => {
    const keys = searchKeysOf(nthResource(0, { name: '企业登记信息（2024）', code: '1010010001/00001' }));
    expect(keys).toMatchObject({ name: '企业登记信息2024', code: '101001000100001', initials: 'qydjxx2024' });
    expect(matchesQuery(keys, normalizeQuery('ＱＹＤＪ'))).toBe(true);
    expect(matchesQuery(keys, normalizeQuery('1010010001/0000'))).toBe(true);
    expect(matchesQuery(keys, normalizeQuery('婚姻'))).toBe(false);
    // The keys are searched as one text: a query never matches across the end of one key and the start of the next.
    expect(matchesQuery(keys, normalizeQuery('2024101'))).toBe(false);
    expect(matchesQuery(keys, normalizeQuery('00001qy'))).toBe(false);
  });

  it('are computed once per resource object', () => {
    const r = nthResource(1, { name: '婚姻登记信息' });
    expect(searchKeysOf(r)).toBe(searchKeysOf(r));
    expect(searchKeysOf({ ...r })).not.toBe(searchKeysOf(r));
    expect(searchKeysOf({ ...r, name: undefined })).toMatchObject({ name: '', code: searchKeysOf(r).code, initials: '' });
  });

  it('are warmed in steps until stopped, and not computed again afterwards', async () => {
    let reads = 0;
    const counted = (i: number) => {
      const r = nthResource(i);
      const name = r.name;
      return Object.defineProperty(r, 'name', { get: () => (reads++, name), enumerable: true });
    };
    const stopped = new AbortController();
    stopped.abort();
    await warmSearchKeys([counted(10), counted(11)], stopped.signal, 1);
    expect(reads).toBe(0);

    const resources = Array.from({ length: 5 }, (_, i) => counted(20 + i));
    await warmSearchKeys(resources, new AbortController().signal, 2);
    expect(reads).toBe(5);
    expect(searchKeysOf(resources[4]!).initials).toBe('hjrkjbxxd25c');
    expect(reads).toBe(5);
  });
});
