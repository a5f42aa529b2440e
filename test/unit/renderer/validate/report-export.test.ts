// The exported report: the JSON is the CLI's validation-report format, byte for byte; the CSV is for people in
// Excel/WPS (BOM, quoted, formula prefixes made inert), one finding per row.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { buildReport, REPORT_FORMAT, REPORT_VERSION } from '../../../../core/report/validation-report.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { reportCsvText, reportFileName, reportJsonBytes, type CsvLabels } from '../../../../renderer/validate/report-export.ts';

const catalog = generateCatalog({ resources: 150, seed: 9, profile: 'anhui' });
// A name a spreadsheet would run as a formula, as a clerk might paste it, on a resource missing its 摘要 (so it
// has a finding that names it).
catalog.resources[0]!.name = '=HYPERLINK("http://x","点击")';
delete catalog.resources[0]!.abstract;
const profile = loadProfile('anhui');
const report = buildReport(catalog, profile, new RuleEngine({ profile, today: '2026-11-22' }).validateCatalog(catalog));
const LABELS: CsvLabels = {
  headers: ['单元格', '严重程度', '规则', '规则名称', '信息资源代码', '信息资源名称', '位置', '问题', '修改建议', '依据'],
  severity: { error: '错误', warning: '警告', info: '提示' },
};

/** RFC 4180 fields of one CSV text (quoted fields, "" escapes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const pattern = /"((?:[^"]|"")*)"(,|\r\n)/gu;
  let row: string[] = [];
  for (const m of text.matchAll(pattern)) {
    row.push(m[1]!.replaceAll('""', '"'));
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('report export', () => {
  it('writes the JSON exactly as `mulu validate --format json` prints it', () => {
    const text = new TextDecoder().decode(reportJsonBytes(report));
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: REPORT_FORMAT, version: REPORT_VERSION, counts: report.counts });
    expect(parsed.findings).toHaveLength(report.findings.length);
  });

  it('writes a CSV with BOM, a header and one quoted row per finding', () => {
    const text = reportCsvText(report, LABELS, 'zh-CN');
    expect(text.startsWith('\uFEFF"单元格","严重程度"')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(report.findings.length + 1);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    const first = report.findings[0]!;
    expect(rows[1]![1]).toBe(LABELS.severity[first.severity]);
    expect(rows[1]![2]).toBe(first.ruleId);
    expect(rows[1]![7]).toBe(first.message.zh);
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    const rows = parseCsv(reportCsvText(report, LABELS, 'zh-CN').slice(1));
    const named = rows.filter((r) => r[5]!.includes('HYPERLINK'));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(r[5]).toBe(`'=HYPERLINK("http://x","点击")`);
    expect(rows.every((r) => r.every((field) => !/^\s*[=+\-@]/u.test(field)))).toBe(true);
  });

  it('uses the interface language for texts', () => {
    const rows = parseCsv(reportCsvText(report, LABELS, 'en').slice(1));
    expect(rows[1]![7]).toBe(report.findings[0]!.message.en);
  });

  it('names the file by department and day, without characters Windows refuses', () => {
    expect(reportFileName('校验报告', '泗县农业农村局', new Date(2026, 10, 2), 'csv')).toBe('校验报告-泗县农业农村局-20261102.csv');
    expect(reportFileName('校验报告', '某局/办公室:1', new Date(2026, 0, 9), 'json')).toBe('校验报告-某局_办公室_1-20260109.json');
  });
});
