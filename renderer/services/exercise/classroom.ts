// The app's side of training exercises (docs/exercise-format.md): the trainer makes an exercise from the open
// catalog and grades a class's submissions; the trainee opens an exercise into the training workspace and hands in
// a submission. The app signs each exercise and submission with a one-off practice key made for it and wiped after
// signing: nobody registers practice keys, so the signature proves the file unchanged, which is what grading needs.
// Which exercise the training workspace holds, and since when, is kept in localStorage (it is small, and the
// training workspace has one exercise at a time).
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { parseAnswerKey, serializeAnswerKey } from '../../../core/exercise/answer-key.ts';
import { classReport, type ClassReport, type GradedFile } from '../../../core/exercise/class-report.ts';
import type { ExerciseFailure } from '../../../core/exercise/exercise-failures.ts';
import { createExercise, openExercise, type ExerciseInfo, type ExerciseSettings, type OpenedExercise } from '../../../core/exercise/exercise-file.ts';
import { gradeSubmission, prepareGrading } from '../../../core/exercise/grade.ts';
import { packSubmission } from '../../../core/exercise/submission.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import type { SigningKey } from '../../../core/package/signer-key.ts';

export { MISTAKE_KINDS, mistakeKind } from '../../../core/exercise/plant-mistakes.ts';
export type { ClassReport, ExerciseFailure, ExerciseInfo, OpenedExercise };

async function withPracticeKey<T>(sign: (key: SigningKey) => Promise<T>): Promise<T> {
  const pair = generateKeyPair('SM2-with-SM3');
  try {
    return await sign({ suite: pair.algorithm, privateKey: pair.privateKey, publicKey: pair.publicKey });
  } finally {
    pair.privateKey.fill(0);
  }
}

export interface MadeExercise {
  exercise: Uint8Array;
  answers: string;
  planted: number;
}

export function makeExercise(catalog: Catalog, settings: Omit<ExerciseSettings, 'createdAt'>, now: Date): Promise<MadeExercise> {
  return withPracticeKey(async (key) => {
    const made = await createExercise(catalog, { ...settings, createdAt: now.toISOString() }, key);
    return { exercise: made.bytes, answers: serializeAnswerKey(made.answers), planted: made.planted.length };
  });
}

export { openExercise };

/** The exercise the training workspace holds: enough to hand in a submission for it. */
export interface HeldExercise {
  digest: string;
  info: ExerciseInfo;
  keyId: string;
  openedAt: string;
}

const HELD_KEY = 'mulu.exercise.held';

export function holdExercise(workspaceId: string, exercise: OpenedExercise, now: Date): HeldExercise {
  const held: HeldExercise = { digest: exercise.digest, info: exercise.info, keyId: exercise.keyId, openedAt: now.toISOString() };
  localStorage.setItem(`${HELD_KEY}.${workspaceId}`, JSON.stringify(held));
  return held;
}

export function heldExercise(workspaceId: string): HeldExercise | undefined {
  const text = localStorage.getItem(`${HELD_KEY}.${workspaceId}`);
  return text ? (JSON.parse(text) as HeldExercise) : undefined;
}

export function makeSubmission(catalog: Catalog, held: HeldExercise, traineeName: string, now: Date): Promise<Uint8Array> {
  return withPracticeKey((key) =>
    packSubmission({ exercise: { digest: held.digest, info: held.info }, traineeName, openedAt: held.openedAt, submittedAt: now.toISOString(), catalog }, key),
  );
}

export interface GradedClass {
  title: string;
  graded: GradedFile[];
  report: ClassReport;
}

/** Grades every submission; the exercise and answer key must open and belong together. */
export async function gradeClass(exercise: Uint8Array, answersText: string, submissions: readonly { name: string; bytes: Uint8Array }[]): Promise<{ ok: true; graded: GradedClass } | ExerciseFailure> {
  const opened = await openExercise(exercise);
  if (!opened.ok) return opened;
  const answers = parseAnswerKey(answersText);
  if (!answers.ok) return answers;
  const prepared = prepareGrading(opened.exercise, answers.answers);
  if (!prepared.ok) return prepared;
  const graded: GradedFile[] = [];
  for (const s of submissions) graded.push({ file: s.name, result: await gradeSubmission(prepared.grader, s.bytes) });
  return { ok: true, graded: { title: opened.exercise.info.title, graded, report: classReport(graded) } };
}
