import { describe, expect, it } from 'vitest';
import { solvedCatalog } from '../../../../core/exercise/answer-key.ts';
import { classReport } from '../../../../core/exercise/class-report.ts';
import { classReportWorkbook } from '../../../../core/exercise/class-report-workbook.ts';
import { openWorkbook } from '../../../../core/xlsx/xlsx-reader.ts';
import { gradeSubmission, prepareGrading } from '../../../../core/exercise/grade.ts';
import { makeExercise, submit } from './exercise-fixtures.ts';

describe('the class report', () => {
  it('scores each trainee, lists rejected files with their reason and gives per kind the share of the class that fixed it', async () => {
    const { created, exercise } = await makeExercise({ mistakes: 4, kinds: ['abstractMissing', 'shareBasisMissing'] });
    const prepared = prepareGrading(exercise, created.answers);
    if (!prepared.ok) throw new Error(prepared.message.en);
    // 李四 fixes only the share-basis mistakes; 王五 fixes everything; 赵六 nothing.
    const basisOnly = { ...created.answers, planted: created.answers.planted.filter((m) => m.kind === 'shareBasisMissing') };
    const files = [
      { file: 'lisi.zip', result: await gradeSubmission(prepared.grader, await submit(exercise, solvedCatalog(exercise.catalog, basisOnly), '李四')) },
      { file: 'wangwu.zip', result: await gradeSubmission(prepared.grader, await submit(exercise, solvedCatalog(exercise.catalog, created.answers), '王五')) },
      { file: 'zhaoliu.zip', result: await gradeSubmission(prepared.grader, await submit(exercise, exercise.catalog, '赵六')) },
      { file: 'exercise.zip', result: await gradeSubmission(prepared.grader, created.bytes) },
    ];
    const report = classReport(files);
    expect(report.trainees.map((t) => [t.trainee, t.score, t.fixed])).toEqual([
      ['李四', 50, 2],
      ['王五', 100, 4],
      ['赵六', 0, 0],
    ]);
    expect(report.meanScore).toBe(50);
    expect(report.rejected).toEqual([expect.objectContaining({ file: 'exercise.zip', reason: 'container' })]);
    // Six planted mistakes of each kind over three trainees: abstracts fixed by one of them, bases by two.
    expect(report.kinds.map((k) => [k.kind, k.attempts, k.fixed])).toEqual([
      ['abstractMissing', 6, 2],
      ['shareBasisMissing', 6, 4],
    ]);
    expect(report.kinds[0]!.share).toBeCloseTo(1 / 3);
    expect(report.kinds[0]!.rules.map((r) => r.ruleId)).toEqual(['R01']);

    // The same report as a workbook: the scores, the refused file with its reason, the shares and every mistake.
    const opened = await openWorkbook(classReportWorkbook('练习', files, report));
    if (!opened.ok) throw new Error(opened.message.en);
    const sheets: Record<string, string[][]> = {};
    for (const sheet of opened.workbook.sheets) {
      const rows: string[][] = [];
      await opened.workbook.readSheet(sheet, (row) => void rows.push(Array.from(row.cells, (c) => c?.text ?? '')));
      sheets[sheet.name] = rows;
    }
    expect(Object.keys(sheets)).toEqual(['学员成绩', '错误类型', '逐题']);
    expect(sheets['学员成绩']!.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['李四', 'lisi.zip', '50'],
      ['王五', 'wangwu.zip', '100'],
      ['赵六', 'zhaoliu.zip', '0'],
      ['（拒收）', 'exercise.zip', ''],
    ]);
    expect(sheets['学员成绩']![4]![8]).toContain('不是练习答卷');
    expect(sheets['错误类型']!.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['缺少资源摘要', '33%', '2', '6'],
      ['有条件共享缺共享依据', '67%', '4', '6'],
    ]);
    expect(sheets['逐题']!).toHaveLength(1 + 3 * 4);
  });
});
