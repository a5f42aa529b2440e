// The closed vocabularies of the catalog model. Keys are stored in the canonical catalog file;
// their Chinese/English labels live as data in assets/codes/vocabulary.json.
export const SHARE_TYPES = ['unconditional', 'conditional', 'none'] as const;
export const OPEN_TYPES = ['unconditional', 'conditional', 'none'] as const;
export const SHARE_METHOD_CATEGORIES = ['platform', 'other'] as const;
export const SHARE_METHOD_TYPES = ['database', 'interface', 'file', 'email', 'disk', 'mediaPaper', 'mediaElectronic'] as const;
export const UPDATE_CYCLES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly', 'irregular', 'other'] as const;
export const FORMAT_CATEGORIES = ['document', 'spreadsheet', 'database', 'image', 'streaming', 'selfDescribing', 'serviceInterface', 'paper', 'other'] as const;
export const DATA_TYPES = ['C', 'N', 'Y', 'D', 'T', 'L', 'M', 'G', 'B', 'I', 'F'] as const;
export const BASIS_LEVELS = [
  'law',
  'administrativeRegulation',
  'localRegulation',
  'departmentalRule',
  'localGovernmentRule',
  'centralPolicy',
  'nationalPolicy',
  'normativeDocument',
] as const;
export const DATA_GRADES = ['core', 'important', 'general'] as const;
export const NOT_OPEN_REASONS = ['stateSecret', 'commercialSecret', 'personalPrivacy', 'lawForbids'] as const;
export const REVIEW_STATUSES = ['notRequired', 'pending', 'approved', 'rejected'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
// 公共数据资源登记 (发改数据规〔2025〕26号): the application types of Art. 9 and the steps of Art. 8 (申请、受理、
// 形式审核、公示、赋码) with the ends a registration can come to (terminated on a sustained objection, Art. 12;
// cancelled, Art. 9(四) and 15; revoked, Art. 20).
export const REGISTRATION_KINDS = ['initial', 'change', 'correction', 'cancellation'] as const;
export const REGISTRATION_STATUSES = ['applied', 'accepted', 'reviewed', 'publicized', 'coded', 'terminated', 'cancelled', 'revoked'] as const;
/** The 基础库 whose data Yangzhou Art. 21 has shared unconditionally (所属基础库). */
export const BASIC_LIBRARIES = ['population', 'legalPerson', 'naturalResources', 'credit', 'eLicence'] as const;
/**
 * How the department came by the data (数据获取方式): Jilin Art. 29 keeps data obtained "通过共享、协商等方式"
 * (through sharing or negotiation) off its open list, so 协商获取 is a value of its own.
 */
export const ACQUISITION_METHODS = ['selfCollected', 'sharedIn', 'negotiated', 'other'] as const;
/** 需求清单 (Chongqing Art. 12, Jilin Art. 24): how urgent a request for another department's data is, and where it stands. */
export const NEED_URGENCIES = ['urgent', 'normal', 'low'] as const;
export const NEED_STATUSES = ['raised', 'matched', 'met', 'unmet'] as const;

export type ShareType = (typeof SHARE_TYPES)[number];
export type OpenType = (typeof OPEN_TYPES)[number];
export type ShareMethodCategory = (typeof SHARE_METHOD_CATEGORIES)[number];
export type ShareMethodType = (typeof SHARE_METHOD_TYPES)[number];
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];
export type FormatCategory = (typeof FORMAT_CATEGORIES)[number];
export type DataType = (typeof DATA_TYPES)[number];
export type BasisLevel = (typeof BASIS_LEVELS)[number];
export type DataGrade = (typeof DATA_GRADES)[number];
export type NotOpenReason = (typeof NOT_OPEN_REASONS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type BasicLibrary = (typeof BASIC_LIBRARIES)[number];
export type AcquisitionMethod = (typeof ACQUISITION_METHODS)[number];
export type NeedUrgency = (typeof NEED_URGENCIES)[number];
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** The vocabularies by name, so data files and the UI can address them uniformly. */
export const VOCABULARIES = {
  shareType: SHARE_TYPES,
  openType: OPEN_TYPES,
  shareMethodCategory: SHARE_METHOD_CATEGORIES,
  shareMethodType: SHARE_METHOD_TYPES,
  updateCycle: UPDATE_CYCLES,
  formatCategory: FORMAT_CATEGORIES,
  dataType: DATA_TYPES,
  basisLevel: BASIS_LEVELS,
  dataGrade: DATA_GRADES,
  notOpenReason: NOT_OPEN_REASONS,
  reviewStatus: REVIEW_STATUSES,
  severity: SEVERITIES,
  registrationKind: REGISTRATION_KINDS,
  registrationStatus: REGISTRATION_STATUSES,
  basicLibrary: BASIC_LIBRARIES,
  acquisition: ACQUISITION_METHODS,
  needUrgency: NEED_URGENCIES,
  needStatus: NEED_STATUSES,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
