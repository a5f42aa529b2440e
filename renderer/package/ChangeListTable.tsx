// The changes since the base package, each with its 变更说明: taken from the resource's history, or — where the
// history gives no reason — an input for the clerk to write one for this package. A change whose note gives no
// 变更依据 is marked (Anhui Art. 15), and its 变更之日 shown where the history gives one.
import { Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../core/package/catalog-diff.ts';
import type { ChangeNote } from '../../core/model/change-note.ts';
import type { PlannedChange } from '../services/package/package-job.ts';

const KIND_COLOR: Readonly<Record<ChangeKind, string>> = { added: 'green', changed: 'blue', withdrawn: 'red' };

export function ChangeListTable({
  changes,
  fromHistory,
  written,
  onWrite,
  withoutBasis,
}: {
  changes: readonly PlannedChange[];
  fromHistory: ReadonlyMap<string, ChangeNote>;
  written: ReadonlyMap<string, string>;
  onWrite: (code: string, reason: string) => void;
  /** Codes whose note gives no 变更依据, where the profile asks for one. */
  withoutBasis: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  return (
    <Table<PlannedChange>
      size="small"
      rowKey="code"
      dataSource={[...changes]}
      pagination={changes.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      className="change-list"
      columns={[
        { title: t('package.changes.kind'), dataIndex: 'kind', width: 80, render: (kind: ChangeKind) => <Tag color={KIND_COLOR[kind]}>{t(`package.changes.${kind}`)}</Tag> },
        { title: t('package.changes.code'), dataIndex: 'code', width: 170 },
        { title: t('package.changes.name'), dataIndex: 'name', width: 180, ellipsis: true },
        { title: t('package.changes.fields'), dataIndex: 'fields', width: 160, render: (fields?: string[]) => fields?.join(t('common.listSeparator')) ?? '' },
        {
          title: t('package.changes.reason'),
          render: (_, change) => {
            const note = fromHistory.get(change.code);
            const noBasis = withoutBasis.has(change.code) && <Tag color="orange">{t('package.changes.missingBasis')}</Tag>;
            if (note) {
              return (
                <Typography.Text>
                  {note.reason}
                  {note.basis.length > 0 && (
                    <Typography.Text type="secondary">
                      {t('common.parenthesized', { text: note.basis.map((b) => [b.title, b.docNo, b.article].filter(Boolean).join(' ')).join(t('common.listSeparator')) })}
                    </Typography.Text>
                  )}
                  {note.basisChangedOn && <Typography.Text type="secondary"> {t('package.changes.basisChangedOn', { date: note.basisChangedOn })}</Typography.Text>}
                  {noBasis && <> {noBasis}</>}
                </Typography.Text>
              );
            }
            const value = written.get(change.code) ?? '';
            return (
              <Input
                size="small"
                status={value.trim() ? undefined : 'error'}
                placeholder={t('package.changes.placeholder')}
                value={value}
                onChange={(e) => onWrite(change.code, e.target.value)}
                aria-label={`${t('package.changes.reason')} ${change.code}`}
                {...(noBasis && { suffix: noBasis })}
              />
            );
          },
        },
      ]}
    />
  );
}
