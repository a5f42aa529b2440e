// docs/rules.md, generated from the rule definitions and the profiles so it cannot drift from them.
import { listProfiles, loadProfile } from '../profiles/profile.ts';
import { RULE_DEFINITIONS, WORKBOOK_RULE_DEFINITIONS } from '../rules/definitions.ts';
import { citationLabel, resolveCitation, type Citation } from '../regulations/citations.ts';
import { VOCABULARY } from '../model/vocabulary.ts';

/** The labels a profile may reword, by list and key. */
const BASE_LABELS: Readonly<Record<string, Readonly<Record<string, { zh: string }>> | undefined>> = VOCABULARY;

const SEVERITY: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function citationText(c: Citation): string {
  const text = c.quote ?? c.summaryZh;
  return text ? `${citationLabel(c)}：“${text}”` : citationLabel(c);
}

export function renderRulesDoc(): string {
  const profiles = listProfiles().map((p) => loadProfile(p.id));
  const out: string[] = [
    '# 校验规则 / Validation rules',
    '',
    '> 本文件由 `npm run docs` 根据 `assets/rules/*.json` 与 `assets/profiles/*.json` 生成，请勿手工修改。',
    '> Generated from the rule and profile data by `npm run docs`; do not edit by hand.',
    '',
    '严重程度：错误（阻止打包上报，不阻止保存草稿）、警告、提示。Severity: errors block export (never saving a draft); warnings and notices inform.',
    '',
    '## 规则配置 / Profiles',
    '',
    '| 配置 id | 名称 | 继承 | 目录更新时限 | 规则数 |',
    '|---|---|---|---|---|',
  ];
  for (const p of profiles) {
    const d = p.deadlines;
    const deadline = [
      d.catalogUpdateWorkingDays ? `变更后 ${d.catalogUpdateWorkingDays} 个工作日内更新` : '',
      d.reportWorkingDays ? `${d.reportWorkingDays} 个工作日内报送` : '',
      d.annualFullUpdateDue ? `每年 ${d.annualFullUpdateDue} 前全面更新` : '',
    ]
      .filter(Boolean)
      .join('；');
    const cites = d.citations.map(citationLabel).join('；');
    out.push(`| \`${p.id}\` | ${p.name.zh} / ${p.name.en} | ${p.chain.slice(0, -1).join(' → ') || '—'} | ${cell(deadline ? `${deadline}（${cites}）` : '—')} | ${p.rules.size} |`);
  }
  out.push('', '### 用语差异 / Vocabulary', '');
  for (const p of profiles) {
    const diffs: string[] = [];
    for (const [vocab, labels] of Object.entries(p.vocabulary)) {
      const base = BASE_LABELS[vocab];
      for (const [key, label] of Object.entries(labels)) if (base?.[key] && base[key].zh !== label.zh) diffs.push(`${base[key].zh} → ${label.zh}`);
    }
    if (diffs.length) out.push(`- \`${p.id}\`：${diffs.join('，')}`);
  }
  out.push('', '### 受限共享依据的层级 / Accepted basis levels for restricted sharing', '');
  for (const p of profiles) {
    const parts = (['conditional', 'none'] as const).map((s) => {
      const levels = p.acceptedBasisLevels[s];
      const label = p.vocabulary.shareType[s]!.zh;
      return `${label}：${levels ? levels.map((l) => p.vocabulary.basisLevel[l]!.zh).join('、') : '任一层级'}`;
    });
    if (p.rules.has('R21')) out.push(`- \`${p.id}\`：${parts.join('；')}（${p.basisCitations.map(citationLabel).join('；')}）`);
  }
  out.push('', '### 资源代码方案 / Resource code scheme', '', '分类码中写明地区和部门，汇总后代码不重复（详见 [code-scheme.md](code-scheme.md)）。The 分类码 names the region and the department so merged catalogs never repeat a code.', '');
  out.push('| 配置 | 类3 分类码 | 部门编号 | 顺序码 | 来源 / source |', '|---|---|---|---|---|');
  for (const p of profiles) {
    const s = p.codeScheme;
    const width = s.sequenceWidth ? `${s.sequenceWidth} 位（固定）` : '6 位（4–5 位提示）';
    const cites = s.citations.length ? `（${s.citations.map(citationLabel).join('；')}）` : '';
    out.push(`| \`${p.id}\` | 3·${s.departmentItem}·0+省码·行政区划代码·部门编号 | ${s.departmentNumberWidth} 位 | ${width} | ${s.source.zh}${cites} |`);
  }
  for (const def of RULE_DEFINITIONS.values()) {
    out.push('', `## ${def.id} ${def.title.zh} / ${def.title.en}`, '', `默认严重程度 / default severity: ${SEVERITY[def.severity]}`, '');
    for (const [name, v] of Object.entries(def.variants)) {
      const cap = v.severity ? `（至多 / at most: ${SEVERITY[v.severity]}）` : '';
      out.push(`- \`${name}\`${cap}：${v.message.zh} — ${v.message.en}  修改：${v.hint.zh}`);
    }
    out.push('', '| 配置 | 严重程度 | 依据 |', '|---|---|---|');
    const quoted: Citation[] = [];
    for (const p of profiles) {
      const s = p.rules.get(def.id);
      if (!s) {
        out.push(`| \`${p.id}\` | 不适用 n/a | |`);
        continue;
      }
      for (const c of s.citations) if (!quoted.includes(c)) quoted.push(c);
      out.push(`| \`${p.id}\` | ${SEVERITY[s.severity ?? def.severity]} | ${cell(s.citations.map(citationLabel).join('；'))} |`);
    }
    if (quoted.length) out.push('', '依据原文 / quoted texts:', '', ...quoted.map((c) => `- ${cell(citationText(c))}`));
  }
  out.push(
    '',
    '# 工作簿导入检查 / Workbook import checks',
    '',
    '导入 Excel/WPS 工作簿时对工作簿本身的检查（`assets/rules/workbook-rules.json`），与上面的目录规则在同一份报告中列出，每条都注明单元格（如 `资源!F27`）。各规则配置相同。',
    'Checks of the workbook itself while importing it; reported with the catalog rules above, each with its cell. The same under every profile.',
  );
  for (const def of WORKBOOK_RULE_DEFINITIONS.values()) {
    out.push('', `## ${def.id} ${def.title.zh} / ${def.title.en}`, '', `严重程度 / severity: ${SEVERITY[def.severity]}`, '');
    for (const [name, v] of Object.entries(def.variants)) out.push(`- \`${name}\`：${v.message.zh} — ${v.message.en}  修改：${v.hint.zh}`);
    const cites = def.citations.map((ref) => resolveCitation(ref)).filter((c): c is Citation => c !== undefined);
    if (cites.length) out.push('', '依据 / basis:', '', ...cites.map((c) => `- ${cell(citationText(c))}`));
  }
  return `${out.join('\n')}\n`;
}
