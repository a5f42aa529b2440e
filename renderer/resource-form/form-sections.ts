// The form's layout as data: its sections and the fields in each, what kind of control a field is, and when a
// field that only some answers need is shown. The conditions follow the rules that ask for those fields
// (R04, R05, R06, R07, R09, R21, R22, R23, R26), so the form asks for exactly what the checks will want.
import type { Resource } from '../../core/model/catalog.ts';
import type { VocabularyName } from '../../core/model/enums.ts';
import { isFieldEmpty } from '../../core/rules/fields.ts';
import { isDescribedFormat } from './format-choices.ts';
import type { ResourceDraft } from './resource-draft.ts';

export const SECTION_IDS = ['basic', 'classification', 'provider', 'format', 'items', 'share', 'open', 'update', 'other'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type FieldKind =
  | { kind: 'text' }
  | { kind: 'textarea' }
  | { kind: 'vocab'; vocabulary: VocabularyName }
  | { kind: 'vocabList'; vocabulary: VocabularyName }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'tags' }
  | { kind: 'classification' }
  | { kind: 'code' }
  | { kind: 'formatType' }
  | { kind: 'basis' }
  | { kind: 'matters' }
  | { kind: 'review' }
  | { kind: 'survey' }
  | { kind: 'items' }
  | { kind: 'registration' };

/** The resource fields the form does not edit, and why (the field-coverage test holds every other field to a spec). */
export const NOT_ON_FORM = {
  id: 'the internal id: assigned once, never shown, never edited',
  extensions: 'province-specific extra fields: no jurisdiction Mulu ships defines one, so there is nothing to ask for yet',
} as const;

/** A resource field the form edits (the labels come from assets/codes/fields.json under the same name). */
export type FormFieldId = Exclude<keyof Resource, keyof typeof NOT_ON_FORM>;

export interface FieldSpec {
  field: FormFieldId;
  control: FieldKind;
  /** Takes the whole width of the section (long texts, lists, the grid). */
  wide?: boolean;
  /** Shown only when this holds (or when the field already has a value, so nothing stored is ever hidden). */
  when?: (d: ResourceDraft) => boolean;
}

export interface SectionSpec {
  id: SectionId;
  fields: readonly FieldSpec[];
}

const restrictedShare = (d: ResourceDraft) => d.shareType === 'conditional' || d.shareType === 'none';

const text = { kind: 'text' } as const;
const textarea = { kind: 'textarea' } as const;
const boolean = { kind: 'boolean' } as const;
const vocab = (vocabulary: VocabularyName) => ({ kind: 'vocab', vocabulary }) as const;

export const FORM_SECTIONS: readonly SectionSpec[] = [
  { id: 'basic', fields: [{ field: 'name', control: text, wide: true }, { field: 'abstract', control: textarea, wide: true }] },
  { id: 'classification', fields: [{ field: 'classification', control: { kind: 'classification' }, wide: true }, { field: 'code', control: { kind: 'code' }, wide: true }] },
  {
    id: 'provider',
    fields: [
      { field: 'providerName', control: text },
      { field: 'providerCode', control: text },
      { field: 'providerInnerDept', control: text },
      { field: 'sourceSystem', control: text },
      // R42 (政务数据共享条例 Art. 19): the department the data authority made the lead collector.
      { field: 'leadCollectingDepartment', control: text },
      // The 责任清单 (docs/lists.md) names who answers for the resource; Jilin Art. 29 keeps data obtained through
      // sharing off the open list.
      { field: 'accountablePerson', control: text },
      { field: 'acquisition', control: vocab('acquisition') },
      // 补充目录 / 个性化目录 (Jilin Art. 15, Anhui Art. 14): beyond the provincial catalog; R46 where a profile has none.
      { field: 'supplementary', control: boolean },
    ],
  },
  {
    id: 'format',
    fields: [
      { field: 'formatCategory', control: vocab('formatCategory') },
      { field: 'formatType', control: { kind: 'formatType' }, when: (d) => d.formatCategory !== undefined && !isDescribedFormat(d.formatCategory) },
      { field: 'formatOtherDesc', control: text, when: (d) => d.formatCategory !== undefined && isDescribedFormat(d.formatCategory) },
    ],
  },
  { id: 'items', fields: [{ field: 'items', control: { kind: 'items' }, wide: true }] },
  {
    id: 'share',
    fields: [
      { field: 'shareType', control: vocab('shareType') },
      { field: 'shareCondition', control: textarea, wide: true, when: restrictedShare },
      { field: 'shareBasis', control: { kind: 'basis' }, wide: true, when: restrictedShare },
      { field: 'shareReview', control: { kind: 'review' }, wide: true, when: restrictedShare },
      { field: 'shareMethodCategory', control: vocab('shareMethodCategory') },
      { field: 'shareMethodType', control: vocab('shareMethodType'), when: (d) => d.shareMethodCategory !== undefined },
      { field: 'applicationMaterials', control: { kind: 'tags' }, wide: true, when: (d) => d.shareType === 'unconditional' || d.shareType === 'conditional' },
      // R24 (Yangzhou Art. 21): the library the data belongs to decides how it must be shared, whatever its 类.
      { field: 'basicLibrary', control: vocab('basicLibrary') },
      { field: 'themeLibrary', control: text },
    ],
  },
  {
    id: 'open',
    fields: [
      { field: 'openType', control: vocab('openType') },
      { field: 'openCondition', control: textarea, wide: true, when: (d) => d.openType === 'conditional' },
      { field: 'notOpenReasons', control: { kind: 'vocabList', vocabulary: 'notOpenReason' }, wide: true, when: (d) => d.openType === 'none' },
      { field: 'notOpenNote', control: text, wide: true, when: (d) => d.openType === 'none' && (d.notOpenReasons ?? []).includes('lawForbids') },
      // R05: data not shared may be opened only when desensitised or with the rights holder's consent.
      { field: 'desensitized', control: boolean, when: (d) => d.shareType === 'none' && d.openType !== undefined && d.openType !== 'none' },
      { field: 'rightsHolderConsent', control: boolean, when: (d) => d.shareType === 'none' && d.openType !== undefined && d.openType !== 'none' },
    ],
  },
  {
    id: 'update',
    fields: [
      { field: 'updateCycle', control: vocab('updateCycle') },
      { field: 'updateCycleNote', control: text, when: (d) => d.updateCycle === 'irregular' || d.updateCycle === 'other' },
      { field: 'publishDate', control: { kind: 'date' } },
    ],
  },
  {
    id: 'other',
    fields: [
      { field: 'dataGrade', control: vocab('dataGrade') },
      { field: 'securityLevel', control: text },
      { field: 'secret', control: boolean },
      { field: 'involvesNaturalPersons', control: boolean },
      { field: 'involvesLegalPersons', control: boolean },
      { field: 'usageRequirements', control: textarea, wide: true },
      { field: 'itProject', control: text },
      { field: 'relatedResourceCodes', control: { kind: 'tags' }, wide: true },
      { field: 'relatedMatters', control: { kind: 'matters' }, wide: true },
      { field: 'survey', control: { kind: 'survey' }, wide: true },
      // The 2025 national layer: R41 工作秘密 (条例 Art. 3); R44 registration of resources in 授权运营 (登记办法 Art. 5).
      { field: 'workSecret', control: boolean },
      { field: 'authorizedOperation', control: boolean },
      { field: 'registration', control: { kind: 'registration' }, wide: true, when: (d) => d.authorizedOperation === true },
    ],
  },
];

function hasValue(d: ResourceDraft, field: FormFieldId): boolean {
  if (field === 'shareReview' || field === 'survey' || field === 'registration') return d[field] !== undefined;
  return !isFieldEmpty(d, field);
}

/** Whether the form shows the field for this draft. */
export function isFieldShown(spec: FieldSpec, d: ResourceDraft): boolean {
  return !spec.when || spec.when(d) || hasValue(d, spec.field);
}

/** The section a field is in. */
export function sectionOf(field: FormFieldId): SectionId | undefined {
  return FORM_SECTIONS.find((s) => s.fields.some((f) => f.field === field))?.id;
}
