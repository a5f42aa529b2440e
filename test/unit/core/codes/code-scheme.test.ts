// The code scheme: region and department in the 分类码, so codes never collide above the county.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificationPrefix } from '../../../../core/codes/classification.ts';
import { carriesDepartment, departmentClassification, departmentCodeProblem, departmentNodes, provinceCatalog } from '../../../../core/codes/code-scheme.ts';
import { ResourceCodeAllocator } from '../../../../core/codes/resource-code.ts';
import { loadProfile, PROFILE_IDS } from '../../../../core/profiles/profile.ts';

const scheme = loadProfile('anhui').codeScheme;

describe('departmentClassification', () => {
  it('puts the province, the division and the department number under 3·07', () => {
    expect(departmentClassification({ divisionCode: '341324', number: '005' }, scheme)).toEqual({ class: '3', item: '07', catalog: '034', subCatalogs: ['341324', '005'] });
    expect(departmentClassification({ divisionCode: '341324106', number: '001' }, scheme)).toEqual({ class: '3', item: '07', catalog: '034', subCatalogs: ['341324106', '001'] });
    expect(provinceCatalog('500101')).toBe('050');
  });

  it('needs a division code and a number of the scheme’s width', () => {
    expect(departmentClassification({ divisionCode: '341324', number: undefined }, scheme)).toBeUndefined();
    expect(departmentCodeProblem({ divisionCode: '341324', number: '5' }, scheme)).toEqual({ kind: 'number', value: '5', width: 3 });
    expect(departmentCodeProblem({ divisionCode: '34132', number: '005' }, scheme)).toEqual({ kind: 'division', value: '34132' });
  });

  it('is in every profile, with where it comes from', () => {
    for (const id of PROFILE_IDS) {
      const s = loadProfile(id).codeScheme;
      expect(s.departmentItem, id).toBe('07');
      expect(s.departmentNumberWidth, id).toBe(3);
      expect(s.source.zh.length, id).toBeGreaterThan(10);
    }
  });
});

describe('departmentNodes', () => {
  const tree = loadProfile('anhui').classification;
  const nodes = departmentNodes(tree, { name: '泗县公安局', divisionCode: '341324', number: '001' }, scheme, '泗县');

  it('adds the department under its province and under every 目 of 类 1 and 2', () => {
    const codes = nodes.map((n) => n.code);
    expect(codes).toContain('307034341324');
    expect(codes).toContain('307034341324001');
    expect(codes).toContain('101001341324001');
    expect(codes).toContain('212001341324001');
    expect(codes).not.toContain('307032341324001');
    expect(nodes.find((n) => n.code === '307034341324001')?.zh).toBe('泗县公安局（001）');
  });

  it('adds nothing without a department number', () => {
    expect(departmentNodes(tree, { name: '泗县公安局', divisionCode: '341324', number: '' }, scheme)).toEqual([]);
  });
});

describe('codes issued from distinct (division, department) pairs', () => {
  const county = fc.stringMatching(/^[1-6]\d{5}$/);
  const township = fc.stringMatching(/^[1-6]\d{8}$/);
  const division = fc.oneof(county, township);
  const number = fc.stringMatching(/^\d{3}$/);
  const pair = fc.record({ divisionCode: division, number });
  const classOf = fc.constantFrom('department', '101001', '202001', '105003');

  it('never collide, whatever class and 目 the two departments file under', () => {
    fc.assert(
      fc.property(pair, pair, classOf, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (a, b, target, na, nb) => {
        fc.pre(a.divisionCode !== b.divisionCode || a.number !== b.number);
        const issue = (dept: typeof a, n: number) => {
          const own = departmentClassification(dept, scheme)!;
          const c = target === 'department' ? own : { class: target[0]!, item: target.slice(1, 3), catalog: target.slice(3), subCatalogs: own.subCatalogs };
          expect(carriesDepartment(c, dept, scheme)).toBe(true);
          // Each department's own catalog allocates its own numbers from 1.
          const alloc = new ResourceCodeAllocator();
          const codes: string[] = [];
          for (let i = 0; i < n; i++) codes.push(alloc.next(c));
          return codes;
        };
        const left = new Set(issue(a, na));
        for (const code of issue(b, nb)) expect(left.has(code), code).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('give distinct 分类码, a county’s and a township’s included', () => {
    fc.assert(
      fc.property(pair, pair, (a, b) => {
        fc.pre(a.divisionCode !== b.divisionCode || a.number !== b.number);
        const pa = classificationPrefix(departmentClassification(a, scheme)!);
        const pb = classificationPrefix(departmentClassification(b, scheme)!);
        expect(pa).not.toBe(pb);
      }),
      { numRuns: 2000 },
    );
  });
});
