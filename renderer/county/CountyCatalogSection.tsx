// 县级目录: every unit's resources the county accepted after review (its latest decision), a returned resource in
// none, each with its unit and the package it came from. Read-only; filtered by unit, share and open type and a
// search on code or name; antd's virtual table as in 目录编制, so 20,000 resources scroll smoothly.
import { ApartmentOutlined } from '@ant-design/icons';
import { Alert, Empty, Flex, Input, Select, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readAttribution, type Attribution } from '../../core/county/attribution.ts';
import type { Resource } from '../../core/model/catalog.ts';
import { useCountyCatalog } from '../hooks/use-county-review.ts';
import { useVocabulary } from '../hooks/use-vocabulary.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import './county.css';

interface Row {
  id: string;
  resource: Resource;
  source: Attribution;
}

interface Filter {
  unit?: string;
  shareType?: string;
  openType?: string;
  query: string;
}

export function CountyCatalogSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { label, options } = useVocabulary();
  const county = useCountyCatalog();
  const [filter, setFilter] = useState<Filter>({ query: '' });

  const rows = useMemo<Row[]>(() => {
    if (county.state.status !== 'ready') return [];
    return county.state.value.resources.map((resource) => ({ id: resource.id, resource, source: readAttribution(resource)! }));
  }, [county.state]);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) seen.set(r.source.unit.uscc, r.source.unit.name);
    return [...seen].map(([value, name]) => ({ value, label: name }));
  }, [rows]);
  const shown = useMemo(() => {
    const q = filter.query.trim().toLowerCase();
    return rows.filter(
      (r) =>
        (!filter.unit || r.source.unit.uscc === filter.unit) &&
        (!filter.shareType || r.resource.shareType === filter.shareType) &&
        (!filter.openType || r.resource.openType === filter.openType) &&
        (!q || (r.resource.code ?? '').toLowerCase().includes(q) || (r.resource.name ?? '').toLowerCase().includes(q)),
    );
  }, [rows, filter]);

  let body;
  if (county.state.status === 'loading') body = <Spin />;
  else if (county.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(county.state.error, lang)} />;
  else if (!rows.length) body = <Empty description={t('countyWork.catalog.empty')} />;
  else
    body = (
      <>
        <Flex gap="small" wrap>
          <Select allowClear showSearch optionFilterProp="label" className="county-filter-unit" placeholder={t('countyWork.catalog.unit')} options={units} value={filter.unit} onChange={(unit?: string) => setFilter((f) => ({ ...f, unit }))} />
          <Select allowClear className="county-filter" placeholder={t('catalog.columns.shareType')} options={options('shareType')} value={filter.shareType} onChange={(shareType?: string) => setFilter((f) => ({ ...f, shareType }))} />
          <Select allowClear className="county-filter" placeholder={t('catalog.columns.openType')} options={options('openType')} value={filter.openType} onChange={(openType?: string) => setFilter((f) => ({ ...f, openType }))} />
          <Input.Search allowClear className="county-filter-search" placeholder={t('countyWork.catalog.search')} onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))} />
        </Flex>
        <Typography.Text type="secondary" className="county-catalog-counts">
          {t('countyWork.catalog.counts', { count: rows.length, units: units.length, shown: shown.length })}
        </Typography.Text>
        <Table<Row>
          className="county-catalog-table"
          virtual
          size="small"
          rowKey="id"
          dataSource={shown}
          pagination={false}
          scroll={{ x: 1300, y: 440 }}
          columns={[
            { key: 'unit', title: t('countyWork.catalog.unit'), width: 160, ellipsis: true, render: (_, r) => r.source.unit.name },
            { key: 'code', title: t('catalog.columns.code'), width: 190, ellipsis: true, render: (_, r) => r.resource.code },
            { key: 'name', title: t('catalog.columns.name'), width: 260, ellipsis: true, render: (_, r) => r.resource.name },
            { key: 'provider', title: t('catalog.columns.provider'), width: 160, ellipsis: true, render: (_, r) => r.resource.providerName },
            { key: 'shareType', title: t('catalog.columns.shareType'), width: 104, ellipsis: true, render: (_, r) => label('shareType', r.resource.shareType) },
            { key: 'openType', title: t('catalog.columns.openType'), width: 104, ellipsis: true, render: (_, r) => label('openType', r.resource.openType) },
            { key: 'items', title: t('catalog.columns.items'), width: 76, align: 'right', render: (_, r) => r.resource.items.length },
            { key: 'source', title: t('countyWork.catalog.source'), width: 246, ellipsis: true, render: (_, r) => t('countyWork.catalog.sourceText', { file: r.source.sourceFile, version: r.source.version }) },
          ]}
        />
      </>
    );

  return (
    <Flex vertical gap="middle" className="county-section">
      <Typography.Title level={4} className="section-title">
        <ApartmentOutlined /> {t('countyWork.catalog.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('countyWork.catalog.intro')}</Typography.Paragraph>
      {body}
    </Flex>
  );
}
