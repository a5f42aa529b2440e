// Every field of the resource and data-item model has a name in both languages, a workbook column (or a stated
// reason for none) and a place on the form (or a stated reason for none). A field added to the model without
// them fails here, naming the field.
import { describe, expect, it } from 'vitest';
import { DataItemSchema, ResourceSchema } from '../../../../core/model/catalog.ts';
import { FIELD_LABELS } from '../../../../core/model/field-labels.ts';
import { ITEM_COLUMNS, NOT_COLUMNS, RESOURCE_COLUMNS } from '../../../../core/workbook/columns.ts';
import { GRID_COLUMNS } from '../../../../renderer/resource-form/item-columns.ts';
import { FORM_SECTIONS, NOT_ON_FORM } from '../../../../renderer/resource-form/form-sections.ts';

const RESOURCE_FIELDS = Object.keys(ResourceSchema.properties);
const ITEM_FIELDS = Object.keys(DataItemSchema.properties).map((f) => `items.${f}`);
const MODEL_FIELDS = [...RESOURCE_FIELDS, ...ITEM_FIELDS];

/** A column holds the field itself or one of its parts (classification.class for classification). */
const hasColumn = (field: string) => [...RESOURCE_COLUMNS, ...ITEM_COLUMNS].some((c) => c.field === field || c.field.startsWith(`${field}.`));
const noColumnReason = (field: string) => NOT_COLUMNS.find((n) => n.field === field)?.reason;
const FORM_FIELDS = new Set<string>(FORM_SECTIONS.flatMap((s) => s.fields.map((f) => f.field)));
const GRID_FIELDS = new Set(GRID_COLUMNS.map((c) => `items.${c.field}`));
const notOnForm: Readonly<Record<string, string>> = NOT_ON_FORM;

describe('field coverage', () => {
  it('the model has the fields this test walks', () => {
    expect(RESOURCE_FIELDS).toContain('shareType');
    expect(ITEM_FIELDS).toContain('items.dataType');
  });

  it.each(MODEL_FIELDS)('%s has a Chinese and an English name', (field) => {
    expect(FIELD_LABELS[field]?.zh, field).toBeTruthy();
    expect(FIELD_LABELS[field]?.en, field).toBeTruthy();
  });

  it.each(MODEL_FIELDS)('%s has a workbook column or a stated reason for none', (field) => {
    expect(hasColumn(field) || Boolean(noColumnReason(field)), field).toBe(true);
  });

  it('a stated exclusion names a model field that really has no column', () => {
    for (const { field } of NOT_COLUMNS) {
      expect(MODEL_FIELDS, field).toContain(field);
      expect(hasColumn(field), field).toBe(false);
    }
  });

  it.each(RESOURCE_FIELDS)('%s is on the resource form or has a stated reason for not being there', (field) => {
    expect(FORM_FIELDS.has(field) !== (field in notOnForm), field).toBe(true);
  });

  it.each(ITEM_FIELDS)('%s is a column of the data-item grid', (field) => {
    expect(GRID_FIELDS.has(field), field).toBe(true);
  });
});
