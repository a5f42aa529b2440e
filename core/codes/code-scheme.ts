// The code scheme: which levels of the 分类码 name the region and the department, so that resource codes issued
// by different departments never collide once the county's catalogs are merged into the city's and the
// province's. The 2017 guideline fixes only 类(1) 项(2) 目(3) and leaves the 细目 "不定长度" to the jurisdiction
// (catalog-standard.md §3.1); the provinces Mulu ships for publish no 目/细目 assignment we could find
// (docs/code-scheme.md). So the scheme is explicit, derived from public codes, and data (the profile's codeScheme):
//
//   类 3 部门:   3 · 07 · 0+省码(GB/T 2260, 2 位) · 行政区划代码(6 位县级 / 9 位乡级) · 部门编号 / 顺序码
//   类 1、2:     类 · 项 · 目 (national tree)       · 行政区划代码               · 部门编号 / 顺序码
//
// The division code is unique nationwide and the 部门编号 (fixed width, assigned by the county or township
// authority) is unique within it; with the number's width fixed, the length of the 细目 tells a county's code from a
// township's, so two distinct (division, department) pairs always give distinct prefixes.
import type { Classification, Department } from '../model/catalog.ts';
import type { ClassificationNode, ClassificationTree } from './classification.ts';

export interface CodeScheme {
  /** The 项 of 类 3 holding the jurisdiction's departments: 07 = 省（自治区、直辖市）及其下各级政务部门. */
  departmentItem: string;
  /** Digits of the 部门编号 the county (or township) authority assigns. */
  departmentNumberWidth: number;
  /** A 顺序码 width the jurisdiction fixes; undefined: 6 digits are issued and 4–5 digits are only warned about. */
  sequenceWidth?: number;
}

export const DEFAULT_SEQUENCE_WIDTH = 6;
/** Widths seen in the guideline's own examples and platforms' samples (catalog-standard.md §3.1). */
export const TOLERATED_SEQUENCE_WIDTHS: readonly number[] = [4, 5, 6];

const DIVISION = /^\d{6}(\d{3})?$/;

/** The 目 under 307 that stands for a province: "0" + its two GB/T 2260 digits (307034 = 安徽省). */
export function provinceCatalog(divisionCode: string): string {
  return `0${divisionCode.slice(0, 2)}`;
}

export type DepartmentCodeProblem = { kind: 'division'; value: string } | { kind: 'number'; value: string; width: number };

/** Why the department's own 细目 cannot be formed, if they cannot. */
export function departmentCodeProblem(dept: Pick<Department, 'divisionCode' | 'number'>, scheme: CodeScheme): DepartmentCodeProblem | undefined {
  const division = dept.divisionCode.trim();
  if (!DIVISION.test(division)) return { kind: 'division', value: division };
  const number = (dept.number ?? '').trim();
  if (!new RegExp(`^\\d{${scheme.departmentNumberWidth}}$`).test(number)) return { kind: 'number', value: number, width: scheme.departmentNumberWidth };
  return undefined;
}

/** The 细目 that name the department: its division code, then its 部门编号. Undefined when either is unusable. */
export function departmentSubCatalogs(dept: Pick<Department, 'divisionCode' | 'number'>, scheme: CodeScheme): [string, string] | undefined {
  if (departmentCodeProblem(dept, scheme)) return undefined;
  return [dept.divisionCode.trim(), dept.number!.trim()];
}

/** The department's own classification under 类 3: 3 · 07 · 0+省码 · division · number. */
export function departmentClassification(dept: Pick<Department, 'divisionCode' | 'number'>, scheme: CodeScheme): Classification | undefined {
  const subs = departmentSubCatalogs(dept, scheme);
  if (!subs) return undefined;
  return { class: '3', item: scheme.departmentItem, catalog: provinceCatalog(subs[0]), subCatalogs: subs };
}

/** Whether a classification carries the department's 细目 right after its 目, as the scheme asks. */
export function carriesDepartment(c: Classification, dept: Pick<Department, 'divisionCode' | 'number'>, scheme: CodeScheme): boolean {
  const subs = departmentSubCatalogs(dept, scheme);
  if (!subs) return false;
  const own = c.subCatalogs ?? [];
  return own[0] === subs[0] && own[1] === subs[1];
}

/**
 * The nodes the department's classification choices need on top of the profile's tree: under its province's 目
 * in 类 3, and under every 目 of 类 1 and 2, its division and then its number. Choosing a leaf in the cascader then
 * always gives a classification — and so a code — that carries the department.
 */
export function departmentNodes(
  tree: ClassificationTree,
  dept: Pick<Department, 'name' | 'divisionCode' | 'number'>,
  scheme: CodeScheme,
  regionName?: string,
): ClassificationNode[] {
  const subs = departmentSubCatalogs(dept, scheme);
  if (!subs) return [];
  const [division, number] = subs;
  const own = departmentClassification(dept, scheme)!;
  const parents = tree
    .nodes()
    .filter((n) => n.code.length === 6 && (n.code[0] === '1' || n.code[0] === '2') && tree.children(n.code).length === 0)
    .map((n) => n.code);
  const provinceNode = own.class + own.item + own.catalog;
  if (tree.get(provinceNode)) parents.push(provinceNode);
  const region = regionName ? `${regionName}（${division}）` : division;
  const name = dept.name.trim() || number;
  return parents.flatMap((p) => [
    { code: p + division, zh: region, en: regionName ? `${regionName} (${division})` : division },
    { code: p + division + number, zh: `${name}（${number}）`, en: `${name} (${number})` },
  ]);
}
