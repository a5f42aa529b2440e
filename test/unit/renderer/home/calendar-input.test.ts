// The holiday calendar editor: dates typed as offices write them, a year from the State Council notice checked
// before it is stored (with a Chinese message for each problem), single-day corrections, and the stored setting
// read back defensively and turned into core's working-day calendar.
import { describe, expect, it } from 'vitest';
import { checkCorrection, checkYearDraft, parseDateList, parseDateText, withCorrection, withYear, type YearDraft } from '../../../../renderer/home/calendar-input.ts';
import { EMPTY_USER_CALENDAR, readUserCalendar, userCalendarJson, workingDayCalendar } from '../../../../renderer/services/calendar/holiday-calendar.ts';
import zh from '../../../../renderer/i18n/zh-CN.json';

const draft = (over: Partial<YearDraft> = {}): YearDraft => ({
  year: '2027',
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: '2027-02-14、2027-01-30',
  ...over,
});

const codes = (result: ReturnType<typeof checkYearDraft>) => (result.ok ? [] : result.problems.map((p) => p.code));

describe('typed dates', () => {
  it('reads the ways offices write a date, and refuses days that do not exist', () => {
    expect(parseDateText('2027-01-01')).toBe('2027-01-01');
    expect(parseDateText(' 2027/1/5 ')).toBe('2027-01-05');
    expect(parseDateText('2027年2月6日')).toBe('2027-02-06');
    expect(parseDateText('２０２７．１０．１')).toBe('2027-10-01'); // full-width, as an IME may type it
    expect(parseDateText('2027-02-29')).toBeUndefined();
    expect(parseDateText('2027-13-01')).toBeUndefined();
    expect(parseDateText('1月1日')).toBeUndefined();
  });

  it('splits a list of dates on commas, 、 and spaces, and returns what is not a date', () => {
    expect(parseDateList('2027-02-14、2027/1/30，2027年9月26日  x')).toEqual({ dates: ['2027-02-14', '2027-01-30', '2027-09-26'], invalid: ['x'] });
  });
});

describe('a year from the notice', () => {
  it('accepts a consistent year, sorted', () => {
    const result = checkYearDraft(draft(), EMPTY_USER_CALENDAR);
    expect(result).toEqual({
      ok: true,
      value: {
        year: '2027',
        entry: {
          notice: '国务院办公厅关于2027年部分节假日安排的通知',
          holidays: [
            { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
            { name: '春节', from: '2027-02-06', to: '2027-02-13' },
          ],
          workdays: ['2027-01-30', '2027-02-14'],
        },
      },
    });
  });

  it('refuses a bundled year, a year entered twice and a year that is not one', () => {
    expect(codes(checkYearDraft(draft({ year: '2026' }), EMPTY_USER_CALENDAR))).toEqual(['yearBundled']);
    expect(codes(checkYearDraft(draft({ year: '27' }), EMPTY_USER_CALENDAR))).toEqual(['yearInvalid']);
    const saved = withYear(EMPTY_USER_CALENDAR, '2027', { notice: '', holidays: [], workdays: [] });
    expect(codes(checkYearDraft(draft(), saved))).toEqual(['yearExists']);
    expect(checkYearDraft(draft(), saved, '2027').ok).toBe(true); // editing it
  });

  it('names every problem of the holidays and workdays', () => {
    const result = checkYearDraft(
      draft({
        holidays: [
          { name: '', from: '2027-04-05', to: '2027-04-05' },
          { name: '劳动节', from: '2027-05-05', to: '2027-05-01' },
          { name: '国庆节', from: '2027-10-01', to: '2027-10-31' },
          { name: '端午节', from: '2027-6-9', to: '' },
          { name: '中秋节', from: '2026-09-15', to: '2026-09-17' },
          { name: '春节', from: '2027-02-06', to: '2027-02-13' },
          { name: '元宵', from: '2027-02-12', to: '2027-02-13' },
          { name: '假日', from: '2027-02-30', to: '2027-03-01' },
        ],
        workdays: '2027-02-10，2027-02-14、2027-02-14、2027-03-06 2027-13-01 2028-01-01',
      }),
      EMPTY_USER_CALENDAR,
    );
    expect(codes(result).sort()).toEqual(
      [
        'nameRequired',
        'rangeReversed',
        'rangeTooLong',
        'dateRequired',
        'dateOutsideYear',
        'dateInvalid',
        'overlap',
        'dateInvalid',
        'workdayNotWeekend',
        'workdayInHoliday',
        'duplicateDate',
        'dateOutsideYear',
      ].sort(),
    );
    expect(result.ok || result.problems.find((p) => p.code === 'overlap')!.params).toEqual({ a: '春节', b: '元宵' });
    expect(result.ok || result.problems.find((p) => p.code === 'workdayNotWeekend')!.params).toEqual({ date: '2027-02-10' });
  });

  it('asks for at least one holiday, and ignores rows left entirely empty', () => {
    expect(codes(checkYearDraft(draft({ holidays: [{ name: '', from: '', to: '' }], workdays: '' }), EMPTY_USER_CALENDAR))).toEqual(['noHolidays']);
    const oneAndBlank = draft({ holidays: [{ name: '元旦', from: '2027年1月1日', to: '2027/1/1' }, { name: ' ', from: '', to: '' }], workdays: '' });
    expect(checkYearDraft(oneAndBlank, EMPTY_USER_CALENDAR)).toMatchObject({ ok: true, value: { entry: { holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }] } } });
  });

  it('has a Chinese message with the same placeholders for every problem', () => {
    const messages = zh.home.calendar.errors as Record<string, string>;
    const all = checkYearDraft(
      draft({ holidays: [{ name: '', from: 'x', to: '2027-01-01' }, { name: 'a', from: '2027-01-05', to: '2027-01-01' }], workdays: '2027-01-04' }),
      EMPTY_USER_CALENDAR,
    );
    expect(all.ok).toBe(false);
    for (const p of all.ok ? [] : all.problems) {
      const text = messages[p.code];
      expect(text, p.code).toMatch(/[\u4e00-\u9fff]/);
      for (const name of Object.keys(p.params)) expect(text, `${p.code} uses {{${name}}}`).toContain(`{{${name}}}`);
    }
  });
});

describe('single-day corrections', () => {
  it('adds a day off or a day worked, refuses a second correction of the same day, and removes one', () => {
    expect(checkCorrection('', EMPTY_USER_CALENDAR)).toMatchObject({ ok: false, problems: [{ code: 'correctionRequired' }] });
    expect(checkCorrection('2026-02-30', EMPTY_USER_CALENDAR)).toMatchObject({ ok: false, problems: [{ code: 'dateInvalid' }] });
    const checked = checkCorrection('2026年11月23日', EMPTY_USER_CALENDAR);
    expect(checked).toEqual({ ok: true, value: '2026-11-23' });
    const one = withCorrection(EMPTY_USER_CALENDAR, '2026-11-23', 'holiday');
    expect(checkCorrection('2026-11-23', one)).toMatchObject({ ok: false, problems: [{ code: 'correctionExists', params: { date: '2026-11-23' } }] });
    const two = withCorrection(one, '2026-10-07', 'workday');
    expect(two.corrections).toEqual({ holidays: ['2026-11-23'], workdays: ['2026-10-07'] });
    expect(withCorrection(two, '2026-11-23', undefined).corrections).toEqual({ holidays: [], workdays: ['2026-10-07'] });
  });
});

describe('the stored calendar', () => {
  it('round-trips through the setting and drives the working-day calendar', () => {
    let user = withYear(EMPTY_USER_CALENDAR, '2027', { notice: '', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: ['2027-02-20'] });
    user = withCorrection(user, '2026-11-23', 'holiday');
    const read = readUserCalendar(JSON.parse(JSON.stringify(userCalendarJson(user))));
    expect(read).toEqual(user);
    const calendar = workingDayCalendar(read);
    expect(calendar.covers(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false); // a Friday, entered as 元旦
    expect(calendar.holidayName('2027-01-01')).toBe('元旦');
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true); // a Saturday worked
    expect(calendar.isWorkingDay('2026-11-23')).toBe(false); // corrected Monday
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false); // bundled 国庆节 still there
    expect(workingDayCalendar(EMPTY_USER_CALENDAR).covers(2027)).toBe(false);
  });

  it('leaves out what does not have the expected shape, and never lets a stored year replace a bundled one', () => {
    const read = readUserCalendar({
      years: {
        '2026': { notice: 'x', holidays: [{ name: '假', from: '2026-03-02', to: '2026-03-02' }], workdays: [] },
        '2027': { notice: 5, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }, { from: 'bad' }, 'x'], workdays: ['2027-02-20', 7, 'soon'] },
        abc: {},
      },
      corrections: { holidays: ['2026-11-23', null], workdays: 'no' },
    });
    expect(read).toEqual({
      years: { '2027': { notice: '', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: ['2027-02-20'] } },
      corrections: { holidays: ['2026-11-23'], workdays: [] },
    });
    expect(readUserCalendar(undefined)).toEqual(EMPTY_USER_CALENDAR);
    expect(readUserCalendar('junk')).toEqual(EMPTY_USER_CALENDAR);
  });
});
