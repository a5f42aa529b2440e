// Grading a submission against the answer key (docs/exercise-format.md): deterministic, from the two catalogs and the
// exercise's profile and check date alone. A planted mistake is fixed when none of the findings it caused is left in
// the trainee's catalog, and 'removed' when its resource was deleted instead (that is not a fix). Findings in the
// submission that the exercise did not have are mistakes the trainee introduced. Each mistake says the rule and the
// articles it teaches, as the profile cites them.
import type { LocalText } from '../i18n/text.ts';
import type { Catalog } from '../model/catalog.ts';
import type { CatalogRuleId } from '../model/rule-ids.ts';
import type { Severity } from '../model/enums.ts';
import { citationLabel } from '../regulations/citations.ts';
import { ruleDefinition } from '../rules/definitions.ts';
import type { RuleEngine } from '../rules/engine.ts';
import type { AnswerKey } from './answer-key.ts';
import { exerciseFailure, type ExerciseFailure } from './exercise-failures.ts';
import type { OpenedExercise } from './exercise-file.ts';
import { exerciseEngine, findingKey, gradedFindings, keyText } from './finding-keys.ts';
import { mistakeKind } from './plant-mistakes.ts';
import { openSubmission } from './submission.ts';

export type MistakeStatus = 'fixed' | 'notFixed' | 'removed';

export interface RuleTaught {
  ruleId: CatalogRuleId;
  title: LocalText;
  /** The articles the exercise's profile cites for the rule, as labels (《…》第…条). */
  citations: string[];
}

export interface MistakeGrade {
  n: number;
  kind: string;
  label: LocalText;
  resourceCode: string | null;
  resourceName: string | null;
  status: MistakeStatus;
  rules: RuleTaught[];
}

export interface IntroducedMistake {
  ruleId: string;
  severity: Severity;
  resourceCode: string | null;
  resourceName: string | null;
  path: string;
  message: LocalText;
}

export interface SubmissionGrade {
  ok: true;
  trainee: string;
  /** The trainee's key, as a fingerprint source. */
  keyId: string;
  openedAt: string;
  submittedAt: string;
  /** From opening to handing in, by the trainee's clock; null where the times do not read. */
  minutes: number | null;
  /** Handed in after the exercise's time limit. */
  overTime: boolean;
  fixed: number;
  total: number;
  /** Fixed out of planted, in percent, rounded; the introduced mistakes are listed beside it, not subtracted. */
  score: number;
  mistakes: MistakeGrade[];
  introduced: IntroducedMistake[];
}

export interface Grader {
  exercise: OpenedExercise;
  answers: AnswerKey;
  engine: RuleEngine;
  /** The findings of the exercise as handed out. */
  exerciseKeys: ReadonlySet<string>;
}

/** Checks the answer key belongs to the exercise and prepares what every submission is compared with. */
export function prepareGrading(exercise: OpenedExercise, answers: AnswerKey): { ok: true; grader: Grader } | ExerciseFailure {
  if (answers.exerciseDigest !== exercise.digest) return exerciseFailure('answersForOtherExercise', { title: answers.title });
  const engine = exerciseEngine(exercise.info.profile, exercise.info.checkDate);
  return { ok: true, grader: { exercise, answers, engine, exerciseKeys: findingKeys(engine, exercise.catalog) } };
}

export async function gradeSubmission(grader: Grader, bytes: Uint8Array): Promise<SubmissionGrade | ExerciseFailure> {
  const opened = await openSubmission(bytes, grader.exercise.digest);
  if (!opened.ok) return opened;
  const { info, catalog, keyId } = opened.submission;
  const graded = gradeCatalog(grader, catalog);
  const minutes = minutesBetween(info.openedAt, info.submittedAt);
  const limit = grader.exercise.info.timeLimitMinutes;
  return {
    ok: true,
    trainee: info.trainee.name,
    keyId,
    openedAt: info.openedAt,
    submittedAt: info.submittedAt,
    minutes,
    overTime: limit !== null && minutes !== null && minutes > limit,
    ...graded,
  };
}

/** The grading of a catalog as if handed in: what gradeSubmission does after opening the file. */
export function gradeCatalog(grader: Grader, catalog: Catalog): Pick<SubmissionGrade, 'fixed' | 'total' | 'score' | 'mistakes' | 'introduced'> {
  const findings = gradedFindings(grader.engine.validateCatalog(catalog));
  const left = new Set(findings.map((f) => keyText(findingKey(f, catalog))));
  const ids = new Set(catalog.resources.map((r) => r.id));
  const mistakes = grader.answers.planted.map((m): MistakeGrade => {
    const status: MistakeStatus = !ids.has(m.resourceId) ? 'removed' : m.findings.some((k) => left.has(keyText(k))) ? 'notFixed' : 'fixed';
    return {
      n: m.n,
      kind: m.kind,
      label: mistakeKind(m.kind)?.label ?? { zh: m.kind, en: m.kind },
      resourceCode: m.resourceCode,
      resourceName: m.resourceName,
      status,
      rules: [...new Set(m.findings.map((k) => k.ruleId))].sort().map((id) => ruleTaught(grader.engine, id)),
    };
  });
  const introduced = findings
    .filter((f) => !grader.exerciseKeys.has(keyText(findingKey(f, catalog))))
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, resourceCode: f.resourceCode ?? null, resourceName: f.resourceName ?? null, path: f.path, message: f.message }));
  const fixed = mistakes.filter((m) => m.status === 'fixed').length;
  const total = mistakes.length;
  return { fixed, total, score: total === 0 ? 100 : Math.round((100 * fixed) / total), mistakes, introduced };
}

export function ruleTaught(engine: RuleEngine, ruleId: CatalogRuleId): RuleTaught {
  return { ruleId, title: ruleDefinition(ruleId).title, citations: (engine.profile.rules.get(ruleId)?.citations ?? []).map(citationLabel) };
}

function findingKeys(engine: RuleEngine, catalog: Catalog): Set<string> {
  return new Set(gradedFindings(engine.validateCatalog(catalog)).map((f) => keyText(findingKey(f, catalog))));
}

function minutesBetween(from: string, to: string): number | null {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}
