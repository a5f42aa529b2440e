// The catalog model, typed once: the TypeBox schemas below are both the TypeScript types used
// everywhere and the JSON Schema of the canonical catalog file (docs/catalog-format.md).
// Shapes are strict, but almost every field is optional: a draft may be incomplete and is still
// saved; completeness is the rule engine's job, not the schema's.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { literalUnion } from './literal-union.ts';
import {
  ACQUISITION_METHODS,
  BASIC_LIBRARIES,
  BASIS_LEVELS,
  DATA_GRADES,
  DATA_TYPES,
  FORMAT_CATEGORIES,
  NEED_STATUSES,
  NEED_URGENCIES,
  NOT_OPEN_REASONS,
  OPEN_TYPES,
  REGISTRATION_KINDS,
  REGISTRATION_STATUSES,
  REVIEW_STATUSES,
  SHARE_METHOD_CATEGORIES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  UPDATE_CYCLES,
} from './enums.ts';

export const CATALOG_FORMAT = 'mulu.catalog';
export const CATALOG_FORMAT_VERSION = 1;

const oneOf = literalUnion;
const strict = { additionalProperties: false } as const;
const opt = <T extends TSchema>(t: T) => Type.Optional(t);

export const BasisSchema = Type.Object(
  {
    title: Type.String({ description: '文件名称' }),
    docNo: opt(Type.String({ description: '文号' })),
    article: opt(Type.String({ description: '条款, e.g. 第二十二条' })),
    level: opt(oneOf(BASIS_LEVELS)),
  },
  strict,
);

export const ContactSchema = Type.Object(
  { name: opt(Type.String()), phone: opt(Type.String()), email: opt(Type.String()) },
  strict,
);

export const DepartmentSchema = Type.Object(
  {
    name: Type.String({ description: '部门名称' }),
    uscc: Type.String({ description: '统一社会信用代码' }),
    divisionCode: Type.String({ description: '行政区划代码 (6-digit county or 9-digit township)' }),
    number: opt(Type.String({ description: '部门编号: assigned by the county (or township) authority, fixed width per profile (docs/code-scheme.md); with the division code it makes the department\'s resource codes unique' })),
    contact: opt(ContactSchema),
  },
  strict,
);

export const ClassificationSchema = Type.Object(
  {
    class: Type.String({ description: '类 (1 digit)' }),
    item: Type.String({ description: '项 (2 digits)' }),
    catalog: Type.String({ description: '目 (3 digits)' }),
    subCatalogs: opt(Type.Array(Type.String(), { description: '细目' })),
  },
  strict,
);

export const DataItemSchema = Type.Object(
  {
    name: Type.String({ description: '信息项名称' }),
    fieldName: opt(Type.String({ description: '英文名/字段名' })),
    dataType: opt(oneOf(DATA_TYPES)),
    length: opt(Type.Integer({ minimum: 0 })),
    precision: opt(Type.Integer({ minimum: 0 })),
    shareType: opt(oneOf(SHARE_TYPES)),
    shareCondition: opt(Type.String()),
    openType: opt(oneOf(OPEN_TYPES)),
    isPrimaryKey: opt(Type.Boolean()),
    nullable: opt(Type.Boolean()),
    sensitive: opt(Type.Boolean()),
    secret: opt(Type.Boolean()),
  },
  strict,
);

export const SurveySchema = Type.Object(
  {
    storageGB: opt(Type.Number()),
    structuredRecords10k: opt(Type.Number()),
    sharedStorageGB: opt(Type.Number()),
    sharedRecords10k: opt(Type.Number()),
    openedStorageGB: opt(Type.Number()),
    openedRecords10k: opt(Type.Number()),
  },
  strict,
);

export const RelatedMatterSchema = Type.Object({ name: Type.String(), code: opt(Type.String()) }, strict);

export const ReviewSchema = Type.Object(
  {
    status: oneOf(REVIEW_STATUSES),
    reviewer: opt(Type.String()),
    date: opt(Type.String()),
    note: opt(Type.String()),
  },
  strict,
);

// 公共数据资源登记 (发改数据规〔2025〕26号): the application type (Art. 9), where the registration stands (Art. 8),
// the 登记结果查询码 issued under the national coding rules (Art. 13) and the day it was issued, from which the
// three-year validity runs (Art. 15). All optional: a clerk records what the registration body has told them.
export const RegistrationSchema = Type.Object(
  {
    kind: opt(oneOf(REGISTRATION_KINDS)),
    status: opt(oneOf(REGISTRATION_STATUSES)),
    code: opt(Type.String({ description: '登记编码（登记结果查询码）' })),
    codedOn: opt(Type.String({ description: '赋码日期 YYYY-MM-DD' })),
  },
  strict,
);

export const ResourceSchema = Type.Object(
  {
    id: Type.String({ description: 'stable internal id; never shown, never reused' }),
    classification: opt(ClassificationSchema),
    code: opt(Type.String({ description: '信息资源代码 <分类码>/<顺序码>' })),
    name: opt(Type.String({ description: '信息资源名称' })),
    providerName: opt(Type.String({ description: '信息资源提供方' })),
    providerCode: opt(Type.String({ description: '信息资源提供方代码 (统一社会信用代码)' })),
    providerInnerDept: opt(Type.String({ description: '提供方内部处室' })),
    abstract: opt(Type.String({ description: '信息资源摘要' })),
    formatCategory: opt(oneOf(FORMAT_CATEGORIES)),
    formatType: opt(Type.String()),
    formatOtherDesc: opt(Type.String({ description: '其他类型资源格式描述' })),
    items: Type.Array(DataItemSchema, { description: '信息项' }),
    shareType: opt(oneOf(SHARE_TYPES)),
    shareCondition: opt(Type.String({ description: '共享条件 / 不予共享理由' })),
    shareBasis: opt(Type.Array(BasisSchema, { description: '共享依据' })),
    shareMethodCategory: opt(oneOf(SHARE_METHOD_CATEGORIES)),
    shareMethodType: opt(oneOf(SHARE_METHOD_TYPES)),
    applicationMaterials: opt(Type.Array(Type.String(), { description: '申请共享所需材料' })),
    shareReview: opt(ReviewSchema),
    openType: opt(oneOf(OPEN_TYPES)),
    openCondition: opt(Type.String({ description: '开放条件' })),
    notOpenReasons: opt(Type.Array(oneOf(NOT_OPEN_REASONS), { description: '不予开放理由' })),
    notOpenNote: opt(Type.String()),
    desensitized: opt(Type.Boolean({ description: '已依法脱密脱敏处理' })),
    rightsHolderConsent: opt(Type.Boolean({ description: '权利人同意开放' })),
    updateCycle: opt(oneOf(UPDATE_CYCLES)),
    updateCycleNote: opt(Type.String()),
    publishDate: opt(Type.String({ description: 'YYYY-MM-DD' })),
    relatedResourceCodes: opt(Type.Array(Type.String())),
    relatedMatters: opt(Type.Array(RelatedMatterSchema)),
    sourceSystem: opt(Type.String()),
    secret: opt(Type.Boolean({ description: '涉密' })),
    dataGrade: opt(oneOf(DATA_GRADES)),
    usageRequirements: opt(Type.String({ description: '使用要求' })),
    securityLevel: opt(Type.String({ description: '安全级别' })),
    itProject: opt(Type.String({ description: '所属信息化项目' })),
    involvesNaturalPersons: opt(Type.Boolean()),
    involvesLegalPersons: opt(Type.Boolean()),
    survey: opt(SurveySchema),
    extensions: opt(Type.Record(Type.String(), Type.String(), { description: 'province-specific extra fields' })),
    // The 2025 national layer: 政务数据共享条例 (国务院令第809号) and 公共数据资源登记管理暂行办法.
    leadCollectingDepartment: opt(Type.String({ description: '牵头收集部门' })),
    workSecret: opt(Type.Boolean({ description: '工作秘密' })),
    authorizedOperation: opt(Type.Boolean({ description: '纳入授权运营范围' })),
    registration: opt(RegistrationSchema),
    // Which shared library the data belongs to, whatever 类 it is filed under (a county department files its part
    // of the population library under 类 3): Yangzhou Art. 21 shares basic data unconditionally and 主题 data among
    // the departments (R24).
    basicLibrary: opt(oneOf(BASIC_LIBRARIES)),
    themeLibrary: opt(Type.String({ description: '所属主题库 (e.g. 政务服务、社会治理、生态环境、医疗健康、交通出行)' })),
    // The lists of docs/lists.md: how the data was obtained (Jilin Art. 24 and 29 keep data obtained through
    // sharing off the department's shared and open lists) and who answers for it (责任清单: Jilin Art. 24, Chongqing Art. 13).
    acquisition: opt(oneOf(ACQUISITION_METHODS)),
    accountablePerson: opt(Type.String({ description: '责任人' })),
    // 补充目录 / 个性化目录 (Jilin Art. 15, Anhui Art. 14): data a city or county adds beyond the provincial catalog.
    supplementary: opt(Type.Boolean({ description: '列入补充目录（个性化目录）: beyond the provincial catalog' })),
  },
  strict,
);

// 需求清单 (Chongqing Art. 12, Jilin Art. 24, 26): data this department needs from others for its duties — a record
// the catalog does not derive, kept beside it and reported with it so the county can summarise its units' needs.
export const NeedSchema = Type.Object(
  {
    id: Type.String({ description: 'stable internal id; never shown, never reused' }),
    requester: opt(Type.String({ description: '需求单位 (the department or its office)' })),
    resourceName: opt(Type.String({ description: '所需数据资源名称' })),
    resourceCode: opt(Type.String({ description: '所需信息资源代码, when the holder\'s catalog lists it' })),
    items: opt(Type.Array(Type.String(), { description: '所需信息项' })),
    holder: opt(Type.String({ description: '数据提供部门 (if known)' })),
    holderCode: opt(Type.String({ description: '数据提供部门统一社会信用代码 (if known)' })),
    scenario: opt(Type.String({ description: '应用场景' })),
    basis: opt(Type.Array(BasisSchema, { description: '需求依据' })),
    urgency: opt(oneOf(NEED_URGENCIES)),
    status: opt(oneOf(NEED_STATUSES)),
    statusReason: opt(Type.String({ description: '无法满足的原因 / 状态说明' })),
    raisedOn: opt(Type.String({ description: '提出日期 YYYY-MM-DD' })),
  },
  strict,
);

export const CatalogSchema = Type.Object(
  {
    format: Type.Literal(CATALOG_FORMAT),
    version: Type.Literal(CATALOG_FORMAT_VERSION),
    profile: Type.String(),
    // At most 2^53 − 1: beyond it a number no longer round-trips through JSON exactly, and verify refuses it.
    catalogVersion: opt(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'monotonic per department' })),
    updatedAt: opt(Type.String()),
    codeSequences: opt(
      Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'highest 顺序码 ever issued per 分类码; never reused' }),
    ),
    department: DepartmentSchema,
    resources: Type.Array(ResourceSchema),
    needs: opt(Type.Array(NeedSchema, { description: '需求清单' })),
  },
  strict,
);

export type Basis = Static<typeof BasisSchema>;
export type Department = Static<typeof DepartmentSchema>;
export type Classification = Static<typeof ClassificationSchema>;
export type DataItem = Static<typeof DataItemSchema>;
export type Resource = Static<typeof ResourceSchema>;
export type Review = Static<typeof ReviewSchema>;
export type Registration = Static<typeof RegistrationSchema>;
export type Need = Static<typeof NeedSchema>;
export type Catalog = Static<typeof CatalogSchema>;
