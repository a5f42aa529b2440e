// Generated documents must match the data they are generated from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../../core/report/rules-doc.ts';
import { catalogJsonSchema } from '../../core/format/json-schema.ts';
import { RULE_DEFINITIONS, WORKBOOK_RULE_DEFINITIONS } from '../../core/rules/definitions.ts';

describe('generated docs', () => {
  it('docs/rules.md is up to date (run npm run docs)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc());
  });

  it('docs/catalog.schema.json is up to date (run npm run docs)', () => {
    expect(readFileSync('docs/catalog.schema.json', 'utf8')).toBe(catalogJsonSchema());
  });

  it('rules.md lists every rule with its citations', () => {
    const doc = renderRulesDoc();
    for (const id of [...RULE_DEFINITIONS.keys(), ...WORKBOOK_RULE_DEFINITIONS.keys()]) expect(doc).toContain(`## ${id} `);
    expect(doc).toContain('《安徽省政务数据资源管理办法》第二十二条');
    expect(doc).toContain('授权共享');
  });
});
