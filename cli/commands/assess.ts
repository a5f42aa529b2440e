// mulu assess <county.json> [--roster roster.json] [--deadline YYYY-MM-DD] [--today YYYY-MM-DD] [--profile id]
//             [--receipts <receipt.json>... --receipt-trust <county.pem|trust.json>] [--out assessment.xlsx] [--format text|json]
// The assessment sheet (考核) of a county catalog written by `mulu aggregate` (core/county/assessment.ts): per unit,
// completeness of mandatory fields, share and open ratios, and — with a deadline, or the profile's annual one — the
// report status in working days. The roster is the county's trust store or a unit roster taken from a county
// package (county/roster.json); without it the units are those the catalog holds. The county's own receipts, each
// verified against its key, give the returned resources and the units whose package was returned (receipt-returns.ts).
// Exit 0: every unit reported in
// time (or timeliness not computed); 1: a unit not reported, overdue, late or returned; 2: unusable input.
import { assessCounty, assessmentRound, type Assessment } from '../../core/county/assessment.ts';
import { writeAssessmentWorkbook } from '../../core/county/assessment-workbook.ts';
import { parseRoster, ROSTER_FORMAT } from '../../core/county/county-roster.ts';
import { REPORT_STATE_TEXT, type RosterUnitRef } from '../../core/county/report-status.ts';
import { createCalendar } from '../../core/calendar/working-days.ts';
import { returnsFromReceipts, type ReceiptReturns } from '../../core/county/receipt-returns.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { verifyReceipt, type Receipt } from '../../core/package/receipt.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { parseTrustStore, TRUST_STORE_FORMAT } from '../../core/package/trust-store.ts';
import { isIsoDate } from '../../core/package/iso-date.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { encodeUtf8 } from '../../core/zip/utf8.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readCatalog, readText, unusableVersionedFile } from '../read-input.ts';
import { readTrustArgument } from '../read-trust.ts';
import { reportFormat } from '../report-output.ts';
import { escapeInline } from '../terminal-text.ts';

export const USAGE = {
  zh: '用法：mulu assess <县级汇总目录.json> [--roster <县级信任库.json|单位公钥名册.json>] [--deadline 报送期限YYYY-MM-DD] [--today YYYY-MM-DD] [--profile 规则配置] [--receipts <本县出具的回执.json>... --receipt-trust <本县公钥.pem|信任库.json>] [--out <考核表.xlsx>] [--format text|json]',
  en: 'usage: mulu assess <county.json> [--roster <county-trust.json|roster.json>] [--deadline YYYY-MM-DD] [--today YYYY-MM-DD] [--profile id] [--receipts <receipt.json>... --receipt-trust <county.pem|trust.json>] [--out <assessment.xlsx>] [--format text|json]',
};

export async function assessCommand({ positionals, values, lists, out, err }: CommandContext, settings: { now?: Date } = {}): Promise<number> {
  const file = positionals[0];
  // As for pack's --sources: the files after --receipts also count, as the shell expands receipts/*.json.
  const receiptPaths = lists?.receipts ? [...lists.receipts, ...positionals.slice(1)] : undefined;
  if (!file || (!receiptPaths && positionals.length > 1)) throw new UsageError(USAGE.zh, USAGE.en);
  if (!receiptPaths !== !values['receipt-trust']) {
    throw new UsageError('--receipts 与 --receipt-trust 须一起给出：回执要用本县的公钥验证后才计入', '--receipts and --receipt-trust go together: receipts count only once verified with the county’s key');
  }
  const format = reportFormat(values);
  if (values.out) await refuseDestructiveOutput(values.out, [file, values.roster, values['receipt-trust'], ...(receiptPaths ?? [])]);
  for (const option of ['deadline', 'today'] as const) {
    const v = values[option];
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${option} 应为日期 YYYY-MM-DD（如 2026-12-31），收到「${v}」`, `--${option} must be a date YYYY-MM-DD (e.g. 2026-12-31), got "${v}"`);
  }
  const county = await readCatalog(file);
  const profile = loadProfile(values.profile ?? county.profile);
  const roster = values.roster ? await readRoster(values.roster) : undefined;
  const today = values.today ?? beijingDate(settings.now ?? new Date());
  const round = assessmentRound(profile, today, createCalendar(), values.deadline);
  const returns = receiptPaths && (await readReturns(receiptPaths, values['receipt-trust']!, county, settings.now ?? new Date()));
  const assessment = assessCounty({ county, profile, ...(roster && { roster }), ...(round && { round }), ...(returns && { returned: returns.returned, returnedAt: returns.returnedAt }) });

  if (values.out) {
    await writeFileAtomic(values.out, writeAssessmentWorkbook(assessment), { mode: 0o644, overwrite: true });
    err.write(`已写出考核表 / wrote the assessment sheet: ${values.out}\n`);
  }
  out.write(format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : formatAssessment(assessment));
  const behind = assessment.units.some((u) => u.report && (u.report.state !== 'reported' || u.report.workingDaysLate !== undefined));
  return behind ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The county's receipts, each verified against the county's key (a receipt that does not verify, or that another
 * receiver signed, is unusable input naming its file), then counted per unit.
 */
async function readReturns(paths: readonly string[], trustPath: string, county: Catalog, at: Date): Promise<ReceiptReturns> {
  const trust = await readTrustArgument(trustPath);
  const receipts: Receipt[] = [];
  for (const path of paths) {
    const verified = await verifyReceipt(await readText(path, 'json'), { trust, at });
    if (!verified.ok) throw new UsageError(`回执 ${path} 未通过验证：${verified.message.zh}`, `the receipt ${path} does not verify: ${verified.message.en}`);
    const { receiver } = verified.receipt;
    if (county.department.uscc && receiver.uscc !== county.department.uscc) {
      throw new UsageError(
        `回执 ${path} 由「${receiver.name}」（${receiver.uscc}）出具，不是本县汇总目录的「${county.department.name}」（${county.department.uscc}）`,
        `the receipt ${path} was issued by ${receiver.name} (${receiver.uscc}), not by the county catalog's ${county.department.name} (${county.department.uscc})`,
      );
    }
    receipts.push(verified.receipt);
  }
  return returnsFromReceipts(receipts);
}

/** A trust store (the units it holds keys of) or a unit roster taken out of a county package. */
async function readRoster(path: string): Promise<RosterUnitRef[]> {
  const text = await readText(path, 'trust');
  let format: unknown;
  try {
    format = (JSON.parse(text) as { format?: unknown }).format;
  } catch {
    format = undefined;
  }
  if (format === ROSTER_FORMAT) {
    const parsed = parseRoster(encodeUtf8(text));
    if (!parsed.ok) throw new UsageError(`单位公钥名册 ${path} 无效：${parsed.problem}`, `the unit roster ${path} is invalid: ${parsed.problem}`);
    return parsed.roster.units.map(({ name, uscc, divisionCode }) => ({ name, uscc, divisionCode }));
  }
  if (format !== TRUST_STORE_FORMAT) {
    throw new UsageError(`${path} 既不是信任库（${TRUST_STORE_FORMAT}）也不是单位公钥名册（${ROSTER_FORMAT}）`, `${path} is neither a trust store (${TRUST_STORE_FORMAT}) nor a unit roster (${ROSTER_FORMAT})`);
  }
  const parsed = await parseTrustStore(text);
  if (!parsed.ok) throw unusableVersionedFile({ zh: '信任库文件', en: 'trust store' }, path, parsed);
  return parsed.store.file.departments.map(({ name, uscc }) => ({ name, uscc }));
}

const pct = (ratio: number | null) => (ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`);

function formatAssessment(a: Assessment): string {
  const lines = [
    `考核情况 / assessment: ${escapeInline(a.county.name)}（规则配置 / profile ${a.profile}${a.due ? `，报送期限 / due ${a.due}` : ''}）`,
    ...a.units.map((u) => {
      const report = u.report ? `${REPORT_STATE_TEXT[u.report.state].zh}${u.report.workingDaysLate ? `（迟 ${u.report.workingDaysLate} 个工作日）` : ''}` : '未计算';
      return `  ${escapeInline(u.unit.name)}（${u.unit.uscc}）资源 ${u.resources} · 必填项完整率 ${pct(u.completeness.ratio)} · 共享 ${pct(u.share.ratio)} · 开放 ${pct(u.open.ratio)} · 报送 ${report}${u.returned !== undefined ? ` · 退回 ${u.returned}` : ''}${u.notInRoster ? ' · 不在名册中' : ''}`;
    }),
    ...a.notComputed.map((t) => `注意：${t.zh}\nnote: ${t.en}`),
  ];
  return `${lines.join('\n')}\n`;
}
