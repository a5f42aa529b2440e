// Reading a workbook for the CLI: the dry run of core/workbook/check-workbook.ts with the division table, the
// department options and progress on the terminal; a workbook that cannot be imported is exit 2 with its reason.
import { loadDivisionTable } from '../core/codes/division.ts';
import { readNeedsSheet } from '../core/lists/needs-workbook.ts';
import type { Department } from '../core/model/catalog.ts';
import { checkWorkbook, type CheckedWorkbook } from '../core/workbook/check-workbook.ts';
import type { CommandContext } from './command.ts';
import { readDepartmentOptions } from './department-options.ts';
import { UsageError } from './exit-codes.ts';
import { terminalProgress } from './progress.ts';
import { readBytes } from './read-input.ts';
import { looksLikeZip } from './read-package-file.ts';
import { loadProfile } from '../core/profiles/profile.ts';

/** A Mulu package's first entry is its stored `mimetype` (docs/package-format.md), named right after the 30-byte local header. */
const MIMETYPE_NAME = [...'mimetype'].map((c) => c.charCodeAt(0));

/** .xlsx (or .xls, which the reader refuses with advice) by name, or a ZIP that is not a Mulu package. */
export function looksLikeWorkbook(path: string, bytes?: Uint8Array): boolean {
  if (/\.(xlsx|xlsm|xls|et)$/iu.test(path)) return true;
  return bytes !== undefined && looksLikeZip(bytes) && !MIMETYPE_NAME.every((b, i) => bytes[30 + i] === b);
}

export async function readWorkbook(path: string, ctx: Pick<CommandContext, 'values' | 'err'>, bytes?: Uint8Array): Promise<CheckedWorkbook> {
  const data = bytes ?? (await readBytes(path, 'workbook'));
  const { values } = ctx;
  // Check the profile name before reading a large file.
  if (values.profile) loadProfile(values.profile);
  const details = await readDepartmentOptions(values, ctx.err);
  const department: Department | undefined = details && { name: details.name, uscc: details.uscc, divisionCode: details.division?.code ?? '' };
  const progress = terminalProgress(ctx.err as { write(s: string): unknown; isTTY?: boolean }, { zh: `读取 ${path}`, en: 'reading' });
  const checked = await checkWorkbook(data, {
    ...(values.profile ? { profile: values.profile } : {}),
    ...(department ? { department } : {}),
    ...(values.today ? { today: values.today } : {}),
    divisions: await loadDivisionTable(),
    onProgress: (p) => progress.update(p.fraction),
    readNeeds: readNeedsSheet,
  });
  progress.done();
  if (!checked.ok) {
    const where = [checked.sheet && `工作表「${checked.sheet}」`, checked.row && `第 ${checked.row} 行`, checked.part && `（${checked.part}）`].filter(Boolean).join('');
    throw new UsageError(`无法导入工作簿 ${path}${where ? ` ${where}` : ''}：${checked.message.zh}`, `cannot import workbook ${path}: ${checked.message.en}`);
  }
  return checked;
}
