// The shape of assets/templates/registration-form.json: the sheet's name, title and basis line, and its columns
// (what each holds is `key`, filled by core/registration/registration-form.ts). Checked when the module loads.
import { Type, type Static } from '@sinclair/typebox';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';

const flag = Type.Optional(Type.Boolean());

export const RegistrationColumnSchema = Type.Object(
  {
    key: Type.String({ minLength: 1 }),
    header: LocalTextSchema,
    /** Excel's column width, in characters. */
    width: Type.Number({ minimum: 1, maximum: 255 }),
    /** An identifier: written as a text cell. */
    text: flag,
    date: flag,
    wrap: flag,
    /** On the printed form too (the workbook has every column). */
    print: flag,
  },
  { additionalProperties: false },
);

export type RegistrationColumn = Static<typeof RegistrationColumnSchema>;

export const RegistrationFormAssetSchema = Type.Object(
  { sheet: LocalTextSchema, title: LocalTextSchema, basis: LocalTextSchema, columns: Type.Array(RegistrationColumnSchema, { minItems: 1 }) },
  { additionalProperties: false },
);
