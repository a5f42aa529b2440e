// The resource list: antd's virtual table (only the rows in view are in the DOM, so 20,000 resources scroll
// smoothly), sized to the space it is given, with check boxes for bulk actions; a click on a row opens it.
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableRef } from 'antd/es/table';
import { forwardRef, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogRow } from './catalog-rows.ts';
import { useVocabulary } from '../ui/use-vocabulary.ts';

interface Props {
  rows: readonly CatalogRow[];
  width: number;
  height: number;
  selectedIds: readonly string[];
  onSelect(ids: string[]): void;
  /** The resource last opened or saved: highlighted. */
  currentId: string | undefined;
  onOpen(id: string): void;
  /** Shown when the filters let nothing through. */
  emptyText: ReactNode;
}

const ROW_HEIGHT = 39;
const HEADER_HEIGHT = 39;
const SELECTION_WIDTH = 40;
const FIXED_WIDTHS = { code: 170, provider: 170, shareType: 104, openType: 104, updateCycle: 84, items: 76, findings: 124 };
const MIN_NAME_WIDTH = 220;

function Problems({ row }: { row: CatalogRow }) {
  const { t } = useTranslation();
  if (!row.checked) return <Typography.Text type="secondary">{t('app.checking')}</Typography.Text>;
  if (row.errors === 0 && row.warnings === 0) return <Typography.Text type="secondary">{t('catalog.problems.none')}</Typography.Text>;
  return (
    <Flex gap={4}>
      {row.errors > 0 && <Tag color="red">{t('catalog.problems.errors', { count: row.errors })}</Tag>}
      {row.warnings > 0 && <Tag color="orange">{t('catalog.problems.warnings', { count: row.warnings })}</Tag>}
    </Flex>
  );
}

export const CatalogTable = forwardRef<TableRef, Props>(function CatalogTable({ rows, width, height, selectedIds, onSelect, currentId, onOpen, emptyText }, ref) {
  const { t } = useTranslation();
  const { label } = useVocabulary();
  const fixed = Object.values(FIXED_WIDTHS).reduce((a, b) => a + b, 0) + SELECTION_WIDTH;
  const nameWidth = Math.max(MIN_NAME_WIDTH, width - fixed);
  const columns = useMemo<ColumnsType<CatalogRow>>(
    () => [
      { key: 'code', title: t('catalog.columns.code'), width: FIXED_WIDTHS.code, ellipsis: true, render: (_, row) => row.resource.code },
      { key: 'name', title: t('catalog.columns.name'), width: nameWidth, ellipsis: true, render: (_, row) => row.resource.name },
      { key: 'provider', title: t('catalog.columns.provider'), width: FIXED_WIDTHS.provider, ellipsis: true, render: (_, row) => row.resource.providerName },
      { key: 'shareType', title: t('catalog.columns.shareType'), width: FIXED_WIDTHS.shareType, ellipsis: true, render: (_, row) => label('shareType', row.resource.shareType) },
      { key: 'openType', title: t('catalog.columns.openType'), width: FIXED_WIDTHS.openType, ellipsis: true, render: (_, row) => label('openType', row.resource.openType) },
      { key: 'updateCycle', title: t('catalog.columns.updateCycle'), width: FIXED_WIDTHS.updateCycle, ellipsis: true, render: (_, row) => label('updateCycle', row.resource.updateCycle) },
      { key: 'items', title: t('catalog.columns.items'), width: FIXED_WIDTHS.items, align: 'right', render: (_, row) => row.resource.items.length },
      { key: 'findings', title: t('catalog.columns.findings'), width: FIXED_WIDTHS.findings, render: (_, row) => <Problems row={row} /> },
    ],
    [t, label, nameWidth],
  );
  return (
    <Table<CatalogRow>
      ref={ref}
      className="catalog-table"
      virtual
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows as CatalogRow[]}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: nameWidth + fixed, y: Math.max(ROW_HEIGHT * 3, height - HEADER_HEIGHT) }}
      rowSelection={{
        columnWidth: SELECTION_WIDTH,
        selectedRowKeys: selectedIds as string[],
        // The header box selects every row the filters let through, not only those in view.
        onChange: (keys) => onSelect(keys.map(String)),
      }}
      rowClassName={(row) => (row.id === currentId ? 'catalog-row-current' : '')}
      onRow={(row) => ({ onClick: () => onOpen(row.id) })}
    />
  );
});
