// What the first-run wizard has collected so far, and what stops each step from going on. Plain data and pure
// functions, so the rules are unit-tested without a browser.
import { normalizeUscc } from '../../core/codes/uscc.ts';
import { loadProfile, profileForDivision } from '../../core/profiles/profile.ts';
import type { SetupKind, WorkspaceSetup } from '../services/session/workspace-setup.ts';
import { usccFeedback, type UsccFeedback } from './uscc-feedback.ts';

export interface SetupDraft {
  /** 部门编制 (a department's catalog) or 县级汇总 (the county authority receiving its units' packages). */
  kind: SetupKind;
  departmentName: string;
  uscc: string;
  /** The code picked in the division cascader: 2, 4, 6 or 9 digits (only 6 and 9 are accepted). */
  divisionCode: string;
  /** 部门编号 the county (or township) authority assigned; optional here (R32 warns while it is missing). Not asked of a county. */
  departmentNumber: string;
  profileId: string;
  operatorName: string;
}

export const EMPTY_DRAFT: SetupDraft = { kind: 'department', departmentName: '', uscc: '', divisionCode: '', departmentNumber: '', profileId: '', operatorName: '' };

/**
 * Digits of a 部门编号, from the national code scheme every profile inherits (docs/code-scheme.md): the wizard asks
 * for the number before the profile is chosen.
 */
export const DEPARTMENT_NUMBER_WIDTH = loadProfile('national').codeScheme.departmentNumberWidth;

export const SETUP_STEPS = ['department', 'profile', 'operator'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Keys under `wizard.errors` in the i18n resources. */
export type SetupErrorKey =
  | 'departmentNameRequired'
  | 'usccRequired'
  | 'divisionRequired'
  | 'divisionTooCoarse'
  | 'divisionNotCounty'
  | 'departmentNumberDigits'
  | 'profileRequired'
  | 'operatorNameRequired';

export type SetupError = { kind: 'text'; key: SetupErrorKey } | { kind: 'uscc'; feedback: Extract<UsccFeedback, { state: 'error' }> };

export type SetupErrors = Partial<Record<DraftField, SetupError>>;

/** The fields typed in (the kind is picked, never wrong). */
type DraftField = Exclude<keyof SetupDraft, 'kind'>;

const STEP_FIELDS: Readonly<Record<SetupStep, readonly DraftField[]>> = {
  department: ['departmentName', 'uscc', 'divisionCode', 'departmentNumber'],
  profile: ['profileId'],
  operator: ['operatorName'],
};

const text = (key: SetupErrorKey): SetupError => ({ kind: 'text', key });

function fieldError(field: DraftField, draft: SetupDraft): SetupError | undefined {
  const value = draft[field].trim();
  switch (field) {
    case 'departmentName':
      return value ? undefined : text('departmentNameRequired');
    case 'uscc': {
      const feedback = usccFeedback(value, true);
      if (feedback.state === 'empty') return text('usccRequired');
      return feedback.state === 'error' ? { kind: 'uscc', feedback } : undefined;
    }
    case 'divisionCode':
      if (!value) return text('divisionRequired');
      // The county authority aggregates a whole county: its division is the county (区) itself.
      if (draft.kind === 'county') return value.length === 6 ? undefined : text('divisionNotCounty');
      // A department sits in a county or a township (6 or 9 digits), never in a whole province or prefecture.
      return value.length === 6 || value.length === 9 ? undefined : text('divisionTooCoarse');
    case 'departmentNumber':
      return draft.kind === 'county' || !value || new RegExp(`^\\d{${DEPARTMENT_NUMBER_WIDTH}}$`).test(value) ? undefined : text('departmentNumberDigits');
    case 'profileId':
      return value ? undefined : text('profileRequired');
    case 'operatorName':
      return value ? undefined : text('operatorNameRequired');
  }
}

/** The problems that keep `step` from going on; an empty object means it may. */
export function stepErrors(step: SetupStep, draft: SetupDraft): SetupErrors {
  const errors: SetupErrors = {};
  for (const field of STEP_FIELDS[step]) {
    const error = fieldError(field, draft);
    if (error) errors[field] = error;
  }
  return errors;
}

export function hasErrors(errors: SetupErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The first step with a problem, or undefined when the whole draft may be saved. */
export function firstIncompleteStep(draft: SetupDraft): SetupStep | undefined {
  return SETUP_STEPS.find((step) => hasErrors(stepErrors(step, draft)));
}

/** The workspace to create, trimmed and normalised; only for a draft with no step errors. */
export function toWorkspaceSetup(draft: SetupDraft): WorkspaceSetup {
  const incomplete = firstIncompleteStep(draft);
  if (incomplete) throw new Error(`setup draft is incomplete at step ${incomplete}`);
  const county = draft.kind === 'county';
  return {
    kind: draft.kind,
    department: {
      name: draft.departmentName.trim(),
      uscc: normalizeUscc(draft.uscc),
      divisionCode: draft.divisionCode,
      ...(!county && draft.departmentNumber.trim() && { number: draft.departmentNumber.trim() }),
    },
    profileId: draft.profileId,
    operatorName: draft.operatorName.trim(),
  };
}

/**
 * The division picked. The profile follows it (泗县 → 泗县's, elsewhere in 安徽 → 安徽's) while it is unset or the one
 * the previous division gave; a profile the clerk chose stays, and the profile step warns if it does not fit.
 */
export function withDivision(draft: SetupDraft, divisionCode: string): SetupDraft {
  const following = draft.profileId === '' || (draft.divisionCode !== '' && draft.profileId === profileForDivision(draft.divisionCode));
  return { ...draft, divisionCode, ...(following && divisionCode ? { profileId: profileForDivision(divisionCode) } : {}) };
}
