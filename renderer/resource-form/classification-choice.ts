// The classification cascader over the profile's 类/项/目/细目 tree, and the 信息资源代码 that follows from it. Codes
// come from core's allocator, fed with the catalog's record of issued numbers and every code in use (this
// resource's own excepted), so a number is never issued twice; storage raises the record when the code is saved.
import { classificationPrefix, ClassificationTree } from '../../core/codes/classification.ts';
import { departmentClassification, departmentNodes, type CodeScheme } from '../../core/codes/code-scheme.ts';
import { parseResourceCode, ResourceCodeAllocator } from '../../core/codes/resource-code.ts';
import type { Catalog, Classification, Department } from '../../core/model/catalog.ts';

export interface ClassificationOption {
  value: string;
  label: string;
  children?: ClassificationOption[];
}

/** Cascader options: each node by its code and name, down to the deepest level the tree has. */
export function classificationOptions(tree: ClassificationTree, language: 'zh' | 'en'): ClassificationOption[] {
  // Each node's parent is looked up once (tree.children per node would scan the whole tree for every node).
  const childrenOf = new Map<string | undefined, string[]>();
  for (const n of tree.nodes()) {
    const parent = tree.parentOf(n.code);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), n.code]);
  }
  const build = (code: string): ClassificationOption => {
    const node = tree.get(code)!;
    const children = (childrenOf.get(code) ?? []).map(build);
    return { value: code, label: `${code} ${node[language]}`, ...(children.length && { children }) };
  };
  return (childrenOf.get(undefined) ?? []).map(build);
}

/** The cascader path (node codes from 类 down) of a classification. */
export function classificationPath(c: Classification | undefined): string[] {
  if (!c) return [];
  const path = [c.class, c.class + c.item, c.class + c.item + c.catalog];
  for (const sub of c.subCatalogs ?? []) path.push(path[path.length - 1]! + sub);
  return path;
}

/** The classification a cascader path stands for; undefined above 目 (the code needs 类, 项 and 目). */
export function classificationFromPath(path: readonly string[]): Classification | undefined {
  if (path.length < 3) return undefined;
  const [cls, item, catalog] = path as [string, string, string];
  const c: Classification = { class: cls, item: item.slice(cls.length), catalog: catalog.slice(item.length) };
  const subs = path.slice(3).map((code, i) => code.slice(path[i + 2]!.length));
  if (subs.length) c.subCatalogs = subs;
  return c;
}

/** Whether the resource's code belongs to its classification (else it can be generated again). */
export function codeMatchesClassification(code: string | undefined, c: Classification | undefined): boolean {
  if (!code || !c) return true;
  return parseResourceCode(code)?.prefix === classificationPrefix(c);
}

/** The next free code for the classification in this catalog; sequenceWidth is the profile's fixed width, if any. */
export function nextResourceCode(catalog: Pick<Catalog, 'codeSequences' | 'resources'>, resourceId: string, c: Classification, sequenceWidth?: number): string {
  const others = catalog.resources.filter((r) => r.id !== resourceId).map((r) => r.code);
  return new ResourceCodeAllocator(catalog.codeSequences ?? {}, others).next(c, sequenceWidth);
}

/**
 * The tree the clerk chooses from: the profile's, with the department's own division and number under its
 * province and under every 目 of 类 1 and 2 (core/codes/code-scheme.ts), so a chosen leaf gives a code that
 * carries the department. Without a 部门编号 the profile's tree is offered as it is (R32 asks for the number).
 */
export function departmentTree(tree: ClassificationTree, department: Pick<Department, 'name' | 'divisionCode' | 'number'>, scheme: CodeScheme, regionName?: string): ClassificationTree {
  const extra = departmentNodes(tree, department, scheme, regionName);
  return extra.length ? new ClassificationTree([...tree.nodes(), ...extra]) : tree;
}

/** A new resource starts in the department's own 类 3 classification, with its next code, when the scheme can form it. */
export function defaultClassification(
  catalog: Pick<Catalog, 'codeSequences' | 'resources'>,
  resourceId: string,
  department: Pick<Department, 'divisionCode' | 'number'>,
  scheme: CodeScheme,
): { classification: Classification; code: string } | undefined {
  const classification = departmentClassification(department, scheme);
  return classification && { classification, code: nextResourceCode(catalog, resourceId, classification, scheme.sequenceWidth) };
}
