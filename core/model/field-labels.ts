// The Chinese and English names of the model's fields by path (assets/codes/fields.json), for findings, the form
// and the workbook's messages.
import { Type } from '@sinclair/typebox';
import data from '../../assets/codes/fields.json';
import { LocalTextSchema } from '../i18n/local-text-schema.ts';
import type { LocalText } from '../i18n/text.ts';
import { checkedAsset } from './checked-asset.ts';

/** Keys are model paths: `name`, `items.dataType`, `department.uscc`, `registration.codedOn`. */
export const FieldLabelsAssetSchema = Type.Record(Type.String({ pattern: '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$' }), LocalTextSchema, { additionalProperties: false });

export const FIELD_LABELS: Readonly<Partial<Record<string, LocalText>>> = checkedAsset(FieldLabelsAssetSchema, data, 'assets/codes/fields.json');
