// The catalog's validation report as files: JSON in the versioned validation-report format (exactly what
// `mulu validate --format json` prints), and a CSV list for people (UTF-8 with BOM so WPS and Excel zh-CN read it,
// every field quoted, formula prefixes neutralised by core's csvField).
import type { Severity } from '../../core/model/enums.ts';
import type { ValidationReport } from '../../core/report/validation-report.ts';
import { citationLabel } from '../../core/regulations/citations.ts';
import { ruleDefinition } from '../../core/rules/definitions.ts';
import { csvField } from '../../core/workbook/export-csv.ts';
import { fieldPathLabel } from '../findings/field-path-label.ts';
import { pickText, type UiLanguage } from '../i18n/language.ts';

const BOM = '\uFEFF';

export function reportJsonBytes(report: ValidationReport): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
}

/** The CSV's column titles and severity words, in the interface language. */
export interface CsvLabels {
  headers: readonly [place: string, severity: string, rule: string, ruleTitle: string, code: string, name: string, field: string, message: string, hint: string, basis: string];
  severity: Record<Severity, string>;
}

export function reportCsvText(report: ValidationReport, labels: CsvLabels, language: UiLanguage): string {
  const lines = [labels.headers.map(csvField).join(',')];
  for (const f of report.findings) {
    const fields = [
      f.location?.cell ?? '',
      labels.severity[f.severity],
      f.ruleId,
      pickText(ruleDefinition(f.ruleId).title, language),
      f.resourceCode ?? '',
      f.resourceName ?? '',
      fieldPathLabel(f.path, language),
      pickText(f.message, language),
      pickText(f.hint, language),
      f.citations.map(citationLabel).join('；'),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function reportCsvBytes(report: ValidationReport, labels: CsvLabels, language: UiLanguage): Uint8Array {
  return new TextEncoder().encode(reportCsvText(report, labels, language));
}

/** 校验报告-泗县农业农村局-20261122.json: characters Windows refuses in names become _. */
export function reportFileName(prefix: string, department: string, date: Date, extension: 'json' | 'csv'): string {
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return `${[prefix, department, day].filter(Boolean).join('-').replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_')}.${extension}`;
}
