// The exercise file (docs/exercise-format.md): a signed container (signed-container.ts) holding exercise.json — the
// title, instructions, profile, time limit and the date its rules are checked on — and catalog.json, the catalog with
// the mistakes planted. It names no mistake: where they are is in the answer key, which stays with the trainer.
// An exercise is identified by the digest of its signed manifest, which submissions and the answer key quote.
import { copyJson } from '../format/json-copy.ts';
import { Type, type Static } from '@sinclair/typebox';
import { parseCatalogText, serializeCatalog } from '../format/catalog-file.ts';
import type { Catalog } from '../model/catalog.ts';
import type { SigningKey } from '../package/signer-key.ts';
import { decodeUtf8Strict, encodeUtf8 } from '../zip/utf8.ts';
import { exerciseFailure, type ExerciseFailure } from './exercise-failures.ts';
import { exerciseEngine } from './finding-keys.ts';
import { readJsonEntry } from './json-entry.ts';
import { plantMistakes, type PlantedMistake } from './plant-mistakes.ts';
import { CONTAINER_NAME, openSignedContainer, writeSignedContainer } from './signed-container.ts';
import { ANSWER_KEY_FORMAT, type AnswerKey } from './answer-key.ts';

export const EXERCISE_FORMAT = 'mulu.exercise';
export const EXERCISE_ENTRY = 'exercise.json';
export const EXERCISE_CATALOG_ENTRY = 'catalog.json';

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

export const ExerciseInfoSchema = Type.Object(
  {
    format: Type.Literal(EXERCISE_FORMAT),
    version: Type.Literal(1),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    instructions: Type.String({ maxLength: 5000 }),
    profile: Type.String({ minLength: 1 }),
    /** Minutes, or null for no limit. */
    timeLimitMinutes: Type.Union([Type.Integer({ minimum: 1, maximum: 1440 }), Type.Null()]),
    /** The instant the trainer made it. */
    createdAt: Type.String(),
    /** YYYY-MM-DD: the rules' "today" when planting and grading, so every PC judges dates alike. */
    checkDate: Type.String({ pattern: ISO_DATE }),
    /** How many mistakes were planted (not where). */
    mistakes: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ExerciseInfo = Static<typeof ExerciseInfoSchema>;

export interface ExerciseSettings {
  title: string;
  instructions: string;
  profile: string;
  timeLimitMinutes: number | null;
  /** ISO instant; core reads no clock. Its date (UTC) is the check date. */
  createdAt: string;
  mistakes: number;
  kinds: readonly string[];
  seed: number;
}

export interface CreatedExercise {
  bytes: Uint8Array;
  answers: AnswerKey;
  planted: PlantedMistake[];
}

export interface OpenedExercise {
  info: ExerciseInfo;
  catalog: Catalog;
  /** The digest of its signed manifest: what submissions and the answer key name it by. */
  digest: string;
  /** The key that signed it, for the trainee to compare with the trainer's fingerprint. */
  keyId: string;
}

/** Plants the mistakes in `source` and signs the exercise; the answer key comes back beside it, never inside. */
export async function createExercise(source: Catalog, settings: ExerciseSettings, signer: SigningKey): Promise<CreatedExercise> {
  const checkDate = settings.createdAt.slice(0, 10);
  const clean: Catalog = { ...copyJson(source), profile: settings.profile };
  const { catalog, planted } = plantMistakes(clean, { count: settings.mistakes, kinds: settings.kinds, seed: settings.seed, engine: exerciseEngine(settings.profile, checkDate) });
  const info: ExerciseInfo = {
    format: EXERCISE_FORMAT,
    version: 1,
    title: settings.title,
    instructions: settings.instructions,
    profile: settings.profile,
    timeLimitMinutes: settings.timeLimitMinutes,
    createdAt: settings.createdAt,
    checkDate,
    mistakes: planted.length,
  };
  const { bytes, digest } = await writeSignedContainer(
    'exercise',
    new Map([
      [EXERCISE_ENTRY, encodeUtf8(`${JSON.stringify(info, null, 2)}\n`)],
      [EXERCISE_CATALOG_ENTRY, encodeUtf8(serializeCatalog(catalog))],
    ]),
    signer,
  );
  const answers: AnswerKey = { format: ANSWER_KEY_FORMAT, version: 1, exerciseDigest: digest, title: info.title, seed: settings.seed, planted };
  return { bytes, answers, planted };
}

export async function openExercise(bytes: Uint8Array): Promise<{ ok: true; exercise: OpenedExercise } | ExerciseFailure> {
  const opened = await openSignedContainer('exercise', bytes);
  if (!opened.ok) return opened;
  const { files, manifest, digest } = opened.container;
  const what = CONTAINER_NAME.exercise;
  const info = readJsonEntry(ExerciseInfoSchema, files.get(EXERCISE_ENTRY) ?? new Uint8Array());
  if (!info.ok) return exerciseFailure('payloadInvalid', { what, entry: EXERCISE_ENTRY, problem: info.problem }, EXERCISE_ENTRY);
  const catalog = readCatalogEntry(files, EXERCISE_CATALOG_ENTRY);
  if (!catalog.ok) return exerciseFailure('payloadInvalid', { what, entry: EXERCISE_CATALOG_ENTRY, problem: catalog.problem }, EXERCISE_CATALOG_ENTRY);
  return { ok: true, exercise: { info: info.value, catalog: catalog.catalog, digest, keyId: manifest.signer.keyId } };
}

/** A container's catalog.json, read as a catalog file. */
export function readCatalogEntry(files: ReadonlyMap<string, Uint8Array>, entry: string): { ok: true; catalog: Catalog } | { ok: false; problem: string } {
  const text = decodeUtf8Strict(files.get(entry) ?? new Uint8Array());
  if (text === undefined) return { ok: false, problem: 'missing or not UTF-8' };
  const loaded = parseCatalogText(text);
  if (!loaded.ok) return { ok: false, problem: loaded.problems.map((p) => `${p.path}: ${p.message.en}`).slice(0, 3).join('; ') };
  return { ok: true, catalog: loaded.catalog };
}
