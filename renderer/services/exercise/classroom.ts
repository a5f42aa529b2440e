// The app's side of training exercises (docs/exercise-format.md): the trainer makes an exercise from the open
// catalog and grades a class's submissions; the trainee opens an exercise into the training workspace and hands in
// a submission. Both sign with the training workspace's own key (密钥: a practice key), unlocked by its passphrase
// for that one signature on the page thread, as a receipt or a backup is (about a second of scrypt), so the
// fingerprint on an exercise is the trainer's. Without a key nothing is signed and the message points to 密钥.
// Which exercise the training workspace holds, and since when, is kept in localStorage (it is small, and the
// training workspace has one exercise at a time).
import { parseAnswerKey, serializeAnswerKey } from '../../../core/exercise/answer-key.ts';
import { classReport, type ClassReport, type GradedFile } from '../../../core/exercise/class-report.ts';
import type { ExerciseFailure } from '../../../core/exercise/exercise-failures.ts';
import { createExercise, openExercise, type ExerciseInfo, type ExerciseSettings, type OpenedExercise } from '../../../core/exercise/exercise-file.ts';
import { gradeSubmission, prepareGrading } from '../../../core/exercise/grade.ts';
import { packSubmission } from '../../../core/exercise/submission.ts';
import type { LocalText } from '../../../core/i18n/text.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { signWithKeystore, type KeystoreSigner } from '../../../core/package/keystore-signer.ts';
import type { WorkspaceSession } from '../session/workspace-session.ts';
import { getSigningKey } from '../storage/keystore-store.ts';

export { MISTAKE_KINDS, mistakeKind } from '../../../core/exercise/plant-mistakes.ts';
export type { ClassReport, ExerciseFailure, ExerciseInfo, OpenedExercise };

const TEXT = {
  noKey: { zh: '培训工作区还没有练习密钥，无法签名。请先在“密钥”中创建密钥。', en: 'The training workspace has no practice key to sign with; create one under Keys first.' },
  wrongPassphrase: { zh: '口令不正确，没有签名，也没有保存任何文件。', en: 'Wrong passphrase: nothing was signed or saved.' },
  damagedKey: { zh: '练习密钥已损坏，无法签名；请在“密钥”中更换密钥。', en: 'The practice key is damaged and cannot sign; replace it under Keys.' },
} as const satisfies Record<string, LocalText>;

/** Why nothing was signed: no key, or a passphrase that does not unlock it. */
export type SignRefusal = { ok: false; reason: keyof typeof TEXT; message: LocalText };

async function withWorkspaceKey<T>(session: WorkspaceSession, passphrase: string, sign: (key: KeystoreSigner) => Promise<T>): Promise<{ ok: true; value: T; keyId: string } | SignRefusal> {
  const key = await getSigningKey(session.ctx, session.id);
  if (!key) return { ok: false, reason: 'noKey', message: TEXT.noKey };
  const signed = await signWithKeystore(key.keystore, passphrase, sign);
  if (signed.ok) return signed;
  const reason = signed.error.code === 'wrongPassphrase' ? 'wrongPassphrase' : 'damagedKey';
  return { ok: false, reason, message: TEXT[reason] };
}

export interface MadeExercise {
  exercise: Uint8Array;
  answers: string;
  planted: number;
  /** The key that signed it: the workspace's. */
  keyId: string;
}

export async function makeExercise(session: WorkspaceSession, catalog: Catalog, settings: Omit<ExerciseSettings, 'createdAt'>, passphrase: string, now: Date): Promise<{ ok: true; made: MadeExercise } | SignRefusal> {
  const signed = await withWorkspaceKey(session, passphrase, (key) => createExercise(catalog, { ...settings, createdAt: now.toISOString() }, key));
  if (!signed.ok) return signed;
  const { value, keyId } = signed;
  return { ok: true, made: { exercise: value.bytes, answers: serializeAnswerKey(value.answers), planted: value.planted.length, keyId } };
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

/** Signed with the trainee's own training workspace key, as the exercise is with the trainer's. */
export async function makeSubmission(session: WorkspaceSession, catalog: Catalog, held: HeldExercise, traineeName: string, passphrase: string, now: Date): Promise<{ ok: true; bytes: Uint8Array } | SignRefusal> {
  const signed = await withWorkspaceKey(session, passphrase, (key) =>
    packSubmission({ exercise: { digest: held.digest, info: held.info }, traineeName, openedAt: held.openedAt, submittedAt: now.toISOString(), catalog }, key),
  );
  return signed.ok ? { ok: true, bytes: signed.value } : signed;
}

export interface GradedClass {
  title: string;
  /** The key that signed the exercise, and whether it is this workspace's key (now or before it was replaced). */
  exerciseKeyId: string;
  signedHere: boolean;
  graded: GradedFile[];
  report: ClassReport;
}

/** Grades every submission; the exercise and answer key must open and belong together. */
export async function gradeClass(session: WorkspaceSession, exercise: Uint8Array, answersText: string, submissions: readonly { name: string; bytes: Uint8Array }[]): Promise<{ ok: true; graded: GradedClass } | ExerciseFailure> {
  const opened = await openExercise(exercise);
  if (!opened.ok) return opened;
  const answers = parseAnswerKey(answersText);
  if (!answers.ok) return answers;
  const prepared = prepareGrading(opened.exercise, answers.answers);
  if (!prepared.ok) return prepared;
  const graded: GradedFile[] = [];
  for (const s of submissions) graded.push({ file: s.name, result: await gradeSubmission(prepared.grader, s.bytes) });
  const key = await getSigningKey(session.ctx, session.id);
  const exerciseKeyId = opened.exercise.keyId;
  const signedHere = key !== undefined && (key.keyId === exerciseKeyId || key.retired.some((r) => r.keyId === exerciseKeyId));
  return { ok: true, graded: { title: opened.exercise.info.title, exerciseKeyId, signedHere, graded, report: classReport(graded) } };
}
