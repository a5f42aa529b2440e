// 考核: the assessment sheet of the county's units (安徽 第四十二条, 泗县 第四十一条、第四十三条, 吉林 第四十七条、第四十八条)
// — per roster unit, completeness of mandatory fields, share and open ratios, the report status against the
// profile's annual deadline in working days, and returned resources from the county's receipts; what cannot be
// computed is said. The table has the workbook's own columns; exported as xlsx, printed on A4 landscape.
import { FileExcelOutlined, PrinterOutlined, ReloadOutlined, TrophyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_COLUMNS, writeAssessmentWorkbook } from '../../core/county/assessment-workbook.ts';
import type { CellValue } from '../../core/xlsx/write-options.ts';
import { useCountyAssessment } from '../hooks/use-county.ts';
import { assessmentFileName } from '../services/county/county-assessment.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import '../ui/print-page.css';
import './county.css';

const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'date' in value) return value.date;
  return String(value);
};

export function AssessmentSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const platform = usePlatform();
  const { message } = App.useApp();
  const { state, reload } = useCountyAssessment();

  const title = (
    <Typography.Title level={4} className="section-title">
      <TrophyOutlined /> {t('county.assessment.title')}
    </Typography.Title>
  );
  if (state.status === 'loading') return <Spin />;
  if (state.status === 'failed') return <Alert type="error" showIcon title={describeError(state.error, lang)} />;
  const { assessment, receipts } = state.value;

  const exportXlsx = async () => {
    try {
      const saved = await platform.saveFile(assessmentFileName(assessment.county.name, new Date()), writeAssessmentWorkbook(assessment));
      if (saved) void message.success(t('county.assessment.saved', { name: saved.name }));
    } catch (error) {
      void message.error(t('county.assessment.saveFailed', { message: describeError(error, lang) }));
    }
  };

  return (
    <Flex vertical gap="middle" className="county-section">
      {/* Only while this section is shown, so no other printout turns landscape. */}
      <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
      {title}
      <Typography.Paragraph type="secondary">{t('county.assessment.intro')}</Typography.Paragraph>
      <Space wrap className="print-hidden">
        <Button type="primary" icon={<FileExcelOutlined />} disabled={!assessment.units.length} onClick={() => void exportXlsx()}>
          {t('county.assessment.export')}
        </Button>
        <Button icon={<PrinterOutlined />} disabled={!assessment.units.length} onClick={() => window.print()}>
          {t('county.assessment.print')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={reload}>
          {t('county.assessment.reload')}
        </Button>
      </Space>
      {receipts === 0 && <Alert type="info" showIcon className="print-hidden" title={t('county.assessment.noReceipts')} />}
      {assessment.units.length === 0 ? (
        <Empty description={t('county.assessment.empty')} />
      ) : (
        <div className="assessment-sheet print-page" data-testid="assessment-sheet">
          <h2>
            {assessment.county.name} {t('county.assessment.sheetTitle')}
            {assessment.due && <span className="assessment-due">{t('county.assessment.due', { due: assessment.due })}</span>}
          </h2>
          <table>
            <thead>
              <tr>
                {ASSESSMENT_COLUMNS.map((c) => (
                  <th key={c.title}>{c.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {assessment.units.map((u) => (
                <tr key={u.unit.uscc}>
                  {ASSESSMENT_COLUMNS.map((c) => (
                    <td key={c.title}>{cellText(c.value(u))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {assessment.notComputed.map((text) => (
            <p key={text.zh} className="assessment-note">
              {text[lang]}
            </p>
          ))}
        </div>
      )}
    </Flex>
  );
}
