// A trainee's submission (docs/exercise-format.md): a signed container of its own media type with submission.json —
// the exercise it answers (by digest), the trainee's name, when the exercise was opened and when the work was
// handed in, both by the trainee's PC clock — and catalog.json, the catalog as the trainee left it, errors and all.
// It carries the training watermark and is no catalog package: a county's verification refuses it at its first
// step (the container's media type), and no real package can be made from it without compiling it again.
import { Type, type Static } from '@sinclair/typebox';
import { serializeCatalog } from '../format/catalog-file.ts';
import type { Catalog } from '../model/catalog.ts';
import type { SigningKey } from '../package/signer-key.ts';
import { encodeUtf8 } from '../zip/utf8.ts';
import { exerciseFailure, type ExerciseFailure } from './exercise-failures.ts';
import { EXERCISE_CATALOG_ENTRY, readCatalogEntry, type OpenedExercise } from './exercise-file.ts';
import { readJsonEntry } from './json-entry.ts';
import { CONTAINER_NAME, openSignedContainer, writeSignedContainer } from './signed-container.ts';

export const SUBMISSION_FORMAT = 'mulu.exercise-submission';
export const SUBMISSION_ENTRY = 'submission.json';

export const SubmissionInfoSchema = Type.Object(
  {
    format: Type.Literal(SUBMISSION_FORMAT),
    version: Type.Literal(1),
    exerciseDigest: Type.String({ minLength: 1 }),
    exerciseTitle: Type.String(),
    trainee: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
    /** ISO instants by the trainee's clock. */
    openedAt: Type.String(),
    submittedAt: Type.String(),
  },
  { additionalProperties: false },
);
export type SubmissionInfo = Static<typeof SubmissionInfoSchema>;

export interface OpenedSubmission {
  info: SubmissionInfo;
  catalog: Catalog;
  keyId: string;
}

export interface SubmissionInput {
  exercise: Pick<OpenedExercise, 'digest' | 'info'>;
  traineeName: string;
  openedAt: string;
  submittedAt: string;
  catalog: Catalog;
}

export async function packSubmission(input: SubmissionInput, signer: SigningKey): Promise<Uint8Array> {
  const info: SubmissionInfo = {
    format: SUBMISSION_FORMAT,
    version: 1,
    exerciseDigest: input.exercise.digest,
    exerciseTitle: input.exercise.info.title,
    trainee: { name: input.traineeName.trim() },
    openedAt: input.openedAt,
    submittedAt: input.submittedAt,
  };
  const written = await writeSignedContainer(
    'submission',
    new Map([
      [SUBMISSION_ENTRY, encodeUtf8(`${JSON.stringify(info, null, 2)}\n`)],
      [EXERCISE_CATALOG_ENTRY, encodeUtf8(serializeCatalog(input.catalog))],
    ]),
    signer,
  );
  return written.bytes;
}

/** The submission if it is intact and answers `exerciseDigest`; why not otherwise. */
export async function openSubmission(bytes: Uint8Array, exerciseDigest: string): Promise<{ ok: true; submission: OpenedSubmission } | ExerciseFailure> {
  const opened = await openSignedContainer('submission', bytes);
  if (!opened.ok) return opened;
  const { files, manifest } = opened.container;
  const what = CONTAINER_NAME.submission;
  const info = readJsonEntry(SubmissionInfoSchema, files.get(SUBMISSION_ENTRY) ?? new Uint8Array());
  if (!info.ok) return exerciseFailure('payloadInvalid', { what, entry: SUBMISSION_ENTRY, problem: info.problem }, SUBMISSION_ENTRY);
  if (info.value.exerciseDigest !== exerciseDigest) return exerciseFailure('otherExercise', { title: info.value.exerciseTitle });
  const catalog = readCatalogEntry(files, EXERCISE_CATALOG_ENTRY);
  if (!catalog.ok) return exerciseFailure('payloadInvalid', { what, entry: EXERCISE_CATALOG_ENTRY, problem: catalog.problem }, EXERCISE_CATALOG_ENTRY);
  return { ok: true, submission: { info: info.value, catalog: catalog.catalog, keyId: manifest.signer.keyId } };
}
