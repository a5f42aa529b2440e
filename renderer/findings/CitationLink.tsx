// The "依据" link of a finding: the article's label, and on click the quoted text, so a clerk sees which rule of
// which regulation asks for the fix. Platform practice and national standards are labelled as not being law.
import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { citationLabel, type Citation } from '../../core/regulations/citations.ts';
import './findings.css';

export function CitationLink({ citation }: { citation: Citation }) {
  const { t } = useTranslation();
  const label = citationLabel(citation);
  const text = citation.quote ?? citation.summaryZh;
  const content = (
    <div className="citation-popover">
      <Typography.Paragraph strong>
        {label}
        {citation.docNo && citation.kind === 'regulation' ? `（${citation.docNo}）` : ''}
      </Typography.Paragraph>
      {citation.kind !== 'regulation' && <Tag color="default">{t('findings.notLaw')}</Tag>}
      {text ? (
        <Typography.Paragraph className="citation-quote">
          {citation.quote ? `“${text}”` : `${t('findings.summary')}${text}`}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t('findings.noQuote')}</Typography.Text>
      )}
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomLeft">
      <Typography.Link className="citation-link">
        {t('findings.basis')}
        {t('common.colon')}
        {label}
      </Typography.Link>
    </Popover>
  );
}
