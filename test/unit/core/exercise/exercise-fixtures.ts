// What the exercise tests share: a small clean sample catalog, a trainer's and a trainee's key, and an exercise made
// from them with every kind of mistake in turn.
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import { createExercise, openExercise, type CreatedExercise, type ExerciseSettings, type OpenedExercise } from '../../../../core/exercise/exercise-file.ts';
import { packSubmission } from '../../../../core/exercise/submission.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { SigningKey } from '../../../../core/package/signer-key.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';

export const SOURCE: Catalog = generateCatalog({ resources: 60, seed: 5, clean: true, profile: 'anhui' });

export function signer(pair: KeyPair): SigningKey {
  return { suite: pair.algorithm, privateKey: pair.privateKey, publicKey: pair.publicKey };
}
export const TRAINER = signer(generateKeyPair('Ed25519'));
export const TRAINEE = signer(generateKeyPair('Ed25519'));

export const SETTINGS: ExerciseSettings = {
  title: '练习一：共享属性',
  instructions: '请改正目录中的错误。',
  profile: 'anhui',
  timeLimitMinutes: 45,
  createdAt: '2026-12-07T01:00:00.000Z',
  mistakes: 12,
  kinds: [],
  seed: 3,
};

export async function makeExercise(settings: Partial<ExerciseSettings> = {}, source: Catalog = SOURCE): Promise<{ created: CreatedExercise; exercise: OpenedExercise }> {
  const created = await createExercise(source, { ...SETTINGS, ...settings }, TRAINER);
  const opened = await openExercise(created.bytes);
  if (!opened.ok) throw new Error(opened.message.en);
  return { created, exercise: opened.exercise };
}

export function submit(exercise: OpenedExercise, catalog: Catalog, traineeName = '张三', minutes = 30): Promise<Uint8Array> {
  const opened = Date.parse('2026-12-07T02:00:00.000Z');
  return packSubmission(
    { exercise, traineeName, openedAt: new Date(opened).toISOString(), submittedAt: new Date(opened + minutes * 60_000).toISOString(), catalog },
    TRAINEE,
  );
}
