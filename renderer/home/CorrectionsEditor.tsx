// Single days corrected by the clerk (a local arrangement, or a notice the bundled data got wrong): a day off or a
// day worked. They win over everything else; removing one asks first.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCorrection, withCorrection, type CalendarProblem, type CorrectionKind } from './calendar-input.ts';
import { CalendarProblems } from './CalendarProblems.tsx';
import type { UserCalendar } from '../services/calendar/holiday-calendar.ts';

export function CorrectionsEditor({ calendar, onSave }: { calendar: UserCalendar; onSave(next: UserCalendar): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CorrectionKind>('holiday');
  const [problems, setProblems] = useState<CalendarProblem[]>([]);
  const rows = [
    ...calendar.corrections.holidays.map((date) => ({ date, kind: 'holiday' as const })),
    ...calendar.corrections.workdays.map((date) => ({ date, kind: 'workday' as const })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));

  const add = async () => {
    const checked = checkCorrection(text, calendar);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    await onSave(withCorrection(calendar, checked.value, kind));
    setText('');
  };

  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center" wrap>
        <Input aria-label={t('home.calendar.correctionDate')} style={{ width: 160 }} value={text} placeholder="2027-05-06" onChange={(e) => setText(e.target.value)} onPressEnter={() => void add()} />
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value as CorrectionKind)}
          options={[
            { value: 'holiday', label: t('home.calendar.dayOff') },
            { value: 'workday', label: t('home.calendar.dayWorked') },
          ]}
        />
        <Button onClick={() => void add()}>{t('home.calendar.addCorrection')}</Button>
      </Flex>
      <CalendarProblems problems={problems} />
      <Table
        size="small"
        rowKey="date"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('home.calendar.noCorrections') }}
        columns={[
          { key: 'date', title: t('home.calendar.date'), dataIndex: 'date' },
          {
            key: 'kind',
            title: t('home.calendar.kind'),
            render: (_, r) => (r.kind === 'holiday' ? <Tag>{t('home.calendar.dayOff')}</Tag> : <Tag color="blue">{t('home.calendar.dayWorked')}</Tag>),
          },
          {
            key: 'remove',
            width: 60,
            render: (_, r) => (
              <Popconfirm title={t('home.calendar.removeCorrectionConfirm', { date: r.date })} okText={t('home.calendar.remove')} cancelText={t('home.calendar.cancel')} onConfirm={() => onSave(withCorrection(calendar, r.date, undefined))}>
                <Button type="text" aria-label={t('home.calendar.removeCorrection', { date: r.date })} icon={<DeleteOutlined />} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Flex>
  );
}
