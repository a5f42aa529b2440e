// The holiday calendar the deadlines are counted with: the bundled years from the State Council notices
// (read-only), the years the clerk enters when a new notice is published, and single-day corrections.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Descriptions, Drawer, Empty, Flex, List, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_HOLIDAYS, type HolidayYear } from '../../core/calendar/working-days.ts';
import { withYear } from './calendar-input.ts';
import { CorrectionsEditor } from './CorrectionsEditor.tsx';
import type { EnteredYear, UserCalendar } from '../services/calendar/holiday-calendar.ts';
import { draftOf, YearForm } from './YearForm.tsx';

function YearDays({ year }: { year: Pick<HolidayYear, 'holidays' | 'workdays'> }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'holidays',
          label: t('home.calendar.holidays'),
          children: (
            <Flex gap={4} wrap>
              {year.holidays.map((h) => (
                <Tag key={h.from}>{h.from === h.to ? `${h.name} ${h.from}` : `${h.name} ${h.from} ${t('home.calendar.to')} ${h.to}`}</Tag>
              ))}
            </Flex>
          ),
        },
        { key: 'workdays', label: t('home.calendar.workdays'), children: year.workdays.length ? year.workdays.join(t('common.listSeparator')) : t('home.calendar.noWorkdays') },
      ]}
    />
  );
}

type Editing = { year?: string } | undefined;

export function CalendarEditor({ open, onClose, calendar, onSave }: { open: boolean; onClose(): void; calendar: UserCalendar | undefined; onSave(next: UserCalendar): Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>();
  const entered = calendar ? Object.entries(calendar.years).sort(([a], [b]) => a.localeCompare(b)) : [];

  const saveYear = async (year: string, entry: EnteredYear) => {
    await onSave(withYear(calendar!, year, entry, editing?.year));
    setEditing(undefined);
    void message.success(t('home.calendar.yearSaved', { year }));
  };

  return (
    <Drawer open={open} onClose={onClose} size={760} title={t('home.calendar.title')} destroyOnHidden>
      {!calendar ? (
        <Spin />
      ) : (
        <Flex vertical gap="large">
          <Typography.Paragraph type="secondary">{t('home.calendar.intro')}</Typography.Paragraph>
          <section>
            <Typography.Title level={5}>{t('home.calendar.bundledTitle')}</Typography.Title>
            <Collapse
              size="small"
              items={Object.entries(BUNDLED_HOLIDAYS).map(([year, y]) => ({
                key: year,
                label: (
                  <Flex gap="small" align="center" wrap>
                    <Typography.Text strong>{t('home.calendar.yearLabel', { year })}</Typography.Text>
                    <Typography.Text type="secondary">{`${y.notice}（${y.docNo}）`}</Typography.Text>
                    <Tag>{t('home.calendar.readOnly')}</Tag>
                  </Flex>
                ),
                children: <YearDays year={y} />,
              }))}
            />
          </section>
          <section>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5}>{t('home.calendar.enteredTitle')}</Typography.Title>
              <Button icon={<PlusOutlined />} disabled={editing !== undefined} onClick={() => setEditing({})}>
                {t('home.calendar.addYear')}
              </Button>
            </Flex>
            {editing && (
              <YearForm
                key={editing.year ?? 'new'}
                initial={draftOf(editing.year, editing.year ? calendar.years[editing.year] : undefined)}
                {...(editing.year !== undefined && { editing: editing.year })}
                calendar={calendar}
                onSave={saveYear}
                onCancel={() => setEditing(undefined)}
              />
            )}
            {entered.length === 0 && !editing ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.calendar.noEntered')} />
            ) : (
              <List
                dataSource={entered}
                renderItem={([year, y]) => (
                  <List.Item
                    actions={[
                      <Button key="edit" type="link" icon={<EditOutlined />} disabled={editing !== undefined} onClick={() => setEditing({ year })}>
                        {t('home.calendar.edit')}
                      </Button>,
                      <Popconfirm
                        key="remove"
                        title={t('home.calendar.removeYearConfirm', { year })}
                        okText={t('home.calendar.remove')}
                        cancelText={t('home.calendar.cancel')}
                        onConfirm={() => onSave(withYear(calendar, year, undefined))}
                      >
                        <Button type="link" danger>
                          {t('home.calendar.remove')}
                        </Button>
                      </Popconfirm>,
                    ]}
                  >
                    <List.Item.Meta title={`${t('home.calendar.yearLabel', { year })}${y.notice ? ` · ${y.notice}` : ''}`} description={<YearDays year={y} />} />
                  </List.Item>
                )}
              />
            )}
          </section>
          <section>
            <Typography.Title level={5}>{t('home.calendar.correctionsTitle')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('home.calendar.correctionsIntro')}</Typography.Paragraph>
            <CorrectionsEditor calendar={calendar} onSave={onSave} />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
