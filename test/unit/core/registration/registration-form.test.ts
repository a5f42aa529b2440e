// The registration form: which resources it lists, what each column holds, and the .xlsx it is written as, read
// back with Mulu's own workbook reader.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { registrationForm, REGISTRATION_COLUMNS } from '../../../../core/registration/registration-form.ts';
import { registrationWorkbook } from '../../../../core/workbook/registration-workbook.ts';
import { registrationValidUntil } from '../../../../core/registration/validity.ts';
import { openWorkbook, type XlsxRow } from '../../../../core/xlsx/xlsx-reader.ts';
import { nthResource, PROVIDER_NAME, validCatalog } from '../../../harness/catalog-builders.ts';

const profile = loadProfile('anhui');
const catalog = () =>
  validCatalog({
    resources: [
      nthResource(0, { authorizedOperation: true }),
      nthResource(1),
      nthResource(2, {
        authorizedOperation: true,
        shareBasis: [{ title: '中华人民共和国户口登记条例', article: '第四条', level: 'law' }],
        registration: { kind: 'change', status: 'coded', code: 'DJ-2025-000042', codedOn: '2025-04-01' },
      }),
      nthResource(3, { secret: true }),
      nthResource(4, { workSecret: true }),
    ],
  });

const column = (key: string) => REGISTRATION_COLUMNS.findIndex((c) => c.key === key);

describe('registration form rows', () => {
  it('lists the resources in the scope of authorised operation, numbered, with where they sit', () => {
    const form = registrationForm(catalog(), { profile });
    expect(form.rows.map((r) => r.resourceIndex)).toEqual([0, 2]);
    expect(form.rows.map((r) => r.values.index)).toEqual([1, 2]);
    expect(form.title.zh).toBe('公共数据资源登记表（泗县数据资源管理局）');
  });

  it('with `all`, also lists the resources that may be registered, never 涉密 or 工作秘密 ones', () => {
    expect(registrationForm(catalog(), { profile, all: true }).rows.map((r) => r.resourceIndex)).toEqual([0, 1, 2]);
  });

  it('fills the unit, the data, and the registration; an unregistered resource is applied for as 首次登记', () => {
    const [first, second] = registrationForm(catalog(), { profile }).rows;
    expect(first!.values).toMatchObject({
      subjectName: '泗县数据资源管理局',
      kind: '首次登记',
      name: '户籍人口基本信息第1册',
      code: '307034341324001/000001',
      provider: PROVIDER_NAME,
      status: '未登记',
      registrationCode: undefined,
      validUntil: undefined,
    });
    expect(first!.values.items).toBeGreaterThan(0);
    expect(second!.values).toMatchObject({ basis: '《中华人民共和国户口登记条例》第四条', kind: '变更登记', status: '已赋码', registrationCode: 'DJ-2025-000042', codedOn: '2025-04-01', validUntil: '2028-04-01' });
  });

  it('has a value for every column of the form data', () => {
    const row = registrationForm(catalog(), { profile }).rows[1]!;
    for (const c of REGISTRATION_COLUMNS) expect(row.values[c.key], c.key).not.toBeUndefined();
  });
});

describe('registration validity (Art. 15: three years from the day the code is issued)', () => {
  it('runs through the anniversary, and refuses what is not a date', () => {
    expect(registrationValidUntil('2025-04-01')).toBe('2028-04-01');
    expect(registrationValidUntil(' 2024-02-29 ')).toBe('2027-03-01');
    expect(registrationValidUntil('2025-02-30')).toBeUndefined();
    expect(registrationValidUntil('2025/04/01')).toBeUndefined();
  });
});

describe('registration form workbook', () => {
  it('opens with Mulu’s reader: title, basis, headers, one row per resource, identifiers as text and dates as dates', async () => {
    const opened = await openWorkbook(registrationWorkbook(catalog(), { profile }));
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const { workbook } = opened;
    expect(workbook.sheets.map((s) => s.name)).toEqual(['公共数据资源登记表']);
    const rows: XlsxRow[] = [];
    const read = await workbook.readSheet(workbook.sheets[0]!, (r) => void rows.push(r));
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.merges).toContain(`A1:S1`);
    expect(rows[0]!.cells[0]!.text).toBe('公共数据资源登记表（泗县数据资源管理局）');
    expect(rows[1]!.cells[0]!.text).toContain('第五条');
    expect(rows[2]!.cells.map((c) => c?.text.split('\n')[0])).toEqual(REGISTRATION_COLUMNS.map((c) => c.header.zh));
    expect(rows).toHaveLength(5);
    const last = rows[4]!.cells;
    expect(last[column('registrationCode')]).toMatchObject({ kind: 'text', text: 'DJ-2025-000042' });
    expect(last[column('code')]).toMatchObject({ kind: 'text', text: '307034341324001/000003' });
    expect(last[column('codedOn')]!.format?.isDate).toBe(true);
    expect(last[column('items')]).toMatchObject({ kind: 'number' });
  });

  it('is an empty form (headers only) when nothing is in scope', async () => {
    const opened = await openWorkbook(registrationWorkbook(validCatalog(), { profile }));
    if (!opened.ok) throw new Error('not opened');
    let count = 0;
    await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => void count++);
    expect(count).toBe(3);
  });
});
