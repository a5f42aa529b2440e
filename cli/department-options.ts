// --department-name, --department-uscc and --division: who a key belongs to, for the registration form and the
// trust store. Checked here so a mistyped 统一社会信用代码 is caught before it is printed, stamped and posted.
import type { RegistrationDepartment } from '../core/crypto/registration-form.ts';
import { checkDivisionCode, loadDivisionTable } from '../core/codes/division.ts';
import { checkDepartmentIdentity } from '../core/package/trust-store.ts';
import { UsageError } from './exit-codes.ts';

export type DepartmentDetails = RegistrationDepartment;

type Output = { write(s: string): unknown };

/** Undefined when no department option was given; name and USCC must be given together. */
export async function readDepartmentOptions(values: Record<string, string | undefined>, warnings: Output): Promise<DepartmentDetails | undefined> {
  const name = values['department-name'];
  const uscc = values['department-uscc'];
  const divisionCode = values.division?.trim();
  if (name === undefined && uscc === undefined && divisionCode === undefined) return undefined;
  if (name === undefined || uscc === undefined) {
    throw new UsageError('--department-name（部门名称）和 --department-uscc（统一社会信用代码）须同时给出', '--department-name and --department-uscc must be given together');
  }
  const identity = checkDepartmentIdentity(name, uscc);
  if (!identity.ok) {
    const problems = identity.problems.map((p) => ({ option: p.field === 'name' ? '--department-name' : '--department-uscc', message: p.message }));
    throw new UsageError(problems.map((p) => `${p.option}：${p.message.zh}`).join('\n'), problems.map((p) => `${p.option}: ${p.message.en}`).join('\n'));
  }
  for (const w of identity.warnings) warnings.write(`警告：${w.zh}\nwarning: ${w.en}\n`);
  return { name: identity.name, uscc: identity.uscc, ...(divisionCode !== undefined && { division: await checkDivision(divisionCode, warnings) }) };
}

async function checkDivision(code: string, warnings: Output): Promise<{ code: string; names: string[] }> {
  const lookup = checkDivisionCode(code, await loadDivisionTable());
  if (lookup.problem === 'format') {
    throw new UsageError(`--division 应为 6 位（县级）或 9 位（乡级）行政区划代码，收到「${code}」`, `--division must be a 6-digit (county) or 9-digit (township) division code, got "${code}"`);
  }
  if (lookup.problem === 'unknown') {
    // The bundled table lags the official list (core/codes/division.ts), so an unknown code is only a warning.
    warnings.write(`警告：行政区划代码 ${code} 不在内置代码表中，请与最新的区划代码核对。\nwarning: division code ${code} is not in the bundled table; check it against the current official list.\n`);
  }
  return { code, names: lookup.names };
}
