// The shape of assets/codes/vocabulary.json: for every closed list of the model, a label for each of its keys —
// no key missing, none extra — with the extras some lists carry (the format types of a 格式分类, the 分类 of a
// 共享方式类型, spellings earlier versions wrote).
import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
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
  SEVERITIES,
  SHARE_METHOD_CATEGORIES,
  SHARE_METHOD_TYPES,
  SHARE_TYPES,
  UPDATE_CYCLES,
} from './enums.ts';

const strict = { additionalProperties: false } as const;

const label = <P extends TProperties>(extra: P) =>
  Type.Object({ zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }), formerly: Type.Optional(Type.Array(Type.String())), ...extra }, strict);
const labels = <const T extends readonly string[], L extends TObject>(keys: T, entry: L) => Type.Record(literalUnion(keys), entry, strict);
const plain = label({});

export const VocabularyAssetSchema = Type.Object(
  {
    shareType: labels(SHARE_TYPES, plain),
    openType: labels(OPEN_TYPES, plain),
    shareMethodCategory: labels(SHARE_METHOD_CATEGORIES, plain),
    shareMethodType: labels(SHARE_METHOD_TYPES, label({ category: literalUnion(SHARE_METHOD_CATEGORIES) })),
    updateCycle: labels(UPDATE_CYCLES, plain),
    formatCategory: labels(FORMAT_CATEGORIES, label({ types: Type.Array(Type.String({ minLength: 1 })) })),
    dataType: labels(DATA_TYPES, plain),
    basisLevel: labels(BASIS_LEVELS, plain),
    dataGrade: labels(DATA_GRADES, plain),
    notOpenReason: labels(NOT_OPEN_REASONS, plain),
    reviewStatus: labels(REVIEW_STATUSES, plain),
    basicLibrary: labels(BASIC_LIBRARIES, plain),
    severity: labels(SEVERITIES, plain),
    registrationKind: labels(REGISTRATION_KINDS, plain),
    registrationStatus: labels(REGISTRATION_STATUSES, plain),
    acquisition: labels(ACQUISITION_METHODS, plain),
    needUrgency: labels(NEED_URGENCIES, plain),
    needStatus: labels(NEED_STATUSES, plain),
  },
  strict,
);

export type VocabularyAsset = Static<typeof VocabularyAssetSchema>;
