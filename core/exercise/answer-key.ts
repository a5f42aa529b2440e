// The answer key (answers.json): what was planted where, with the clean values, kept by the trainer apart from the
// exercise. It names its exercise by digest, so grading refuses a key from another exercise.
import { copyJson } from '../format/json-copy.ts';
import { Type, type Static } from '@sinclair/typebox';
import type { JsonValue } from '../crypto/canonical-json.ts';
import type { Catalog } from '../model/catalog.ts';
import { CATALOG_RULE_IDS } from '../model/rule-ids.ts';
import { literalUnion } from '../model/literal-union.ts';
import { exerciseFailure, type ExerciseFailure } from './exercise-failures.ts';
import { readJsonEntry } from './json-entry.ts';

export const ANSWER_KEY_FORMAT = 'mulu.exercise-answers';

const FieldValuesSchema = Type.Record(Type.String(), Type.Unknown());

export const AnswerKeySchema = Type.Object(
  {
    format: Type.Literal(ANSWER_KEY_FORMAT),
    version: Type.Literal(1),
    exerciseDigest: Type.String({ minLength: 1 }),
    title: Type.String(),
    seed: Type.Integer(),
    planted: Type.Array(
      Type.Object(
        {
          n: Type.Integer({ minimum: 1 }),
          kind: Type.String(),
          resourceId: Type.String(),
          resourceCode: Type.Union([Type.String(), Type.Null()]),
          resourceName: Type.Union([Type.String(), Type.Null()]),
          findings: Type.Array(
            Type.Object({ ruleId: literalUnion(CATALOG_RULE_IDS), resourceId: Type.Union([Type.String(), Type.Null()]), path: Type.String() }, { additionalProperties: false }),
            { minItems: 1 },
          ),
          clean: FieldValuesSchema,
          planted: FieldValuesSchema,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type AnswerKey = Static<typeof AnswerKeySchema>;

export function serializeAnswerKey(key: AnswerKey): string {
  return `${JSON.stringify(key, null, 2)}\n`;
}

export function parseAnswerKey(text: string): { ok: true; answers: AnswerKey } | ExerciseFailure {
  const read = readJsonEntry(AnswerKeySchema, text);
  return read.ok ? { ok: true, answers: read.value } : exerciseFailure('answersInvalid', { problem: read.problem });
}

/** The exercise's catalog with every planted field back to its clean value: the model answer. */
export function solvedCatalog(exercise: Catalog, answers: AnswerKey): Catalog {
  const solved = copyJson(exercise);
  for (const m of answers.planted) {
    const r = solved.resources.find((x) => x.id === m.resourceId) as unknown as Record<string, JsonValue> | undefined;
    if (!r) continue;
    for (const [field, value] of Object.entries(m.clean)) {
      if (value === null) delete r[field];
      else r[field] = copyJson(value) as JsonValue;
    }
  }
  return solved;
}
