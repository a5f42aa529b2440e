import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnswerKey, serializeAnswerKey, solvedCatalog } from '../../../../core/exercise/answer-key.ts';
import type { OpenedExercise, CreatedExercise } from '../../../../core/exercise/exercise-file.ts';
import { gradeSubmission, prepareGrading, type Grader, type SubmissionGrade } from '../../../../core/exercise/grade.ts';
import { MISTAKE_KINDS } from '../../../../core/exercise/plant-mistakes.ts';
import { copyJson } from '../../../../core/format/json-copy.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { ExerciseFailure } from '../../../../core/exercise/exercise-failures.ts';
import { encodePublicKeyPem } from '../../../../core/crypto/keys.ts';
import { emptyTrustStore, type TrustStore } from '../../../../core/package/trust-store.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { makeExercise, submit, TRAINER } from './exercise-fixtures.ts';
import { tamperEntry } from './tamper.ts';

let created: CreatedExercise;
let exercise: OpenedExercise;
let grader: Grader;

beforeAll(async () => {
  ({ created, exercise } = await makeExercise());
  const prepared = prepareGrading(exercise, created.answers);
  if (!prepared.ok) throw new Error(prepared.message.en);
  grader = prepared.grader;
});

async function grade(catalog: Catalog, minutes?: number): Promise<SubmissionGrade> {
  const result = await gradeSubmission(grader, await submit(exercise, catalog, '张三', minutes));
  if (!result.ok) throw new Error(result.message.en);
  return result;
}

describe('grading an exercise', () => {
  it('plants the number of mistakes asked for, one per resource, and the file names none of them', () => {
    expect(created.planted).toHaveLength(12);
    expect(new Set(created.planted.map((m) => m.resourceId)).size).toBe(12);
    expect(exercise.info.mistakes).toBe(12);
    expect(JSON.stringify(exercise.info)).not.toContain(created.planted[0]!.resourceId);
  });

  it('scores the untouched exercise 0 fixed and nothing introduced', async () => {
    const g = await grade(exercise.catalog);
    expect(g).toMatchObject({ fixed: 0, total: 12, score: 0, introduced: [] });
    expect(g.mistakes.every((m) => m.status === 'notFixed')).toBe(true);
  });

  it('scores the answer key’s clean catalog every mistake fixed', async () => {
    const g = await grade(solvedCatalog(exercise.catalog, created.answers));
    expect(g).toMatchObject({ fixed: 12, total: 12, score: 100, introduced: [] });
  });

  it('explains each mistake with its rule and the articles the profile cites for it', async () => {
    const g = await grade(exercise.catalog);
    for (const m of g.mistakes) {
      expect(m.rules.length).toBeGreaterThan(0);
      expect(m.label.zh).not.toBe(m.kind);
      for (const r of m.rules) expect(r.title.zh.length).toBeGreaterThan(0);
    }
    expect(g.mistakes.some((m) => m.rules.some((r) => r.citations.some((c) => c.startsWith('《'))))).toBe(true);
  });

  it('grades each mistake on its own: fixing one leaves the others not fixed', async () => {
    const first = created.answers.planted[0]!;
    const one = { ...created.answers, planted: [first] };
    const g = await grade(solvedCatalog(exercise.catalog, one));
    expect(g.fixed).toBe(1);
    expect(g.mistakes.find((m) => m.n === first.n)!.status).toBe('fixed');
  });

  it('names mistakes the trainee introduced, and does not count a deleted resource as fixed', async () => {
    const solved = solvedCatalog(exercise.catalog, created.answers);
    const planted = new Set(created.answers.planted.map((m) => m.resourceId));
    const other = solved.resources.find((r) => !planted.has(r.id))!;
    delete other.abstract;
    const target = created.answers.planted[1]!;
    solved.resources = solved.resources.filter((r) => r.id !== target.resourceId);
    const g = await grade(solved);
    expect(g.mistakes.find((m) => m.n === target.n)!.status).toBe('removed');
    expect(g.fixed).toBe(11);
    expect(g.introduced).toEqual([expect.objectContaining({ ruleId: 'R01', resourceCode: other.code, severity: 'error' })]);
  });

  it('keeps the time taken and whether it was over the limit', async () => {
    expect(await grade(exercise.catalog, 30)).toMatchObject({ minutes: 30, overTime: false, trainee: '张三' });
    expect(await grade(exercise.catalog, 50)).toMatchObject({ minutes: 50, overTime: true });
  });

  it('is deterministic: the same seed plants the same mistakes; another seed others', async () => {
    const again = await makeExercise();
    expect(again.created.answers.planted).toEqual(created.answers.planted);
    expect(again.exercise.catalog).toEqual(exercise.catalog);
    const other = await makeExercise({ seed: 4 });
    expect(other.created.answers.planted.map((m) => m.resourceId)).not.toEqual(created.answers.planted.map((m) => m.resourceId));
  });

  it('reads back the answer key it writes, and refuses a key of another exercise', async () => {
    const parsed = parseAnswerKey(serializeAnswerKey(created.answers));
    expect(parsed).toEqual({ ok: true, answers: created.answers });
    expect(parseAnswerKey('{"format":"mulu.exercise-answers","version":1}')).toMatchObject({ ok: false, reason: 'answersInvalid' });
    const other = await makeExercise({ seed: 9 });
    expect(prepareGrading(exercise, other.created.answers)).toMatchObject({ ok: false, reason: 'answersForOtherExercise' });
  });
});

describe('each kind of mistake', () => {
  // Kinds the Anhui rules do not report on a clean catalog: nothing to plant, so nothing is planted.
  const UNNOTICED = ['paperFormat', 'personsWithoutIdItem'];

  it.each(MISTAKE_KINDS)('%s: planted where the rules notice it, not fixed untouched, fixed by the clean values', async (kind) => {
    const { created: one, exercise: ex } = await makeExercise({ mistakes: 2, kinds: [kind] });
    if (UNNOTICED.includes(kind)) {
      expect(one.planted).toEqual([]);
      return;
    }
    expect(one.planted.map((m) => m.kind)).toEqual([kind, kind]);
    const prepared = prepareGrading(ex, one.answers);
    if (!prepared.ok) throw new Error(prepared.message.en);
    const untouched = await gradeSubmission(prepared.grader, await submit(ex, ex.catalog));
    const solved = await gradeSubmission(prepared.grader, await submit(ex, solvedCatalog(ex.catalog, one.answers)));
    expect(untouched).toMatchObject({ ok: true, fixed: 0, total: 2 });
    expect(solved).toMatchObject({ ok: true, fixed: 2, total: 2, introduced: [] });
  });
});

describe('refused submissions', () => {
  it('refuses a submission for another exercise, naming it', async () => {
    const other = await makeExercise({ seed: 9, title: '练习二' });
    const result = (await gradeSubmission(grader, await submit(other.exercise, other.exercise.catalog))) as ExerciseFailure;
    expect(result).toMatchObject({ ok: false, reason: 'otherExercise' });
    expect(result.message.zh).toContain('练习二');
  });

  it('refuses an exercise file handed in as a submission', async () => {
    expect(await gradeSubmission(grader, created.bytes)).toMatchObject({ ok: false, reason: 'container' });
  });

  it('refuses a copy with the catalog edited after signing as tampered, naming the entry', async () => {
    const bytes = await submit(exercise, exercise.catalog);
    // Zipped again unchanged it still grades: what the next cases change is content, not ZIP bytes.
    expect(await gradeSubmission(grader, tamperEntry(bytes, 'catalog.json', (t) => t))).toMatchObject({ ok: true, fixed: 0 });
    const solved = JSON.stringify(solvedCatalog(exercise.catalog, created.answers), null, 2);
    expect(await gradeSubmission(grader, tamperEntry(bytes, 'catalog.json', () => `${solved}\n`))).toMatchObject({ ok: false, reason: 'tampered', entry: 'catalog.json' });
  });

  it('refuses a manifest edited after signing (bad signature) and a swapped signer key (tampered)', async () => {
    const bytes = await submit(exercise, exercise.catalog);
    const flip = (hex: string) => (hex === '0' ? '1' : '0');
    const digest = tamperEntry(bytes, 'META-INF/manifest.json', (t) => t.replace(/("digest":"sha256:)([0-9a-f])/, (_, head: string, c: string) => head + flip(c)));
    expect(await gradeSubmission(grader, digest)).toMatchObject({ ok: false, reason: 'badSignature' });
    const trainerPem = encodePublicKeyPem(TRAINER.suite, TRAINER.publicKey);
    expect(await gradeSubmission(grader, tamperEntry(bytes, 'META-INF/signer.pem', () => trainerPem))).toMatchObject({ ok: false, reason: 'tampered', entry: 'META-INF/signer.pem' });
  });

  it('is never taken for a real catalog package, even by a verifier that accepts training packages', async () => {
    const trust: TrustStore = { source: 'trustStore', file: emptyTrustStore(), keys: [] };
    const verified = await verifyPackage(await submit(exercise, exercise.catalog), { trust, at: new Date('2026-12-08T00:00:00Z'), allowTraining: true });
    expect(verified).toMatchObject({ ok: false, reason: 'container', containerReason: 'mimetypeMismatch' });
  });

  it('the trainee’s catalog is kept as handed in, errors and all', async () => {
    const broken = copyJson(exercise.catalog);
    broken.resources[0]!.name = '';
    expect((await grade(broken)).introduced.length).toBeGreaterThan(0);
  });
});
