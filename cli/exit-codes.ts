import { RefusalError } from '../core/i18n/refusal.ts';

/** The CLI's exit codes, the same for every command. */
export const EXIT_OK = 0;
/** The input was read, and has errors (validation findings of severity 错误). */
export const EXIT_FINDINGS = 1;
/** The input could not be used at all: missing file, not JSON, wrong format or version, bad arguments. */
export const EXIT_UNUSABLE = 2;

/** An error that ends the command with a clear bilingual message and exit code 2. */
export class UsageError extends RefusalError<'usage'> {
  constructor(zh: string, en: string) {
    super('usage', { zh, en });
  }
}
