import { describe, expect, it } from 'vitest';
import { classReport } from '../../../../core/exercise/class-report.ts';
import { gradeSubmission, prepareGrading } from '../../../../core/exercise/grade.ts';
import { copyJson } from '../../../../core/format/json-copy.ts';
import type { DataItem } from '../../../../core/model/catalog.ts';
import { makeExercise, submit } from './exercise-fixtures.ts';

describe('数据类型错误 (itemDataTypeWrong)', () => {
  it('types a long 字符型 item 数值型, is caught by R13 at its length, and is fixed by the type alone', async () => {
    const { created, exercise } = await makeExercise({ mistakes: 2, kinds: ['itemDataTypeWrong'] });
    expect(created.planted).toHaveLength(2);
    const fixedCatalog = copyJson(exercise.catalog);
    for (const m of created.planted) {
      const before = m.clean['items'] as unknown as DataItem[];
      const after = m.planted['items'] as unknown as DataItem[];
      // Exactly one item changed, and only its type: C → N, with a length a number cannot have.
      const changed = after.map((it, i) => (JSON.stringify(it) === JSON.stringify(before[i]) ? -1 : i)).filter((i) => i >= 0);
      expect(changed).toHaveLength(1);
      const i = changed[0]!;
      expect({ ...after[i], dataType: 'C' }).toEqual(before[i]);
      expect(after[i]!.dataType).toBe('N');
      expect(after[i]!.length).toBeGreaterThan(38);
      expect(m.findings).toEqual([{ ruleId: 'R13', resourceId: m.resourceId, path: `items[${i}].length` }]);
      // The trainee puts the type back and touches nothing else.
      fixedCatalog.resources.find((r) => r.id === m.resourceId)!.items[i]!.dataType = 'C';
    }
    const prepared = prepareGrading(exercise, created.answers);
    if (!prepared.ok) throw new Error(prepared.message.en);
    const untouched = await gradeSubmission(prepared.grader, await submit(exercise, exercise.catalog, '赵六'));
    const fixed = await gradeSubmission(prepared.grader, await submit(exercise, fixedCatalog, '王五'));
    expect(untouched).toMatchObject({ ok: true, fixed: 0, total: 2 });
    expect(fixed).toMatchObject({ ok: true, fixed: 2, total: 2, introduced: [] });

    // The class report names the kind and the rule it teaches.
    const report = classReport([
      { file: 'zhaoliu.zip', result: untouched },
      { file: 'wangwu.zip', result: fixed },
    ]);
    expect(report.kinds.map((k) => [k.kind, k.label.zh, k.attempts, k.fixed, k.rules.map((r) => r.ruleId)])).toEqual([['itemDataTypeWrong', '信息项数据类型错误', 4, 2, ['R13']]]);
  });
});
