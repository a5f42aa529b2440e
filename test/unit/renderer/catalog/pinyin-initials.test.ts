// Pinyin initials as clerks type them to find a resource.
import { describe, expect, it } from 'vitest';
import { pinyinInitials } from '../../../../renderer/catalog/pinyin-initials.ts';
import { searchText } from '../../../../renderer/catalog/search-text.ts';

describe('pinyin initials', () => {
  it('gives the first letter of each character', () => {
    expect(pinyinInitials('企业登记信息')).toBe('qydjxx');
    expect(pinyinInitials('婚姻登记')).toBe('hydj');
  });

  it('reads polyphonic characters in their word', () => {
    expect(pinyinInitials('重庆市银行网点')).toBe('cqsyhwd');
    expect(pinyinInitials('行政许可')).toBe('xzxk');
  });

  it('keeps letters and digits and drops punctuation', () => {
    expect(pinyinInitials('2023年GIS地图（A类）')).toBe('2023ngisdtal');
    expect(pinyinInitials('')).toBe('');
  });
});

describe('search text', () => {
  it('folds full-width forms and case, drops spaces and punctuation', () => {
    expect(searchText('ＱＹ Dj')).toBe('qydj');
    expect(searchText('3070010001/00012')).toBe('307001000100012');
    expect(searchText('企业 登记、信息')).toBe('企业登记信息');
  });
});
