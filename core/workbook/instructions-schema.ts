// The shape of assets/templates/instructions.json, the texts of the 填写说明 sheet: general notes, the column table's
// header, and what each kind of column expects (one text for every kind columns.json may use).
import { Type } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import { literalUnion } from '../model/literal-union.ts';
import { COLUMN_KINDS } from './columns-schema.ts';

const strict = { additionalProperties: false } as const;
const Headers = Type.Array(Type.String({ minLength: 1 }), { minItems: 4, maxItems: 4 });

export const InstructionsAssetSchema = Type.Object(
  {
    title: LocalTextSchema,
    notes: Type.Array(LocalTextSchema, { minItems: 1 }),
    columnTable: Type.Object({ zh: Headers, en: Headers }, strict),
    required: LocalTextSchema,
    optional: LocalTextSchema,
    kinds: Type.Record(literalUnion(COLUMN_KINDS), LocalTextSchema, strict),
    validation: Type.Object({ errorTitle: LocalTextSchema, error: LocalTextSchema }, strict),
    departmentTitle: LocalTextSchema,
    departmentValue: LocalTextSchema,
  },
  strict,
);
