// One resource's versions, newest first: who saved each, when, the 变更说明 and its 依据. Ticking two compares them
// field by field; 恢复此版本 saves an older version's content as a new version.
import { Alert, Button, Empty, Select, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import { beijingDateTimeSeconds } from '../../core/time/beijing-time.ts';
import { useResourceHistory, type ResourceVersion } from '../hooks/use-history.ts';
import { useSessionSelector } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import { VersionDiff } from './VersionDiff.tsx';

const resourceLabel = (r: Resource) => [r.code, r.name].filter(Boolean).join('  ') || r.id;

export function ResourceHistory({ resourceId, onPick }: { resourceId: string | undefined; onPick(id: string): void }) {
  const { t } = useTranslation();
  const resources = useSessionSelector((s) => s.catalog.resources);
  const options = useMemo(() => resources.map((r) => ({ value: r.id, label: resourceLabel(r) })), [resources]);
  const picked = resourceId !== undefined && !options.some((o) => o.value === resourceId) ? [...options, { value: resourceId, label: t('history.deletedOption', { id: resourceId }) }] : options;
  return (
    <>
      <Select
        className="history-picker"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('history.pick')}
        value={resourceId}
        options={picked}
        onChange={onPick}
        aria-label={t('history.pick')}
      />
      {resourceId === undefined ? <Empty className="history-diff" description={t('history.pickHint')} /> : <Versions key={resourceId} resourceId={resourceId} />}
    </>
  );
}

const versionKey = (v: ResourceVersion) => v.stamp.version;

function Versions({ resourceId }: { resourceId: string }) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { state, reload } = useResourceHistory(resourceId);
  const [selected, setSelected] = useState<number[]>([]);
  const [restoring, setRestoring] = useState<ResourceVersion | undefined>();
  if (state.status === 'loading') return <Spin />;
  if (state.status === 'failed') return <Alert type="error" showIcon title={describeError(state.error, lang)} />;
  const versions = state.value;
  const chosen = versions.filter((v) => selected.includes(v.stamp.version)).sort((a, b) => a.stamp.version - b.stamp.version);
  return (
    <>
      <Typography.Paragraph type="secondary" className="history-diff">
        {t('history.versionsHint')}
      </Typography.Paragraph>
      <Table<ResourceVersion>
        size="small"
        rowKey={versionKey}
        dataSource={versions}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number).slice(-2)), hideSelectAll: true }}
        columns={[
          {
            title: t('history.col.version'),
            key: 'version',
            render: (_, v) => (
              <>
                {t('history.versionN', { version: v.stamp.version })} {v.current && <Tag color="green">{t('history.current')}</Tag>}
              </>
            ),
          },
          { title: t('history.col.kind'), key: 'kind', render: (_, v) => t(`history.kind.${v.stamp.kind}`) },
          { title: t('history.col.at'), key: 'at', render: (_, v) => beijingDateTimeSeconds(v.stamp.at) },
          { title: t('history.col.operator'), key: 'operator', render: (_, v) => v.stamp.operator },
          { title: t('history.col.reason'), key: 'reason', render: (_, v) => v.stamp.note.reason || <Typography.Text type="secondary">{t('history.noReason')}</Typography.Text> },
          {
            title: t('history.col.basis'),
            key: 'basis',
            render: (_, v) => v.stamp.note.basis.map((b) => [b.title, b.docNo, b.article].filter(Boolean).join(' ')).join('；'),
          },
          {
            title: '',
            key: 'restore',
            render: (_, v) =>
              !v.current &&
              v.resource && (
                <Button size="small" onClick={() => setRestoring(v)}>
                  {t('history.restore.button')}
                </Button>
              ),
          },
        ]}
      />
      {chosen.length === 2 ? <VersionDiff before={chosen[0]!} after={chosen[1]!} /> : <Typography.Text type="secondary">{t('history.pickTwo')}</Typography.Text>}
      {restoring?.resource && (
        <RestoreDialog
          resource={restoring.resource}
          version={restoring.stamp.version}
          onClose={() => setRestoring(undefined)}
          onDone={() => {
            setRestoring(undefined);
            setSelected([]);
            reload();
          }}
        />
      )}
    </>
  );
}
