// The registration form the 打包上报 screen downloads: a file name Windows accepts, and the workbook core writes.
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../../core/xlsx/xlsx-reader.ts';
import { registrationFormBytes, registrationFormFileName } from '../../../../../renderer/services/package/registration-form-file.ts';
import { nthResource, validCatalog } from '../../../../harness/catalog-builders.ts';

describe('registration form download', () => {
  it('names the file after the unit, without characters Windows refuses', () => {
    expect(registrationFormFileName('泗县数据资源管理局')).toBe('泗县数据资源管理局-公共数据资源登记表.xlsx');
    expect(registrationFormFileName('县局/办公室:"一"')).toBe('县局办公室一-公共数据资源登记表.xlsx');
    expect(registrationFormFileName('  ')).toBe('本单位-公共数据资源登记表.xlsx');
  });

  it('is the workbook of the resources in scope, under the workspace profile', async () => {
    const catalog = validCatalog({ resources: [nthResource(0, { authorizedOperation: true }), nthResource(1)] });
    const opened = await openWorkbook(registrationFormBytes(catalog, 'jilin'));
    if (!opened.ok) throw new Error('not a workbook');
    let rows = 0;
    await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => void rows++);
    expect(rows).toBe(4);
  });
});
