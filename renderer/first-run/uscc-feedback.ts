// Live feedback on a 统一社会信用代码 as the clerk types it. core checks complete codes only; a prefix is checked by
// padding it to 18 characters with '0' (valid in every position, and a digit, so the region check passes on the
// padding) and keeping only problems that lie in what was typed. The texts are core's R11/R29 rule texts, so the
// wizard says exactly what the validation report will say.
import { checkUscc, normalizeUscc, type UsccProblem } from '../../core/codes/uscc.ts';
import { fillTemplate, type TemplateParam } from '../../core/i18n/text.ts';
import { ruleDefinition } from '../../core/rules/definitions.ts';
import type { CatalogRuleId } from '../../core/model/rule-ids.ts';
import { coreLang, type UiLanguage } from '../i18n/language.ts';

const USCC_LENGTH = 18;

export type UsccFeedback =
  | { state: 'empty' }
  /** A prefix with nothing wrong so far. */
  | { state: 'typing'; typed: number }
  | { state: 'error'; code: string; problem: UsccProblem }
  /** Valid, but the embedded organisation code's check fails: early codes do this, so it only warns. */
  | { state: 'warning'; code: string; expected: string; actual: string }
  | { state: 'valid'; code: string };

/** `finished`: the clerk has left the field or asked to go on, so a short code is now an error, not a prefix. */
export function usccFeedback(raw: string, finished: boolean): UsccFeedback {
  const code = normalizeUscc(raw);
  if (code === '') return { state: 'empty' };
  if (code.length < USCC_LENGTH) {
    const problem = checkUscc(code.padEnd(USCC_LENGTH, '0')).problem;
    // The check characters of the padded code mean nothing yet; every other problem is in the typed characters (the
    // region is reported as typed, without the padding).
    if (problem?.kind === 'region') return { state: 'error', code, problem: { kind: 'region', region: code.slice(2, 8) } };
    if (problem && problem.kind !== 'checksum' && problem.kind !== 'orgCodePart') return { state: 'error', code, problem };
    return finished ? { state: 'error', code, problem: { kind: 'length', actual: code.length } } : { state: 'typing', typed: code.length };
  }
  const result = checkUscc(code);
  if (result.problem) return { state: 'error', code, problem: result.problem };
  if (result.orgCodeMismatch) return { state: 'warning', code, ...result.orgCodeMismatch };
  return { state: 'valid', code };
}

export interface FeedbackText {
  message: string;
  hint: string;
}

function problemParams(problem: UsccProblem): Record<string, TemplateParam> {
  // The region problem's `value` is the region; the R11 text calls it {region} and uses {value} for the code.
  if (problem.kind === 'region') return { region: problem.region };
  const { kind: _kind, ...rest } = problem;
  return rest;
}

/** The rule text for an error or a warning, in the interface language; `field` is the field's label. */
export function usccFeedbackText(feedback: Extract<UsccFeedback, { state: 'error' | 'warning' }>, field: string, language: UiLanguage): FeedbackText {
  const lang = coreLang(language);
  const [ruleId, variant, params]: [CatalogRuleId, string, Record<string, TemplateParam>] =
    feedback.state === 'error'
      ? ['R11', feedback.problem.kind, problemParams(feedback.problem)]
      : ['R29', 'orgCode', { expected: feedback.expected, actual: feedback.actual }];
  const texts = ruleDefinition(ruleId).variants[variant];
  if (!texts) throw new Error(`rule ${ruleId} has no variant ${variant}`);
  const all = { field, value: feedback.code, ...params };
  return { message: fillTemplate(texts.message[lang], all, lang), hint: fillTemplate(texts.hint[lang], all, lang) };
}
