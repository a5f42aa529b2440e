// 居民身份证号码 (GB 11643-1999), catalog-standard.md §5.2.
import { describe, expect, it } from 'vitest';
import { checkIdCard, idCardCheckChar } from '../../../../core/codes/id-card.ts';

const today = new Date(Date.UTC(2026, 10, 22));
/** 17 digits plus their computed check character. */
const complete = (first17: string) => first17 + idCardCheckChar(first17);

describe('checkIdCard', () => {
  it.each(['11010519491231002X', '320102199003070017', '44030419851111123X'])('accepts the worked example %s', (id) => {
    expect(checkIdCard(id, today)).toEqual({ normalized: id });
  });

  it('accepts a lowercase x and normalises it', () => {
    const res = checkIdCard(' 11010519491231002x ', today);
    expect(res.problem).toBeUndefined();
    expect(res.normalized).toBe('11010519491231002X');
  });

  it('computes the MOD 11-2 check character', () => {
    expect(idCardCheckChar('11010519491231002')).toBe('X');
    expect(idCardCheckChar('32010219900307001')).toBe('7');
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkIdCard('110105194912310021', today).problem).toEqual({ kind: 'checksum', expected: 'X', actual: '1' });
  });

  // Address and sequence digits (a changed date digit could make the date invalid instead).
  it.each([0, 1, 2, 3, 4, 5, 14, 15, 16])('catches a changed digit at position %i', (i) => {
    const id = '11010519491231002X';
    const d = (Number(id[i]) + 1) % 10;
    const corrupt = id.slice(0, i) + d + id.slice(i + 1);
    expect(checkIdCard(corrupt, today).problem?.kind).toBe('checksum');
  });

  it('rejects an impossible birth date (19490230) even with a matching check character', () => {
    const id = complete('11010519490230002');
    expect(checkIdCard(id, today).problem).toEqual({ kind: 'birthDate', value: '19490230' });
  });

  it.each(['19491301', '19490001', '19490100', '17991231', '20230229'])('rejects birth date %s', (date) => {
    expect(checkIdCard(complete(`110105${date}002`), today).problem).toEqual({ kind: 'birthDate', value: date });
  });

  it('accepts 29 February in a leap year', () => {
    expect(checkIdCard(complete('11010520000229002'), today).problem).toBeUndefined();
  });

  it('rejects a birth date after today and accepts today', () => {
    expect(checkIdCard(complete('11010520261123002'), today).problem).toEqual({ kind: 'birthDate', value: '20261123' });
    expect(checkIdCard(complete('11010520261122002'), today).problem).toBeUndefined();
  });

  it.each([
    ['11010519491231002', 17],
    ['11010519491231002XX', 19],
    ['', 0],
  ])('length problem for %j', (id, actual) => {
    expect(checkIdCard(id, today).problem).toEqual({ kind: 'length', actual });
  });

  it.each(['1101051949123100X2', '11010519491231002Y', '1101O519491231002X'])('charset problem for %s', (id) => {
    expect(checkIdCard(id, today).problem).toEqual({ kind: 'charset' });
  });
});
