// Date formats and serial days: which number formats are dates, and what day an Excel serial number is.
import { describe, expect, it } from 'vitest';
import { isDateFormatCode, serialToIsoDate } from '../../../../core/xlsx/xlsx-reader.ts';

describe('isDateFormatCode', () => {
  it.each([
    'yyyy-mm-dd',
    'yyyy"年"m"月"d"日"',
    '[$-804]yyyy/m/d;@',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'yyyy年m月d日',
    'm/d/yy h:mm',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[mm]',
    'mmss.0',
    '上午/下午h"时"mm"分"',
  ])('%s is a date or time', (code) => expect(isDateFormatCode(code)).toBe(true));

  it.each(['General', 'G/通用格式', '0.00', '000000', '@', '"元"0', '#,##0.00_);[Red](#,##0.00)', '0.00E+00', '[$¥-804]#,##0.00', '0"天"', '\\d0', '_(* #,##0_)', '[Red][<=100]0;[Blue]0'])(
    '%s is not',
    (code) => expect(isDateFormatCode(code)).toBe(false),
  );
});

describe('serialToIsoDate', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45292.75, '2024-01-01'],
    [45292.99999999999, '2024-01-02'],
    [2958465, '9999-12-31'],
  ])('1900 system: %s → %s', (serial, iso) => expect(serialToIsoDate(serial, false)).toBe(iso));

  it.each([0, -1, 60, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('1900 system: %s is no real date', (serial) => expect(serialToIsoDate(serial, false)).toBeUndefined());

  it('1904 system: day 0 is 1904-01-01, and the same day is 1,462 serials earlier than in the 1900 system', () => {
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(45292 - 1462, true)).toBe('2024-01-01');
    expect(serialToIsoDate(60, true)).toBe('1904-03-01');
    expect(serialToIsoDate(-1, true)).toBeUndefined();
    expect(serialToIsoDate(2958465 - 1462, true)).toBe('9999-12-31');
    expect(serialToIsoDate(2958465 - 1461, true)).toBeUndefined();
  });

  it('counts from 1899-12-30 from 1900-03-01 on (every week to 2100)', () => {
    for (let serial = 61; serial < 73051; serial += 7) {
      const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
      expect(serialToIsoDate(serial, false)).toBe(expected);
    }
  });
});
