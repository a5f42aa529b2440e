// LocalText as a schema, for the JSON assets that carry bilingual texts (core/i18n/text.ts is the type).
import { Type } from '@sinclair/typebox';

export const LocalTextSchema = Type.Object({ zh: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, { additionalProperties: false });
