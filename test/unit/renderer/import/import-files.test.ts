// The files of the 导入 section: the annotated copy's name, and the blank template for the workspace.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { importWorkbook } from '../../../../core/workbook/import-workbook.ts';
import { openWorkbook } from '../../../../core/xlsx/xlsx-reader.ts';
import { annotatedFileName, emptyTemplate } from '../../../../renderer/import/import-files.ts';

const DEPARTMENT = { name: '泗县农业农村局', uscc: '11341324003000123X', divisionCode: '341324' };

describe('import files', () => {
  it('names the annotated copy after the original, always .xlsx', () => {
    expect(annotatedFileName('泗县目录.xlsx')).toBe('泗县目录-校验标注.xlsx');
    expect(annotatedFileName('2026.目录.XLSX')).toBe('2026.目录-校验标注.xlsx');
    expect(annotatedFileName('无扩展名')).toBe('无扩展名-校验标注.xlsx');
  });

  it('makes the blank template of the workspace: Mulu’s sheets, its department, its profile, no resources', async () => {
    const bytes = emptyTemplate({ department: DEPARTMENT, profileId: 'jilin' });
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.message.zh);
    const names = opened.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['资源', '信息项', '单位信息', '填写说明']));
    const imported = await importWorkbook(bytes);
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog.resources).toEqual([]);
    expect(imported.profile.id).toBe(loadProfile('jilin').id);
    expect(imported.catalog.department.name).toBe(DEPARTMENT.name);
    expect(imported.catalog.department.uscc).toBe(DEPARTMENT.uscc);
  });
});
