// The 清单 section's rows and filter (renderer/lists/list-table.ts): the cells are the CSV export's text, the
// numbering is the exports', and the filter narrows by text and, on the 负面清单, by scope.
import { describe, expect, it } from 'vitest';
import { listsCsv } from '../../../../core/lists/export-lists-csv.ts';
import { listDefinitions } from '../../../../core/lists/list-definitions.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { csvField } from '../../../../core/workbook/export-csv.ts';
import { vocabularyLabels } from '../../../../core/workbook/vocabulary-labels.ts';
import { filterListRows, listTableRows } from '../../../../renderer/lists/list-table.ts';

const profile = loadProfile('jilin');
const catalog = generateCatalog({ resources: 40, seed: 5, itemsPerResource: 4, profile: 'jilin' });
// One item withheld on its own while its resource is shared: a 负面清单 row of scope 信息项.
const sharedResource = catalog.resources.find((r) => r.shareType === 'unconditional' || r.shareType === 'conditional')!;
sharedResource.items[0] = { ...sharedResource.items[0]!, shareType: 'none', shareCondition: '含个人隐私' };
const labels = vocabularyLabels(profile);

describe('the 清单 table', () => {
  it('shows each list row for row as the CSV export writes it', () => {
    for (const { definition, parts } of listsCsv(catalog, profile)) {
      const rows = listTableRows(catalog, definition, labels);
      const lines = parts.join('').replace(/^\uFEFF/u, '').split('\r\n').slice(1, -1);
      if (rows.length === 0) expect(lines).toEqual([csvField(definition.empty.zh)]);
      else expect(rows.map((r) => r.cells.map(csvField).join(','))).toEqual(lines);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    }
  });

  it('filters by any column’s text, and the 负面清单 by scope', () => {
    const [shared, , negative] = listDefinitions(profile);
    const rows = listTableRows(catalog, shared!, labels);
    const name = rows[3]!.cells[2]!;
    const hit = filterListRows(rows, ` ${name} `);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.every((r) => r.cells.some((c) => c.includes(name)))).toBe(true);
    expect(filterListRows(rows, '')).toHaveLength(rows.length);
    expect(filterListRows(rows, '没有这样的文字')).toEqual([]);

    const negativeRows = listTableRows(catalog, negative!, labels);
    const items = filterListRows(negativeRows, '', 'item');
    const resources = filterListRows(negativeRows, '', 'resource');
    expect(items.length).toBeGreaterThan(0);
    expect(resources.length).toBeGreaterThan(0);
    expect(items.length + resources.length).toBe(negativeRows.length);
    expect(items.every((r) => r.cells[1] === '信息项')).toBe(true);
  });
});
