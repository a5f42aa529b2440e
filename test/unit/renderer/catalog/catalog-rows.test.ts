// The list's error and warning counts: a resource's own findings and the cross-record ones that name it.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../core/rules/types.ts';
import { catalogRows } from '../../../../renderer/catalog/catalog-rows.ts';
import { nthResource, validCatalog } from '../../../harness/catalog-builders.ts';

const finding = (severity: Finding['severity'], resourceIndex?: number): Finding => ({
  ruleId: 'R01',
  severity,
  path: resourceIndex === undefined ? 'department' : `resources[${resourceIndex}]`,
  ...(resourceIndex !== undefined && { resourceIndex }),
  message: { zh: '问题', en: 'problem' },
  hint: { zh: '修改', en: 'fix' },
  citations: [],
});

describe('catalog rows', () => {
  it('counts errors and warnings per resource, ignoring notices and catalog-level findings', () => {
    const catalog = validCatalog({ resources: [nthResource(0), nthResource(1), nthResource(2)] });
    const [a, b, c] = catalog.resources.map((r) => r.id);
    const rows = catalogRows(catalog, {
      own: new Map([
        [a!, [finding('error'), finding('warning'), finding('info')]],
        [c!, [finding('warning'), finding('warning')]],
      ]),
      // The last names a resource deleted since the cross-record run.
      crossRecord: [
        { finding: finding('error', 1), resourceId: b! },
        { finding: finding('error', 0), resourceId: a! },
        { finding: finding('warning') },
        { finding: finding('error', 7), resourceId: 'gone' },
      ],
    });
    expect(rows.map(({ id, index, errors, warnings }) => ({ id, index, errors, warnings }))).toEqual([
      { id: 'res-0001', index: 0, errors: 2, warnings: 1 },
      { id: 'res-0002', index: 1, errors: 1, warnings: 0 },
      { id: 'res-0003', index: 2, errors: 0, warnings: 2 },
    ]);
    expect(rows[1]!.resource).toBe(catalog.resources[1]);
    // b has no own findings yet: not checked (the session is still checking), whatever the cross-record ones say.
    expect(rows.map((r) => r.checked)).toEqual([true, false, true]);
  });
});
