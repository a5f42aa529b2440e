// The aggregation report as a person reads it (`mulu aggregate --format text`): the totals, every input file with
// its verdict and, when rejected, why; then every conflict with its units, evidence, status and the articles.
import { CONFLICT_KIND_TEXT, CONFLICT_STATE_TEXT } from '../core/county/conflict.ts';
import type { AggregateReport } from '../core/county/aggregate-report.ts';
import { INPUT_VERDICT_TEXT } from '../core/county/input-verdict.ts';
import { citationLabel } from '../core/regulations/citations.ts';
import { escapeInline } from './terminal-text.ts';

export function formatAggregateSummary(report: AggregateReport): string {
  const { counts, county } = report;
  const lines = [
    `县级汇总 / county aggregation: ${escapeInline(county.department)}，第 ${county.catalogVersion} 版`,
    `  目录包 / packages: ${counts.inputs}（采用 ${counts.accepted} · 被取代 ${counts.superseded} · 拒收 ${counts.rejected}） accepted ${counts.accepted} · superseded ${counts.superseded} · rejected ${counts.rejected}`,
    `  单位 / units: ${county.units}，资源 / resources: ${county.resources}，冲突 / conflicts: ${counts.conflicts}`,
    `  需求清单 / needs: ${county.needs}（${report.units.filter((u) => u.needs > 0).length} 个单位提出 / from ${report.units.filter((u) => u.needs > 0).length} units）`,
    '',
    '目录包 / packages:',
  ];
  for (const input of report.inputs) {
    const verdict = INPUT_VERDICT_TEXT[input.verdict];
    const unit = input.unit ? `${escapeInline(input.unit.name)}（${input.unit.uscc}）第 ${input.version} 版` : '';
    lines.push(`  [${verdict.zh} / ${verdict.en}] ${escapeInline(input.file)}${unit ? `：${unit}` : ''}${input.reason ? `  原因 / reason: ${input.reason}` : ''}`);
    if (input.message) lines.push(`      ${escapeInline(input.message.zh)}`, `      ${escapeInline(input.message.en)}`);
  }
  if (report.conflicts.length > 0) lines.push('', '跨单位冲突 / cross-unit conflicts:');
  report.conflicts.forEach((c, i) => {
    const state = CONFLICT_STATE_TEXT[c.status.state];
    lines.push(
      `  ${i + 1}. ${CONFLICT_KIND_TEXT[c.kind].zh} / ${CONFLICT_KIND_TEXT[c.kind].en} [${state.zh}]`,
      `      单位 / units: ${c.units.map((u) => escapeInline(u.name)).join('、')}`,
      `      ${escapeInline(c.evidence.zh)}`,
      `      依据 / basis: ${c.citations.map(citationLabel).join('；')}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
