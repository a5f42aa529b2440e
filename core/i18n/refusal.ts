// The one shape of a bilingual refusal, in its two forms (docs/decisions/failures.md says when each is used): a
// failure returned as a value, `{ ok: false, reason, message }`, and an error thrown, `RefusalError` with `reason`
// and `text` (`message` stays a string for logs, as Error requires). Each user keeps its own table of reasons and
// texts, a Record so that a reason without a text does not compile.
import { fillLocal, type LocalText, type TemplateParam } from './text.ts';

export type TextParams = Readonly<Record<string, TemplateParam>>;

/** A refusal returned as a value. */
export interface Failure<R extends string> {
  ok: false;
  reason: R;
  message: LocalText;
}

/** A refusal thrown; subclasses name what refused (PackError, ReceiptError, StorageError) for `instanceof`. */
export class RefusalError<R extends string> extends Error {
  constructor(
    readonly reason: R,
    readonly text: LocalText,
  ) {
    super(`${text.zh}\n${text.en}`);
  }
}

/** The message for each reason of a table, with its {placeholders} filled. */
export function refusalText<R extends string>(table: Readonly<Record<R, LocalText>>): (reason: R, params?: TextParams) => LocalText {
  return (reason, params = {}) => fillLocal(table[reason], params);
}
