// The 需求清单 through the catalog workbook and back: its own sheet, written with the catalog and read by the import,
// each need as it was; a cell that cannot be read is a W01 finding on its cell and changes nothing else.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readNeedsSheet, writeNeedsSheet } from '../../../../core/lists/needs-workbook.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { writeCatalogSheets } from '../../../../core/workbook/export-workbook.ts';
import { importWorkbook } from '../../../../core/workbook/import-workbook.ts';
import { workbookStyles } from '../../../../core/workbook/workbook-styles.ts';
import { writeXlsx } from '../../../../core/xlsx/xlsx-writer.ts';
import { basis, validCatalog, validNeed } from '../../../harness/catalog-builders.ts';

const profile = loadProfile('jilin');
const catalog: Catalog = validCatalog({
  profile: 'jilin',
  needs: [
    validNeed(),
    validNeed({ id: 'need-0002', resourceName: '社保缴费记录', items: undefined, holder: undefined, basis: [basis({ title: '某某条例', docNo: undefined, article: '第三条' })], urgency: 'urgent', status: 'unmet', statusReason: '提供部门无此数据' }),
    validNeed({ id: 'need-0003', resourceName: undefined, resourceCode: '341324021/000123', basis: undefined, raisedOn: undefined, status: 'met' }),
  ],
});

const workbookOf = (c: Catalog) =>
  writeXlsx(
    (writer) => {
      writeCatalogSheets(writer, c, { profile });
      writeNeedsSheet(writer, c, profile);
    },
    { styles: workbookStyles() },
  );

describe('需求清单 in the catalog workbook', () => {
  it('comes back from export and import as it was', async () => {
    const imported = await importWorkbook(workbookOf(catalog), { readNeeds: readNeedsSheet });
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog.needs).toEqual(catalog.needs);
    expect(imported.catalog.resources).toHaveLength(catalog.resources.length);
    expect(imported.findings.filter((f) => f.path.startsWith('needs'))).toEqual([]);
  });

  it('a catalog without needs has no such sheet, and its import holds none', async () => {
    const plain = validCatalog({ profile: 'jilin' });
    const imported = await importWorkbook(workbookOf(plain), { readNeeds: readNeedsSheet });
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog).not.toHaveProperty('needs');
  });

  it('names the cell of a value it cannot read and keeps the rest of the need', async () => {
    const bytes = workbookOf({ ...catalog, needs: [validNeed({ urgency: 'low' })] });
    // 不急 → 很急 (a word not on the list): same length, so the shared string is edited in place.
    const edited = replaceText(bytes, '不急', '很急');
    const imported = await importWorkbook(edited, { readNeeds: readNeedsSheet });
    if (!imported.ok) throw new Error(imported.message.zh);
    const [finding] = imported.findings.filter((f) => f.path.startsWith('needs'));
    expect(finding).toMatchObject({ ruleId: 'W01', path: 'needs[0].urgency', location: { cell: '需求清单!J2' } });
    expect(imported.catalog.needs).toEqual([{ ...validNeed(), urgency: undefined }]);
    expect(imported.catalog.needs![0]).not.toHaveProperty('urgency');
  });
});

/** The workbook with one text changed inside its (deflated) shared strings or sheet XML, re-zipped. */
function replaceText(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  let hits = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.xml')) continue;
    const text = new TextDecoder().decode(data);
    if (!text.includes(from)) continue;
    hits++;
    files[name] = new TextEncoder().encode(text.replaceAll(from, to));
  }
  if (hits === 0) throw new Error(`${from} is not in the workbook`);
  return zipSync(files);
}
