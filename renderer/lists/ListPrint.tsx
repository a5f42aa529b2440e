// A list laid out for paper: the official Chinese titles, every row shown (the filter applies), on A4 landscape with
// the header repeated on each page (lists.css). On screen it is the preview, with the print and back buttons.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListDefinition } from '../../core/lists/list-definitions.ts';
import type { ListTableRow } from './list-table.ts';
import '../ui/print-page.css';

interface Props {
  definition: ListDefinition;
  rows: readonly ListTableRow[];
  department: string;
  onClose: () => void;
}

export function ListPrint({ definition, rows, department, onClose }: Props) {
  const { t } = useTranslation();
  // The columns share the page width in the proportions the workbook gives them, so every column fits the paper.
  const total = definition.columns.reduce((sum, c) => sum + c.width, 0);
  return (
    <Flex vertical gap="middle">
      {/* Only while the preview is shown, so no other printout (the 登记表, the 公钥登记表) turns landscape. */}
      <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
      <Flex gap="small" className="print-hidden">
        <Button icon={<ArrowLeftOutlined />} onClick={onClose}>
          {t('lists.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('lists.print')}
        </Button>
      </Flex>
      <div className="lists-print print-page" data-testid="lists-print">
        <h2>
          {department} {definition.sheet.zh}
        </h2>
        <table>
          <colgroup>
            {definition.columns.map((c) => (
              <col key={c.field} style={{ width: `${(100 * c.width) / total}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {definition.columns.map((c) => (
                <th key={c.field}>{c.header.zh}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={definition.columns.length}>{definition.empty.zh}</td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.seq}>
                  {row.cells.map((cell, i) => (
                    <td key={definition.columns[i]!.field}>{cell}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </Flex>
  );
}
