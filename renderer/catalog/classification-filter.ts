// The classification filter: the profile's 类/项/目/细目 tree as options, and whether a resource lies under a
// chosen node. Codes are concatenations down the tree, so "under a node" is "its 分类码 starts with the node's".
import { classificationPrefix, type ClassificationTree } from '../../core/codes/classification.ts';
import type { Lang } from '../../core/i18n/text.ts';
import type { Resource } from '../../core/model/catalog.ts';

export interface ClassificationOption {
  value: string;
  title: string;
  children?: ClassificationOption[];
}

export function classificationCodeOf(resource: Resource): string | undefined {
  return resource.classification && classificationPrefix(resource.classification);
}

export function underClassification(resource: Resource, nodeCode: string): boolean {
  return classificationCodeOf(resource)?.startsWith(nodeCode) ?? false;
}

/** The tree for a tree select: each node titled "code name", children in code order. */
export function classificationOptions(tree: ClassificationTree, lang: Lang): ClassificationOption[] {
  const nodes = tree.nodes().sort((a, b) => a.code.localeCompare(b.code));
  const options = new Map(nodes.map((n) => [n.code, { value: n.code, title: `${n.code} ${n[lang]}` } as ClassificationOption]));
  const roots: ClassificationOption[] = [];
  for (const n of nodes) {
    const option = options.get(n.code)!;
    const parent = tree.parentOf(n.code);
    const parentOption = parent === undefined ? undefined : options.get(parent);
    if (parentOption) (parentOption.children ??= []).push(option);
    else roots.push(option);
  }
  return roots;
}
