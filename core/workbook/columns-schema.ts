// The shape of assets/templates/columns.json: the template's sheets and columns, and the model fields that have
// no column, each with the reason (the field-coverage test holds every model field to a column or a reason).
import { Type, type Static } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import { literalUnion } from '../model/literal-union.ts';
import { VocabularyAssetSchema } from '../model/vocabulary-schema.ts';

const strict = { additionalProperties: false } as const;
const opt = Type.Optional;

export const COLUMN_KINDS = [
  'text', // free text, written as is
  'code', // an identifier: always text, leading zeros kept
  'digits', // a fixed-width numeric code (类 1, 项 2, 目 3 digits): padded if a number lost its zeros
  'list', // several texts in one cell, separated by ；
  'vocab', // one value of a closed list, shown by its label
  'vocabList', // several values of a closed list
  'boolean', // 是 / 否
  'date', // YYYY-MM-DD
  'number',
  'integer',
  'basis', // legal bases: 《标题》（文号）条款【层级】, one per line
  'matters', // related matters: 名称（事项编码：代码）
] as const;

export const SHEET_ROLES = ['resources', 'items', 'department', 'dictionary', 'instructions', 'metadata'] as const;

export const ColumnSpecSchema = Type.Object(
  {
    /**
     * Path in the model: a resource field (`shareReview.status`), `items.<field>`, `department.<field>`, or the item
     * sheet's join columns `resourceCode` and `resourceId` (the resource's hidden internal id, exact even when codes repeat).
     */
    field: Type.String({ minLength: 1 }),
    header: LocalTextSchema,
    kind: literalUnion(COLUMN_KINDS),
    width: Type.Number({ exclusiveMinimum: 0 }),
    aliases: opt(Type.Array(Type.String({ minLength: 1 }))),
    /** Fixed width of a numeric code (of each entry, for a list): a number that lost its leading zeros is padded. */
    digits: opt(Type.Integer({ minimum: 1 })),
    /**
     * The column may appear more than once, each a further level in column order: the national template's
     * 细目分类1, 细目分类1.1 … (catalog-standard.md §1.4).
     */
    repeatable: opt(Type.Boolean()),
    vocabulary: opt(Type.KeyOf(VocabularyAssetSchema)),
    wrap: opt(Type.Boolean()),
    hidden: opt(Type.Boolean()),
  },
  strict,
);

/** A model field the template has no column for, and why. */
export const NotColumnSchema = Type.Object({ field: Type.String({ minLength: 1 }), reason: Type.String({ minLength: 1 }) }, strict);

export const ColumnsAssetSchema = Type.Object(
  {
    sheets: Type.Record(literalUnion(SHEET_ROLES), LocalTextSchema, strict),
    ignoredHeaders: Type.Array(Type.String()),
    resourceColumns: Type.Array(ColumnSpecSchema),
    itemColumns: Type.Array(ColumnSpecSchema),
    departmentFields: Type.Array(ColumnSpecSchema),
    importOnly: Type.Array(ColumnSpecSchema),
    notColumns: Type.Array(NotColumnSchema),
  },
  strict,
);

export type ColumnKind = (typeof COLUMN_KINDS)[number];
export type SheetRole = (typeof SHEET_ROLES)[number];
export type ColumnSpec = Static<typeof ColumnSpecSchema>;
export type NotColumn = Static<typeof NotColumnSchema>;
