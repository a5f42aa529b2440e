// The class report: each trainee's score, and per kind of mistake the share of planted mistakes of that kind the
// class fixed, with the rules and articles it teaches, so the trainer sees which articles need explaining again.
// Rejected submissions are listed with their reason; they count for nothing.
import type { LocalText } from '../i18n/text.ts';
import type { ExerciseFailure } from './exercise-failures.ts';
import type { RuleTaught, SubmissionGrade } from './grade.ts';

export interface GradedFile {
  /** The file name, as the trainer collected it. */
  file: string;
  result: SubmissionGrade | ExerciseFailure;
}

export interface KindSummary {
  kind: string;
  label: LocalText;
  rules: RuleTaught[];
  /** Planted mistakes of this kind, over all graded submissions. */
  attempts: number;
  fixed: number;
  /** fixed / attempts, 0–1; 0 with no attempts. */
  share: number;
}

export interface TraineeRow {
  file: string;
  trainee: string;
  score: number;
  fixed: number;
  total: number;
  introduced: number;
  minutes: number | null;
  overTime: boolean;
}

export interface ClassReport {
  trainees: TraineeRow[];
  rejected: { file: string; reason: ExerciseFailure['reason']; message: LocalText }[];
  /** Lowest share first: what to explain again. */
  kinds: KindSummary[];
  /** The mean score of the graded submissions, rounded; null with none. */
  meanScore: number | null;
}

export function classReport(files: readonly GradedFile[]): ClassReport {
  const trainees: TraineeRow[] = [];
  const rejected: ClassReport['rejected'] = [];
  const kinds = new Map<string, KindSummary>();
  for (const { file, result } of files) {
    if (!result.ok) {
      rejected.push({ file, reason: result.reason, message: result.message });
      continue;
    }
    trainees.push({ file, trainee: result.trainee, score: result.score, fixed: result.fixed, total: result.total, introduced: result.introduced.length, minutes: result.minutes, overTime: result.overTime });
    for (const m of result.mistakes) {
      const k = kinds.get(m.kind) ?? { kind: m.kind, label: m.label, rules: m.rules, attempts: 0, fixed: 0, share: 0 };
      k.attempts++;
      if (m.status === 'fixed') k.fixed++;
      kinds.set(m.kind, k);
    }
  }
  const summaries = [...kinds.values()].map((k) => ({ ...k, share: k.attempts ? k.fixed / k.attempts : 0 }));
  summaries.sort((a, b) => a.share - b.share || a.kind.localeCompare(b.kind));
  const meanScore = trainees.length ? Math.round(trainees.reduce((s, t) => s + t.score, 0) / trainees.length) : null;
  return { trainees, rejected, kinds: summaries, meanScore };
}
