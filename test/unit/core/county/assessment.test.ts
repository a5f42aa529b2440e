// The assessment sheet per unit: completeness of the profile's mandatory fields, share and open ratios, the report
// status when a round is given, returned resources when receipts are; what is not computed is said, and the
// workbook has the frozen Chinese header.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../core/calendar/working-days.ts';
import { assessCounty, NOT_COMPUTED } from '../../../../core/county/assessment.ts';
import { writeAssessmentWorkbook } from '../../../../core/county/assessment-workbook.ts';
import { attributeResource, type Attribution } from '../../../../core/county/attribution.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { openWorkbook } from '../../../../core/xlsx/xlsx-reader.ts';

const unit = (n: number, name: string): Attribution => ({
  unit: { name, uscc: `U${n}`, divisionCode: '341324' },
  sourceFile: `${n}.zip`,
  packageId: `U${n}-v1-x`,
  version: 1,
  date: '2026-12-03T02:00:00.000Z',
  manifestDigest: 'sm3:00',
});

function county(): Catalog {
  const a = generateCatalog({ resources: 4, seed: 5, clean: true });
  const b = generateCatalog({ resources: 2, seed: 6, clean: true });
  a.resources.forEach((r, i) => ((r.shareType = i === 0 ? 'none' : 'unconditional'), (r.openType = i < 3 ? 'none' : 'conditional')));
  delete b.resources[0]!.abstract;
  return { ...a, department: { name: '泗县数据资源管理局', uscc: '', divisionCode: '341324' }, resources: [...a.resources.map((r) => attributeResource(r, unit(1, '泗县甲局'))), ...b.resources.map((r) => attributeResource(r, unit(2, '泗县乙局')))] };
}

describe('assessCounty', () => {
  const profile = loadProfile('sixian');

  it('counts per unit: mandatory fields filled, shared and open resources', () => {
    const result = assessCounty({ county: county(), profile });
    const [a, b] = result.units;
    expect([a!.unit.name, a!.resources, a!.completeness.ratio, a!.share.ratio, a!.open.ratio]).toEqual(['泗县甲局', 4, 1, 0.75, 0.25]);
    expect(b!.completeness.filled).toBe(b!.completeness.required - 1);
    expect(result.notComputed).toEqual([NOT_COMPUTED.timeliness, NOT_COMPUTED.returned]);
    expect(result.units.every((u) => u.report === undefined && u.returned === undefined)).toBe(true);
  });

  it('with a roster, a round and receipts: units without resources, report status, returned counts', () => {
    const result = assessCounty({
      county: county(),
      profile,
      roster: [{ name: '泗县丙局', uscc: 'U3' }, { name: '泗县甲局', uscc: 'U1' }],
      round: { due: '2026-12-04', today: '2026-12-09', calendar: createCalendar() },
      returned: new Map([['U1', 2]]),
    });
    expect(result.units.map((u) => [u.unit.name, u.resources, u.report!.state, u.returned, u.notInRoster ?? false])).toEqual([
      ['泗县丙局', 0, 'overdue', 0, false],
      ['泗县甲局', 4, 'reported', 2, false],
      ['泗县乙局', 2, 'reported', 0, true],
    ]);
    expect(result.notComputed).toEqual([]);
  });

  it('the workbook: a frozen header of Chinese titles, one row per unit, and what was not computed', async () => {
    const bytes = writeAssessmentWorkbook(assessCounty({ county: county(), profile }));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain('state="frozen"');
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.reason);
    const { workbook } = opened;
    expect(workbook.sheets.map((s) => s.name)).toEqual(['考核情况', '说明']);
    const rows: unknown[][] = [];
    await workbook.readSheet(workbook.sheets[0]!, (row) => void rows.push(row.cells.map((c) => c?.text)));
    expect(rows[0]!.slice(0, 4)).toEqual(['单位名称', '统一社会信用代码', '资源数', '必填项完整率（%）']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5]])).toEqual([
      ['泗县甲局', '4', '75'],
      ['泗县乙局', '2', '100'],
    ]);
    const notes: unknown[] = [];
    await workbook.readSheet(workbook.sheets[1]!, (row) => void notes.push(row.cells[0]?.text));
    expect(notes).toContain(NOT_COMPUTED.returned.zh);
  });
});
