// The class report as a workbook, for the trainer's records and the training office: 学员成绩 (one row per graded
// submission, then the refused files with their reason), 错误类型 (per kind the share of the class that fixed it, the
// rules and articles it teaches) and 逐题 (each trainee's every planted mistake, fixed or not).
import { writeXlsx, type XlsxWriter } from '../xlsx/xlsx-writer.ts';
import type { ClassReport, GradedFile } from './class-report.ts';
import type { MistakeStatus } from './grade.ts';

const STYLES = { header: { bold: true, fill: 'D9E1F2', border: true }, cell: { border: true, vertical: 'top' as const, wrap: true } };
const STATUS: Readonly<Record<MistakeStatus, string>> = { fixed: '已改正', notFixed: '未改正', removed: '删除了资源（不算改正）' };

function sheet(writer: XlsxWriter, name: string, headers: readonly { title: string; width: number }[], rows: readonly (readonly (string | number | null)[])[]): void {
  const s = writer.addSheet({ name, columns: headers.map((h) => ({ width: h.width })), freeze: { rows: 1 } });
  s.addRow(headers.map((h) => h.title), { style: 'header' });
  for (const row of rows) s.addRow(row, { style: 'cell' });
}

export function classReportWorkbook(title: string, graded: readonly GradedFile[], report: ClassReport): Uint8Array {
  return writeXlsx(
    (writer) => {
      sheet(
        writer,
        '学员成绩',
        [
          { title: '学员', width: 14 },
          { title: '答卷文件', width: 30 },
          { title: '得分', width: 8 },
          { title: '改正', width: 8 },
          { title: '埋设', width: 8 },
          { title: '新引入问题', width: 12 },
          { title: '用时（分钟）', width: 12 },
          { title: '超时', width: 8 },
          { title: `练习：${title}`, width: 40 },
        ],
        [
          ...report.trainees.map((t) => [t.trainee, t.file, t.score, t.fixed, t.total, t.introduced, t.minutes, t.overTime ? '超时' : '', '']),
          ...report.rejected.map((r) => ['（拒收）', r.file, null, null, null, null, null, '', r.message.zh]),
        ],
      );
      sheet(
        writer,
        '错误类型',
        [
          { title: '错误类型', width: 28 },
          { title: '改正比例', width: 10 },
          { title: '改正', width: 8 },
          { title: '埋设（全班）', width: 12 },
          { title: '规则', width: 36 },
          { title: '条款', width: 60 },
        ],
        report.kinds.map((k) => [
          k.label.zh,
          `${Math.round(k.share * 100)}%`,
          k.fixed,
          k.attempts,
          k.rules.map((r) => `${r.ruleId} ${r.title.zh}`).join('\n'),
          [...new Set(k.rules.flatMap((r) => r.citations))].join('\n'),
        ]),
      );
      sheet(
        writer,
        '逐题',
        [
          { title: '学员', width: 14 },
          { title: '序号', width: 6 },
          { title: '错误类型', width: 28 },
          { title: '资源代码', width: 26 },
          { title: '资源名称', width: 30 },
          { title: '结果', width: 12 },
          { title: '规则', width: 36 },
        ],
        graded.flatMap(({ result }) =>
          result.ok ? result.mistakes.map((m) => [result.trainee, m.n, m.label.zh, m.resourceCode, m.resourceName, STATUS[m.status], m.rules.map((r) => `${r.ruleId} ${r.title.zh}`).join('\n')]) : [],
        ),
      );
    },
    { styles: STYLES },
  );
}
