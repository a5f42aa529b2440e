// 行政区划代码 against the bundled statistical table (catalog-standard.md §5.3).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDivisionCode, loadDivisionTable, type DivisionTable } from '../../../../core/codes/division.ts';

let table: DivisionTable;
beforeAll(async () => {
  table = await loadDivisionTable();
});

describe('checkDivisionCode', () => {
  it('names 341324 as 安徽省 宿州市 泗县 at county level', () => {
    expect(checkDivisionCode('341324', table)).toEqual({ level: 'county', names: ['安徽省', '宿州市', '泗县'] });
  });

  it('resolves a known 9-digit township code', () => {
    expect(checkDivisionCode('341324100', table)).toEqual({ level: 'township', names: ['安徽省', '宿州市', '泗县', '泗城镇'] });
    expect(checkDivisionCode('341324001', table).names.at(-1)).toBe('运河街道');
  });

  it('reports an unknown township of a known county, keeping the county path', () => {
    expect(checkDivisionCode('341324999', table)).toEqual({ level: 'township', names: ['安徽省', '宿州市', '泗县'], problem: 'unknown' });
  });

  it('reports an unknown county with whatever outer levels are known', () => {
    const res = checkDivisionCode('341399', table);
    expect(res.problem).toBe('unknown');
    expect(res.level).toBe('county');
    expect(res.names).toEqual(['安徽省', '宿州市']);
    expect(checkDivisionCode('990101', table)).toEqual({ level: 'county', names: [], problem: 'unknown' });
  });

  it.each(['34132', '3413241', '34132410', '3413241000', '34132a', ' 341324', '３４１３２４', ''])('rejects the malformed code %j', (code) => {
    expect(checkDivisionCode(code, table)).toEqual({ names: [], problem: 'format' });
  });

  it('says where its data comes from', () => {
    expect(table.source).toMatch(/统计用区划代码/);
    expect(Object.keys(table.counties).length).toBeGreaterThan(2800);
  });
});
