// Human-readable validation report for the terminal, grouped by resource, in Chinese or English.
import type { Lang } from '../core/i18n/text.ts';
import { citationLabel } from '../core/regulations/citations.ts';
import type { Finding } from '../core/rules/types.ts';
import type { ValidationReport } from '../core/report/validation-report.ts';
import { escapeInline } from './terminal-text.ts';

const SEVERITY = { error: { zh: '错误', en: 'ERROR' }, warning: { zh: '警告', en: 'WARN ' }, info: { zh: '提示', en: 'INFO ' } } as const;

function findingLines(f: Finding, lang: Lang): string[] {
  const fix = lang === 'zh' ? '修改：' : 'Fix: ';
  const basis = lang === 'zh' ? '依据：' : 'Basis: ';
  const cites = f.citations.map(citationLabel).join(lang === 'zh' ? '；' : '; ');
  return [
    `  ${SEVERITY[f.severity][lang]} ${f.ruleId}  ${[f.location?.cell, f.path].filter(Boolean).join('  ')}`,
    `      ${f.message[lang]}`,
    `      ${fix}${f.hint[lang]}`,
    ...(cites ? [`      ${basis}${cites}`] : []),
  ];
}

export function formatTextReport(report: ValidationReport, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  const { counts, catalog, profile } = report;
  out.push(zh ? `校验报告 · 规则配置：${profile.name.zh}（${profile.id}）` : `Validation report · profile: ${profile.name.en} (${profile.id})`);
  out.push(
    zh
      ? `目录：${escapeInline(catalog.department)} · 资源 ${catalog.resources} 条 · 信息项 ${catalog.items} 个`
      : `Catalog: ${escapeInline(catalog.department)} · ${catalog.resources} resources · ${catalog.items} data items`,
  );
  out.push(
    zh
      ? `错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.info}`
      : `${counts.error} errors · ${counts.warning} warnings · ${counts.info} notices`,
  );
  let current: number | undefined | null = null;
  for (const f of report.findings) {
    if (f.resourceIndex !== current) {
      current = f.resourceIndex;
      out.push('');
      if (current === undefined) out.push(zh ? '目录整体' : 'Whole catalog');
      else out.push(zh ? `第 ${current + 1} 条 [${escapeInline(f.resourceCode ?? '无代码')}] ${escapeInline(f.resourceName ?? '（未命名）')}` : `#${current + 1} [${escapeInline(f.resourceCode ?? 'no code')}] ${escapeInline(f.resourceName ?? '(unnamed)')}`);
    }
    out.push(...findingLines(f, lang));
  }
  if (report.findings.length === 0) out.push('', zh ? '未发现问题。' : 'No problems found.');
  else if (report.rules.length) {
    out.push('', zh ? '按规则统计：' : 'By rule:');
    for (const r of report.rules) out.push(`  ${r.id} ${r.title[lang]}：${r.count}`);
  }
  return `${out.join('\n')}\n`;
}
