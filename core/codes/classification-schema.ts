// The shape of a classification node, in the national tree (assets/codes/classification.json) and in the nodes a
// profile adds to it.
import { Type, type Static } from '@sinclair/typebox';
import { BASIC_LIBRARIES } from '../model/enums.ts';
import { literalUnion } from '../model/literal-union.ts';

const strict = { additionalProperties: false } as const;

export const ClassificationNodeSchema = Type.Object(
  {
    /** 类 1 digit, 项 2, 目 3, then the 细目. */
    code: Type.String({ pattern: '^\\d+$' }),
    zh: Type.String({ minLength: 1 }),
    en: Type.String({ minLength: 1 }),
    /** Set on the 项 of the 基础信息资源目录 (人口, 法人, 信用, 自然资源和空间地理, 电子证照). */
    basicLibrary: Type.Optional(literalUnion(BASIC_LIBRARIES)),
  },
  strict,
);

export const ClassificationAssetSchema = Type.Object({ nodes: Type.Array(ClassificationNodeSchema) }, strict);

export type ClassificationNode = Static<typeof ClassificationNodeSchema>;
