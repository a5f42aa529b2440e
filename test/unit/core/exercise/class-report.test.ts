import { describe, expect, it } from 'vitest';
import { solvedCatalog } from '../../../../core/exercise/answer-key.ts';
import { classReport } from '../../../../core/exercise/class-report.ts';
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
  });
});
