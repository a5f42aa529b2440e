// One year's arrangement typed from the State Council notice: its holidays (name, first and last day) and the
// weekend days worked instead. Checked as a whole on save; nothing is stored while a problem remains.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkYearDraft, type CalendarProblem, type HolidayDraft, type YearDraft } from './calendar-input.ts';
import { CalendarProblems } from './CalendarProblems.tsx';
import type { EnteredYear, UserCalendar } from '../services/calendar/holiday-calendar.ts';

/** The statutory holidays as the notices name them, offered while typing. */
const HOLIDAY_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

const EMPTY_HOLIDAY: HolidayDraft = { name: '', from: '', to: '' };

export function draftOf(year: string | undefined, entry: EnteredYear | undefined): YearDraft {
  return {
    year: year ?? '',
    notice: entry?.notice ?? '',
    holidays: entry?.holidays.length ? entry.holidays.map((h) => ({ ...h })) : [{ ...EMPTY_HOLIDAY }],
    workdays: entry?.workdays.join('、') ?? '',
  };
}

export function YearForm({
  initial,
  editing,
  calendar,
  onSave,
  onCancel,
}: {
  initial: YearDraft;
  /** The year being edited, if not a new one. */
  editing?: string;
  calendar: UserCalendar;
  onSave(year: string, entry: EnteredYear): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<CalendarProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const setHoliday = (index: number, change: Partial<HolidayDraft>) => setDraft({ ...draft, holidays: draft.holidays.with(index, { ...draft.holidays[index]!, ...change }) });

  const save = async () => {
    const checked = checkYearDraft(draft, calendar, editing);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      await onSave(checked.value.year, checked.value.entry);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" type="inner" title={editing ? t('home.calendar.editYear', { year: editing }) : t('home.calendar.newYear')}>
      <Form layout="vertical" component="div">
        <Flex gap="middle">
          <Form.Item label={t('home.calendar.year')} htmlFor="calendar-year" style={{ width: 120 }}>
            <Input id="calendar-year" value={draft.year} placeholder="2027" onChange={(e) => setDraft({ ...draft, year: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('home.calendar.notice')} htmlFor="calendar-notice" style={{ flex: 1 }}>
            <Input id="calendar-notice" value={draft.notice} placeholder={t('home.calendar.noticePlaceholder')} onChange={(e) => setDraft({ ...draft, notice: e.target.value })} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('home.calendar.holidays')} extra={t('home.calendar.holidaysHelp')}>
          <Flex vertical gap="small">
            {draft.holidays.map((h, i) => (
              <Flex key={i} gap="small" align="center">
                <AutoComplete
                  aria-label={t('home.calendar.holidayName', { n: i + 1 })}
                  style={{ width: 130 }}
                  value={h.name}
                  options={HOLIDAY_NAMES.map((value) => ({ value }))}
                  placeholder={t('home.calendar.holidayNamePlaceholder')}
                  onChange={(name: string) => setHoliday(i, { name })}
                />
                <Input aria-label={t('home.calendar.holidayFrom', { n: i + 1 })} style={{ width: 150 }} value={h.from} placeholder="2027-01-01" onChange={(e) => setHoliday(i, { from: e.target.value })} />
                <span>{t('home.calendar.to')}</span>
                <Input aria-label={t('home.calendar.holidayTo', { n: i + 1 })} style={{ width: 150 }} value={h.to} placeholder="2027-01-03" onChange={(e) => setHoliday(i, { to: e.target.value })} />
                <Button
                  type="text"
                  aria-label={t('home.calendar.removeHoliday', { n: i + 1 })}
                  icon={<DeleteOutlined />}
                  disabled={draft.holidays.length === 1}
                  onClick={() => setDraft({ ...draft, holidays: draft.holidays.filter((_, k) => k !== i) })}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} style={{ alignSelf: 'flex-start' }} onClick={() => setDraft({ ...draft, holidays: [...draft.holidays, { ...EMPTY_HOLIDAY }] })}>
              {t('home.calendar.addHoliday')}
            </Button>
          </Flex>
        </Form.Item>
        <Form.Item label={t('home.calendar.workdays')} htmlFor="calendar-workdays" extra={t('home.calendar.workdaysHelp')}>
          <Input id="calendar-workdays" value={draft.workdays} placeholder={['2027-02-06', '2027-02-20'].join(t('common.listSeparator'))} onChange={(e) => setDraft({ ...draft, workdays: e.target.value })} />
        </Form.Item>
      </Form>
      <Flex vertical gap="small">
        <CalendarProblems problems={problems} />
        <Flex gap="small">
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('home.calendar.saveYear')}
          </Button>
          <Button onClick={onCancel}>{t('home.calendar.cancel')}</Button>
        </Flex>
      </Flex>
    </Card>
  );
}
