// A catalog written the way the national template lays it out (catalog-standard.md §1.4): one sheet, one row per
// data item, the resource cells repeated on each item row, 细目分类1 and 细目分类1.1 as two columns, a title row
// above the header, and no provider columns (one department fills the template in). The other tools that write
// this layout are not at hand here, so tests and the clerk's browser test build it from a generated catalog.
import type { Catalog, DataItem, Resource } from '../../core/model/catalog.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { encodeValue } from '../../core/workbook/cell-codec.ts';
import { ITEM_COLUMNS, RESOURCE_COLUMNS, IMPORT_ONLY_COLUMNS, type ColumnSpec } from '../../core/workbook/columns.ts';
import { getField } from '../../core/workbook/field-path.ts';
import { vocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import { workbookStyles } from '../../core/workbook/workbook-styles.ts';
import { writeXlsx, type CellInput } from '../../core/xlsx/xlsx-writer.ts';

type Cell = (r: Resource, item: DataItem, row: number) => CellInput;

const spec = (field: string): ColumnSpec => [...RESOURCE_COLUMNS, ...ITEM_COLUMNS, ...IMPORT_ONLY_COLUMNS].find((c) => c.field === field)!;

/** The national template's header, in its order, and what each column holds. */
function nationalColumns(labels: ReturnType<typeof vocabularyLabels>): [string, Cell][] {
  const resource = (field: string): Cell => (r) => encodeValue(spec(field), getField(r, field), labels);
  const item = (field: string): Cell => (_, i) => encodeValue(spec(`items.${field}`), getField(i, field), labels);
  const subCatalog = (n: number): Cell => (r) => r.classification?.subCatalogs?.[n];
  return [
    ['序号', (_, __, row) => row],
    ['部门类信息资源分类(类)', resource('classification.class')],
    ['项分类', resource('classification.item')],
    ['目分类', resource('classification.catalog')],
    ['细目分类1', subCatalog(0)],
    ['细目分类1.1', subCatalog(1)],
    ['关联业务事项', resource('relatedMatters')],
    ['信息资源名称', resource('name')],
    ['信息资源代码', resource('code')],
    ['下设机构', resource('providerInnerDept')],
    ['信息资源摘要', resource('abstract')],
    ['信息资源格式分类', resource('formatCategory')],
    ['信息资源格式类型', resource('formatType')],
    ['其他类型资源格式描述', resource('formatOtherDesc')],
    ['信息项名称', item('name')],
    ['数据类型', item('dataType')],
    ['数据长度', item('length')],
    ['共享类型', resource('shareType')],
    ['共享条件/不予共享依据', resource('shareCondition')],
    ['共享方式分类', resource('shareMethodCategory')],
    ['共享方式类型', resource('shareMethodType')],
    ['是否向社会开放', (r) => (r.openType === undefined ? undefined : r.openType === 'none' ? '否' : '是')],
    ['开放条件', resource('openCondition')],
    ['更新周期', resource('updateCycle')],
    ['发布日期', resource('publishDate')],
    ['开放主题分类', () => undefined],
  ];
}

/** The national-layout workbook of a catalog's resources (the resource cells repeated on each item row). */
export function nationalWorkbook(catalog: Catalog): Uint8Array {
  const columns = nationalColumns(vocabularyLabels(loadProfile(catalog.profile)));
  return writeXlsx(
    (writer) => {
      const sheet = writer.addSheet({ name: '政务数据资源目录' });
      sheet.addRow([`${catalog.department.name}政务数据资源目录`]);
      sheet.addRow(columns.map(([header]) => header));
      let row = 0;
      for (const r of catalog.resources) {
        row++;
        for (const item of r.items.length ? r.items : [{ name: '' }]) sheet.addRow(columns.map(([, cell]) => cell(r, item, row)));
      }
    },
    { styles: workbookStyles() },
  );
}
