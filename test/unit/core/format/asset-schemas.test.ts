// Every JSON asset core loads matches its schema, and a bad asset is refused naming the file and the JSON path.
// The files are read from disk here, so the test sees what ships, not what a module already checked and cached.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { ClassificationAssetSchema } from '../../../../core/codes/classification-schema.ts';
import { AssetSchemaError, checkedAsset } from '../../../../core/model/checked-asset.ts';
import { FieldLabelsAssetSchema } from '../../../../core/model/field-labels.ts';
import { VocabularyAssetSchema } from '../../../../core/model/vocabulary-schema.ts';
import { ProfileSchema } from '../../../../core/profiles/profile-schema.ts';
import { CitationAssetSchema } from '../../../../core/regulations/citation-schema.ts';
import { CATALOG_RULE_IDS, WORKBOOK_RULE_IDS } from '../../../../core/model/rule-ids.ts';
import { RulesAssetSchema, WorkbookRulesAssetSchema } from '../../../../core/rules/rule-schema.ts';
import { ColumnsAssetSchema } from '../../../../core/workbook/columns-schema.ts';
import { ListsAssetSchema } from '../../../../core/lists/lists-schema.ts';
import { HolidaysAssetSchema } from '../../../../core/calendar/holidays-schema.ts';
import { RegistrationFormAssetSchema } from '../../../../core/registration/registration-form-schema.ts';
import { InstructionsAssetSchema } from '../../../../core/workbook/instructions-schema.ts';

const root = join(import.meta.dirname, '../../../..');
const read = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

const profileFiles = readdirSync(join(root, 'assets/profiles')).filter((f) => f.endsWith('.json')).map((f) => `assets/profiles/${f}`);

const SCHEMAS: Record<string, TSchema> = {
  'assets/codes/classification.json': ClassificationAssetSchema,
  'assets/codes/fields.json': FieldLabelsAssetSchema,
  'assets/codes/vocabulary.json': VocabularyAssetSchema,
  'assets/regulations/regulations.json': CitationAssetSchema,
  'assets/regulations/standards.json': CitationAssetSchema,
  'assets/rules/rules.json': RulesAssetSchema,
  'assets/rules/workbook-rules.json': WorkbookRulesAssetSchema,
  'assets/templates/columns.json': ColumnsAssetSchema,
  'assets/templates/lists.json': ListsAssetSchema,
  'assets/calendar/cn-holidays.json': HolidaysAssetSchema,
  'assets/templates/registration-form.json': RegistrationFormAssetSchema,
  'assets/templates/instructions.json': InstructionsAssetSchema,
  ...Object.fromEntries(profileFiles.map((f) => [f, ProfileSchema])),
};

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [relative(root, join(dir, e.name))] : []));
}

/** The asset with the value at a JSON path replaced (or deleted, without a value), as a careless edit would. */
function edited(file: string, path: string, value?: unknown): unknown {
  const json = read(file);
  const keys = path.split('/').slice(1);
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, json as Record<string, unknown>);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return json;
}

function failure(schema: TSchema, value: unknown, file: string): AssetSchemaError {
  try {
    checkedAsset(schema, value, file);
  } catch (e) {
    if (e instanceof AssetSchemaError) return e;
    throw e;
  }
  throw new Error(`${file}: the edited asset passed its schema`);
}

describe('asset schemas', () => {
  it.each(Object.entries(SCHEMAS))('%s matches its schema', (file, schema) => {
    expect(() => checkedAsset(schema, read(file), file)).not.toThrow();
  });

  it('lists every profile file and the shared assets', () => {
    expect(profileFiles.length).toBeGreaterThanOrEqual(8);
    const checked = new Set(Object.keys(SCHEMAS));
    expect(jsonFiles(join(root, 'assets/codes')).filter((f) => !checked.has(f))).toEqual([]);
    expect(jsonFiles(join(root, 'assets/rules')).filter((f) => !checked.has(f))).toEqual([]);
    expect(jsonFiles(join(root, 'assets/regulations')).filter((f) => !checked.has(f))).toEqual([]);
  });

  it('the rule ids in code are the ids of the rule assets, in order', () => {
    expect(Object.keys((read('assets/rules/rules.json') as { rules: object }).rules)).toEqual([...CATALOG_RULE_IDS]);
    expect(Object.keys((read('assets/rules/workbook-rules.json') as { rules: object }).rules)).toEqual([...WORKBOOK_RULE_IDS]);
  });

  const BAD: { name: string; file: string; path: string; value?: unknown }[] = [
    { name: 'an unknown severity in a profile override', file: 'assets/profiles/anhui.json', path: '/rules/R04/severity', value: 'fatal' },
    { name: 'a profile configuring a rule that does not exist', file: 'assets/profiles/sixian.json', path: '/rules/R99', value: {} },
    { name: 'a citation without its article', file: 'assets/profiles/national.json', path: '/rules/R01/citations/0/article' },
    { name: 'a reworded label of a list that does not exist', file: 'assets/profiles/jilin.json', path: '/vocabulary/colour', value: {} },
    { name: 'a classification node with a letter in its code', file: 'assets/codes/classification.json', path: '/nodes/2/code', value: '1O1' },
    { name: 'a rule dropped from rules.json', file: 'assets/rules/rules.json', path: '/rules/R17' },
    { name: 'a variant without its English hint', file: 'assets/rules/workbook-rules.json', path: '/rules/W01/variants/notInList/hint/en' },
    { name: 'a closed-list key without a label', file: 'assets/codes/vocabulary.json', path: '/updateCycle/daily' },
    { name: 'a share method type in no category', file: 'assets/codes/vocabulary.json', path: '/shareMethodType/file/category', value: 'ftp' },
    { name: 'a column of an unknown kind', file: 'assets/templates/columns.json', path: '/resourceColumns/3/kind', value: 'money' },
    { name: 'a column naming a list that does not exist', file: 'assets/templates/columns.json', path: '/itemColumns/3/vocabulary', value: 'colour' },
    { name: 'a profile asking for a list that does not exist', file: 'assets/templates/lists.json', path: '/profiles/national/lists/1', value: 'wishes' },
    { name: 'a list left out by an unknown way of obtaining', file: 'assets/templates/lists.json', path: '/profiles/jilin/exclude/open/acquisition/0', value: 'bought' },
    { name: 'a field label without Chinese', file: 'assets/codes/fields.json', path: '/name/zh', value: '' },
    { name: 'a misspelt property of a quoted article', file: 'assets/regulations/standards.json', path: '/articles/0/quotes', value: '…' },
    { name: 'a holiday ending on a day that does not exist', file: 'assets/calendar/cn-holidays.json', path: '/years/2025/holidays/0/to', value: '2025-13-01' },
    { name: 'a registration column without a width', file: 'assets/templates/registration-form.json', path: '/columns/2/width' },
    { name: 'an instruction text missing for a kind of column', file: 'assets/templates/instructions.json', path: '/kinds/date' },
    { name: 'a year without the notice it comes from', file: 'assets/calendar/cn-holidays.json', path: '/years/2025/docNo', value: '' },
  ];

  it.each(BAD)('refuses $name, naming the file and the path', ({ file, path, value }) => {
    const e = failure(SCHEMAS[file]!, edited(file, path, value), file);
    expect({ file: e.file, path: e.path }).toEqual({ file, path });
    expect(e.message).toContain(`资源文件 ${file} 的 ${path}`);
  });
});
