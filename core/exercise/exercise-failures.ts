// Why an exercise, a submission or an answer key is refused: one reason each, with the texts a trainer reads
// (docs/exercise-format.md). Returned as values (docs/decisions/failures.md): the files come from USB sticks.
import { refusalText, type Failure, type TextParams } from '../i18n/refusal.ts';
import type { LocalText } from '../i18n/text.ts';

export type ExerciseFailureReason =
  | 'container'
  | 'manifestInvalid'
  | 'badSignature'
  | 'tampered'
  | 'payloadInvalid'
  | 'otherExercise'
  | 'answersInvalid'
  | 'answersForOtherExercise';

export interface ExerciseFailure extends Failure<ExerciseFailureReason> {
  /** The entry of the file the problem is in, when it is one. */
  entry?: string;
}

const TEXTS: Readonly<Record<ExerciseFailureReason, LocalText>> = {
  container: { zh: '不是{what}，或文件已损坏：{detail}', en: 'not {what}, or the file is damaged: {detail}' },
  manifestInvalid: { zh: '{what}的清单（META-INF/manifest.json）无效：{problem}', en: 'the manifest of {what} (META-INF/manifest.json) is invalid: {problem}' },
  badSignature: { zh: '{what}的签名不符：清单在签名后被改动过，或签名不是包内公钥所签', en: 'the signature of {what} does not verify: the manifest was changed after signing, or another key signed it' },
  tampered: { zh: '{what}中的 {entry} 与签名清单不符（签名后被改动、缺少或多出文件）', en: '{entry} in {what} does not match the signed manifest (changed after signing, missing or added)' },
  payloadInvalid: { zh: '{what}中的 {entry} 无法读取：{problem}', en: '{entry} in {what} cannot be read: {problem}' },
  otherExercise: {
    zh: '这份答卷属于另一个练习（「{title}」），不是本练习的答卷',
    en: 'this submission belongs to another exercise ("{title}"), not this one',
  },
  answersInvalid: { zh: '答案文件无效：{problem}', en: 'the answer key is invalid: {problem}' },
  answersForOtherExercise: { zh: '答案文件属于另一个练习（「{title}」），与所给练习文件不符', en: 'the answer key belongs to another exercise ("{title}"), not the exercise file given' },
};

const text = refusalText(TEXTS);

export function exerciseFailure(reason: ExerciseFailureReason, params: TextParams = {}, entry?: string): ExerciseFailure {
  return { ok: false, reason, message: text(reason, params), ...(entry !== undefined && { entry }) };
}
