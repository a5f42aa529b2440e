// 清单: the lists the workspace's profile asks for (docs/lists.md), derived live from the open catalog — a tab per list
// with its counts, a filter, the table, a print preview laid out for A4 landscape, and the exports: every list as one
// workbook (made in a worker) and the list shown as CSV, both through the platform adapter.
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Progress, Segmented, Space, Table, Tabs, Typography } from 'antd';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writeListCsv } from '../../core/lists/export-lists-csv.ts';
import { listCounts } from '../../core/lists/list-counts.ts';
import { listDefinitions, type ListDefinition, type ListId } from '../../core/lists/list-definitions.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { vocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { startListsExport } from '../services/lists/run-lists-export.ts';
import type { WorkerJob } from '../services/workers/worker-job.ts';
import { filterListRows, listTableRows, type ScopeFilter } from './list-table.ts';
import { ListPrint } from './ListPrint.tsx';
import './lists.css';

/** 本单位-清单.xlsx; characters Windows refuses in a file name would make the save dialog fail. */
const fileName = (department: string, what: string, extension: string) => `${department.replace(/[\\/:*?"<>|]/gu, '').trim() || '本单位'}-${what}.${extension}`;

export function ListsSection() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const platform = usePlatform();
  const { message } = App.useApp();
  const { catalog, workspace } = useSessionState();
  const profile = useMemo(() => loadProfile(workspace.profileId), [workspace.profileId]);
  const labels = useMemo(() => vocabularyLabels(profile), [profile]);
  const definitions = useMemo(() => listDefinitions(profile), [profile]);
  const counts = useMemo(() => listCounts(catalog, definitions), [catalog, definitions]);
  const [active, setActive] = useState<ListId>(definitions[0]!.id);
  const definition = definitions.find((d) => d.id === active) ?? definitions[0]!;
  const [search, setSearch] = useState('');
  const text = useDeferredValue(search);
  const [scope, setScope] = useState<ScopeFilter>('all');
  const [preview, setPreview] = useState(false);
  const [exporting, setExporting] = useState<number>();
  const job = useRef<WorkerJob<Uint8Array<ArrayBuffer>>>(undefined);

  const rows = useMemo(() => listTableRows(catalog, definition, labels), [catalog, definition, labels]);
  const shown = useMemo(() => filterListRows(rows, text, definition.id === 'negative' ? scope : 'all'), [rows, text, scope, definition.id]);
  const count = counts.lists.find((c) => c.id === definition.id)!;

  const exportWorkbook = async () => {
    setExporting(0);
    job.current = startListsExport(catalog, workspace.profileId, setExporting);
    const outcome = await job.current.result;
    setExporting(undefined);
    if (!outcome.ok) {
      if ('crashed' in outcome) void message.error(t('lists.exportFailed', { detail: outcome.crashed }));
      return;
    }
    const saved = await platform.saveFile(fileName(workspace.department.name, t('lists.workbookName'), 'xlsx'), outcome.result);
    if (saved) void message.success(t('lists.exported', { file: saved.name }));
  };

  const exportCsv = async (d: ListDefinition) => {
    const parts: string[] = [];
    writeListCsv(catalog, d, labels, (part) => void parts.push(part));
    const saved = await platform.saveFile(fileName(workspace.department.name, d.sheet.zh, 'csv'), new TextEncoder().encode(parts.join('')));
    if (saved) void message.success(t('lists.exported', { file: saved.name }));
  };

  if (preview) return <ListPrint definition={definition} rows={shown} department={workspace.department.name} onClose={() => setPreview(false)} />;

  const standing = definition.id === 'shared' ? counts.share : definition.id === 'open' ? counts.open : undefined;
  return (
    <Card
      title={t('lists.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} loading={exporting !== undefined} onClick={() => void exportWorkbook()}>
            {t('lists.exportXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportCsv(definition)}>
            {t('lists.exportCsv', { list: pickText(definition.sheet, language) })}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => setPreview(true)}>
            {t('lists.printPreview')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap="middle">
        <Typography.Text>{t('lists.summary', { resources: counts.catalog.resources, items: counts.catalog.items, lists: definitions.length })}</Typography.Text>
        {exporting !== undefined && (
          <Flex gap="small" align="center">
            <Progress percent={Math.round(exporting * 100)} style={{ width: 320 }} />
            <Button size="small" onClick={() => job.current?.cancel()}>
              {t('lists.cancel')}
            </Button>
          </Flex>
        )}
        <Tabs
          activeKey={definition.id}
          onChange={(key) => setActive(key as ListId)}
          items={definitions.map((d) => ({ key: d.id, label: `${pickText(d.sheet, language)}（${counts.lists.find((c) => c.id === d.id)!.rows}）` }))}
        />
        <Flex gap="middle" align="center" wrap>
          <Typography.Text data-testid="list-counts">{t('lists.counts', { rows: count.rows, resources: count.resources, items: count.items })}</Typography.Text>
          {standing && (
            <Typography.Text type="secondary" data-testid="list-standing">
              {t('lists.standing', { ...standing })}
            </Typography.Text>
          )}
        </Flex>
        <Flex gap="middle" align="center" wrap>
          <Input.Search allowClear style={{ width: 360 }} placeholder={t('lists.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          {definition.id === 'negative' && (
            <Segmented<ScopeFilter>
              aria-label={t('lists.scope')}
              value={scope}
              onChange={setScope}
              options={[
                { value: 'all', label: t('lists.scopeAll') },
                { value: 'resource', label: t('lists.scopeResource') },
                { value: 'item', label: t('lists.scopeItem') },
              ]}
            />
          )}
          <Typography.Text type="secondary">{t('lists.shown', { shown: shown.length, total: rows.length })}</Typography.Text>
        </Flex>
        <Table
          className="lists-table"
          size="small"
          virtual
          rowKey="seq"
          dataSource={shown}
          pagination={false}
          scroll={{ x: definition.columns.reduce((w, c) => w + c.width * 9, 0), y: 420 }}
          locale={{ emptyText: rows.length ? t('lists.noMatch') : pickText(definition.empty, language) }}
          columns={definition.columns.map((c, i) => ({
            key: c.field,
            title: pickText(c.header, language),
            width: c.width * 9,
            ellipsis: true,
            render: (_: unknown, row: (typeof shown)[number]) => row.cells[i],
          }))}
        />
      </Flex>
    </Card>
  );
}
