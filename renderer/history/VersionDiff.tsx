// Two versions of one resource, field by field: only the fields that differ, the older version on the left.
import { Alert, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../core/model/catalog.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { useSessionSelector } from '../hooks/use-session.ts';
import type { ResourceVersion } from '../hooks/use-history.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { fieldRows, type FieldRow } from './history-values.ts';

export function VersionDiff({ before, after }: { before: ResourceVersion; after: ResourceVersion }) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const profileId = useSessionSelector((s) => s.workspace.profileId);
  const vocabularies = useMemo(() => loadProfile(profileId).vocabulary, [profileId]);
  const title = t('history.diff.title', { before: before.stamp.version, after: after.stamp.version });
  if (!before.resource || !after.resource) {
    return <Alert className="history-diff" type="info" showIcon title={title} description={t('history.diff.deleted')} />;
  }
  const itemsText = (r: Resource) => t('history.diff.items', { count: r.items.length, names: r.items.map((i) => i.name).join('、') });
  const rows = fieldRows(before.resource, after.resource, lang, vocabularies, itemsText);
  return (
    <div className="history-diff" data-testid="version-diff">
      <Typography.Title level={5}>{title}</Typography.Title>
      {rows.length === 0 ? (
        <Alert type="success" showIcon title={t('history.diff.same')} />
      ) : (
        <Table<FieldRow>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('history.diff.field'), dataIndex: 'label', width: 160 },
            { title: t('history.versionN', { version: before.stamp.version }), dataIndex: 'before' },
            { title: t('history.versionN', { version: after.stamp.version }), dataIndex: 'after' },
          ]}
        />
      )}
    </div>
  );
}
