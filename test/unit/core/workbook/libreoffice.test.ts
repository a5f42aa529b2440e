// A Mulu export opened and saved again by another office suite still imports as the same catalog: LibreOffice
// rewrites every part (shared strings after the sheets, rich-text runs for mixed CJK/Latin text, its own styles
// and date formats) and drops the hidden state of sheets (excel-notes §5).
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { exportWorkbook } from '../../../../core/workbook/export-workbook.ts';
import { importWorkbook } from '../../../../core/workbook/import-workbook.ts';
import { convertWithLibreOffice } from '../../../harness/libreoffice.ts';
import { withoutBlankParts } from './workbook-harness.ts';

describe('a workbook re-saved by LibreOffice', () => {
  it('imports back into the catalog that was exported', { timeout: 90_000 }, async () => {
    const catalog = generateCatalog({ resources: 25, seed: 17, profile: 'jilin', mistakeRate: 0.3 });
    const resaved = convertWithLibreOffice(exportWorkbook(catalog, { profile: loadProfile('jilin') }), 'xlsx');
    const imported = await importWorkbook(resaved);
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(imported.catalog).toEqual(withoutBlankParts(catalog));
  });
});
