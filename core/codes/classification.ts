// The 类/项/目/细目 classification tree. The national tree ships as data (assets/codes/classification.json);
// a profile may add nodes of its own, so a province is data, not code.
import nationalTree from '../../assets/codes/classification.json';
import type { Classification } from '../model/catalog.ts';
import { checkedAsset } from '../model/checked-asset.ts';
import { ClassificationAssetSchema, type ClassificationNode } from './classification-schema.ts';

export type { ClassificationNode } from './classification-schema.ts';

const NATIONAL_NODES = checkedAsset(ClassificationAssetSchema, nationalTree, 'assets/codes/classification.json').nodes;

export class ClassificationTree {
  private readonly byCode = new Map<string, ClassificationNode>();

  constructor(nodes: readonly ClassificationNode[]) {
    for (const n of nodes) this.byCode.set(n.code, n);
  }

  static national(extra: readonly ClassificationNode[] = []): ClassificationTree {
    return new ClassificationTree([...NATIONAL_NODES, ...extra]);
  }

  get(code: string): ClassificationNode | undefined {
    return this.byCode.get(code);
  }

  nodes(): ClassificationNode[] {
    return [...this.byCode.values()];
  }

  children(parentCode: string): ClassificationNode[] {
    return this.nodes().filter((n) => n.code.length > parentCode.length && n.code.startsWith(parentCode) && this.parentOf(n.code) === parentCode);
  }

  /** Parent code: 类 1 digit, 项 +2, 目 +3, each 细目 +2 or more (longest known prefix wins). */
  parentOf(code: string): string | undefined {
    for (let len = code.length - 1; len >= 1; len--) {
      const p = code.slice(0, len);
      if (this.byCode.has(p)) return p;
    }
    return undefined;
  }

  /** The 基础库 a classification belongs to, if it is under one of the basic-library 项. */
  basicLibraryOf(c: Classification | undefined): string | undefined {
    if (!c) return undefined;
    return this.byCode.get(c.class + c.item)?.basicLibrary;
  }
}

/** 分类码 = 类(1) 项(2) 目(3) 细目(variable). */
export function classificationPrefix(c: Classification): string {
  return c.class + c.item + c.catalog + (c.subCatalogs ?? []).join('');
}

export type ClassificationProblem =
  | { kind: 'shape'; part: 'class' | 'item' | 'catalog' | 'subCatalog'; value: string }
  | { kind: 'unknown'; code: string };

/** Checks digit widths, and that 类+项+目 exists in the tree (unknown 细目 are the province's own). */
export function checkClassification(c: Classification, tree: ClassificationTree): ClassificationProblem | undefined {
  if (!/^[1-3]$/.test(c.class)) return { kind: 'shape', part: 'class', value: c.class };
  if (!/^\d{2}$/.test(c.item)) return { kind: 'shape', part: 'item', value: c.item };
  if (!/^\d{3}$/.test(c.catalog)) return { kind: 'shape', part: 'catalog', value: c.catalog };
  for (const s of c.subCatalogs ?? []) if (!/^\d{2,}$/.test(s)) return { kind: 'shape', part: 'subCatalog', value: s };
  for (const code of [c.class, c.class + c.item, c.class + c.item + c.catalog]) {
    if (!tree.get(code)) return { kind: 'unknown', code };
  }
  return undefined;
}
