// The public data resource registration form (公共数据资源登记表) as rows: one per resource a unit must register —
// those within the scope of 授权运营 (公共数据资源登记管理暂行办法 Art. 5) — or, on request, every resource it may
// register (the rest are encouraged, Art. 5; never 涉密 or 工作秘密 ones, which are not for registration). Pure: the
// workbook, the CLI and the app's print view all render these rows.
import data from '../../assets/templates/registration-form.json';
import { checkedAsset } from '../model/checked-asset.ts';
import { RegistrationFormAssetSchema, type RegistrationColumn } from './registration-form-schema.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { Basis, Catalog, Resource } from '../model/catalog.ts';
import type { VocabularyName } from '../model/enums.ts';
import type { Profile } from '../profiles/profile.ts';
import { registrationValidUntil } from './validity.ts';

export type { RegistrationColumn };

export type RegistrationValue = string | number | undefined;

export interface RegistrationRow {
  /** Where the resource sits in the catalog, to jump back to it. */
  resourceIndex: number;
  values: Record<string, RegistrationValue>;
}

export interface RegistrationFormOptions {
  profile: Profile;
  /** Every resource that may be registered, not only those in the scope of 授权运营. */
  all?: boolean;
}

export interface RegistrationForm {
  /** The sheet's name (a fixed one: a department's name may be too long or hold characters sheet names refuse). */
  sheet: LocalText;
  title: LocalText;
  basis: LocalText;
  columns: readonly RegistrationColumn[];
  rows: RegistrationRow[];
}

type Cell = (r: Resource, index: number, catalog: Catalog, label: (v: VocabularyName, key: string | undefined) => string) => RegistrationValue;

const blankToUndefined = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

function basisText(list: readonly Basis[] | undefined): string | undefined {
  const parts = (list ?? []).filter((b) => b.title.trim()).map((b) => `《${b.title.trim().replace(/^《|》$/gu, '')}》${b.docNo ? `（${b.docNo.trim()}）` : ''}${b.article?.trim() ?? ''}`);
  return parts.length ? parts.join('；') : undefined;
}

const CELLS: Readonly<Record<string, Cell>> = {
  index: (_r, i) => i + 1,
  subjectName: (_r, _i, c) => blankToUndefined(c.department.name),
  subjectUscc: (_r, _i, c) => blankToUndefined(c.department.uscc),
  // An unregistered resource is applied for as 首次登记 (Art. 9(一)); otherwise the type the clerk recorded.
  kind: (r, _i, _c, label) => (r.registration?.kind ? label('registrationKind', r.registration.kind) : blankToUndefined(r.registration?.code) ? undefined : label('registrationKind', 'initial')),
  name: (r) => blankToUndefined(r.name),
  code: (r) => blankToUndefined(r.code),
  abstract: (r) => blankToUndefined(r.abstract),
  provider: (r) => blankToUndefined(r.providerName),
  sourceSystem: (r) => blankToUndefined(r.sourceSystem),
  basis: (r) => basisText(r.shareBasis),
  format: (r, _i, _c, label) => (r.formatCategory ? label('formatCategory', r.formatCategory) : undefined),
  items: (r) => r.items.length,
  updateCycle: (r, _i, _c, label) => (r.updateCycle ? label('updateCycle', r.updateCycle) : undefined),
  dataGrade: (r, _i, _c, label) => (r.dataGrade ? label('dataGrade', r.dataGrade) : undefined),
  usageRequirements: (r) => blankToUndefined(r.usageRequirements),
  status: (r, _i, _c, label) => (r.registration?.status ? label('registrationStatus', r.registration.status) : '未登记'),
  registrationCode: (r) => blankToUndefined(r.registration?.code),
  codedOn: (r) => blankToUndefined(r.registration?.codedOn),
  validUntil: (r) => (r.registration?.codedOn ? registrationValidUntil(r.registration.codedOn) : undefined),
};

const form = checkedAsset(RegistrationFormAssetSchema, data, 'assets/templates/registration-form.json');

export const REGISTRATION_COLUMNS: readonly RegistrationColumn[] = form.columns;
for (const c of REGISTRATION_COLUMNS) {
  if (!CELLS[c.key]) throw new Error(`assets/templates/registration-form.json: column "${c.key}" has no value in core/registration/registration-form.ts`);
}

/** Whether a resource goes on the form. */
export function onRegistrationForm(r: Resource, all = false): boolean {
  if (r.authorizedOperation) return true;
  return all && !r.secret && !r.workSecret;
}

export function registrationForm(catalog: Catalog, options: RegistrationFormOptions): RegistrationForm {
  const vocab = options.profile.vocabulary;
  const label = (v: VocabularyName, key: string | undefined) => (key !== undefined ? (vocab[v][key]?.zh ?? key) : '');
  const rows: RegistrationRow[] = [];
  catalog.resources.forEach((r, resourceIndex) => {
    if (!onRegistrationForm(r, options.all)) return;
    const values: Record<string, RegistrationValue> = {};
    for (const c of REGISTRATION_COLUMNS) values[c.key] = CELLS[c.key]!(r, rows.length, catalog, label);
    rows.push({ resourceIndex, values });
  });
  const department = catalog.department.name.trim() || '未填写部门名称';
  return { sheet: form.sheet, title: fillLocal(form.title, { department }), basis: form.basis, columns: REGISTRATION_COLUMNS, rows };
}
