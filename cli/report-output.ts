// How `validate`, `import` and `annotate` print a validation report: --format text|json, --lang zh|en, and the
// exit code that follows from it.
import type { ValidationReport } from '../core/report/validation-report.ts';
import type { CommandContext } from './command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './exit-codes.ts';
import { formatTextReport } from './text-report.ts';

export function reportFormat(values: CommandContext['values']): 'text' | 'json' {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  return format;
}

/** Prints the report; 1 when it has errors, else 0. */
export function writeReport(report: ValidationReport, { values, out }: Pick<CommandContext, 'values' | 'out'>): number {
  out.write(reportFormat(values) === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report, values.lang === 'en' ? 'en' : 'zh'));
  return report.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
