// The county's roster (名册): the departments and townships it expects to report (Sixian Art. 15, Anhui Art. 13),
// each with its 统一社会信用代码 — the key a unit's packages and its trusted keys are found by — its division code
// and a contact to phone. Checking one entry is shared by the form in the app and by the roster workbook.
import { checkDepartmentIdentity } from '../package/trust-store.ts';
import type { LocalText } from '../i18n/text.ts';

export interface RosterUnit {
  name: string;
  /** Normalised (upper case, no spaces); unique within a roster. */
  uscc: string;
  /** 6 digits (county) or 9 (township), as in a catalog's department. */
  divisionCode: string;
  /** Who to phone and how: free text, as the authority keeps it. */
  contact: string;
}

export type RosterField = keyof RosterUnit;

export interface RosterFieldProblem {
  field: RosterField;
  message: LocalText;
}

const DIVISION = /^(\d{6}|\d{9})$/;

/** The entry trimmed and normalised, or every problem of its fields. */
export function checkRosterUnit(raw: RosterUnit): { ok: true; unit: RosterUnit } | { ok: false; problems: RosterFieldProblem[] } {
  const problems: RosterFieldProblem[] = [];
  const identity = checkDepartmentIdentity(raw.name, raw.uscc);
  if (!identity.ok) for (const p of identity.problems) problems.push({ field: p.field, message: p.message });
  const divisionCode = raw.divisionCode.trim();
  if (!DIVISION.test(divisionCode)) {
    problems.push({
      field: 'divisionCode',
      message: divisionCode
        ? { zh: `行政区划代码「${divisionCode}」应为 6 位（县）或 9 位（乡镇）数字`, en: `the division code "${divisionCode}" must be 6 (county) or 9 (township) digits` }
        : { zh: '行政区划代码不能为空', en: 'the division code is empty' },
    });
  }
  if (!identity.ok || problems.length) return { ok: false, problems };
  return { ok: true, unit: { name: identity.name, uscc: identity.uscc, divisionCode, contact: raw.contact.trim() } };
}

export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, LocalText>> = {
  name: { zh: '单位名称', en: 'unit name' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  divisionCode: { zh: '行政区划代码', en: 'division code' },
  contact: { zh: '联系人及电话', en: 'contact' },
};
