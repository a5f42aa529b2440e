// The resources deleted from the catalog (or withdrawn by an import), searchable by name or code: each can be
// restored with its last content, or its versions shown.
import { Alert, Button, Empty, Input, Space, Spin, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDateTimeSeconds } from '../../core/time/beijing-time.ts';
import { useDeletedResources, type DeletedResource } from '../hooks/use-history.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import { RestoreDialog } from './RestoreDialog.tsx';

export function DeletedResources({ onShowVersions }: { onShowVersions(resourceId: string): void }) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useDeletedResources();
  const [query, setQuery] = useState('');
  const [restoring, setRestoring] = useState<DeletedResource | undefined>();
  if (state.status === 'loading') return <Spin />;
  if (state.status === 'failed') return <Alert type="error" showIcon title={describeError(state.error, coreLang(asUiLanguage(i18n.language)))} />;
  const q = query.trim();
  const shown = q ? state.value.filter((d) => [d.last.name, d.last.code].some((v) => v?.includes(q))) : state.value;
  return (
    <>
      <Input.Search className="history-toolbar history-picker" allowClear placeholder={t('history.deleted.search')} aria-label={t('history.deleted.search')} onChange={(e) => setQuery(e.target.value)} />
      {state.value.length === 0 ? (
        <Empty description={t('history.deleted.none')} />
      ) : (
        <Table<DeletedResource>
          data-testid="deleted-resources"
          size="small"
          rowKey="resourceId"
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('history.deleted.code'), key: 'code', render: (_, d) => d.last.code ?? '' },
            { title: t('history.deleted.name'), key: 'name', render: (_, d) => d.last.name ?? '' },
            { title: t('history.deleted.at'), key: 'at', render: (_, d) => beijingDateTimeSeconds(d.deletion.at) },
            { title: t('history.col.operator'), key: 'operator', render: (_, d) => d.deletion.operator },
            { title: t('history.col.reason'), key: 'reason', render: (_, d) => d.deletion.note.reason },
            {
              title: '',
              key: 'actions',
              render: (_, d) => (
                <Space>
                  <Button size="small" type="primary" onClick={() => setRestoring(d)}>
                    {t('history.deleted.restore')}
                  </Button>
                  <Button size="small" onClick={() => onShowVersions(d.resourceId)}>
                    {t('history.deleted.versions')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      {restoring && (
        <RestoreDialog
          resource={restoring.last}
          version={restoring.lastVersion}
          onClose={() => setRestoring(undefined)}
          onDone={() => {
            setRestoring(undefined);
            reload();
          }}
        />
      )}
    </>
  );
}
