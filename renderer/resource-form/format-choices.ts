// 格式分类 → 格式类型: the valid pairs are core's (R07, formatTypesOf, from assets/codes/vocabulary.json). A category
// with no types (自描述格式, 其他) is described in words instead, which R07 asks for.
import type { FormatCategory } from '../../core/model/enums.ts';
import { formatTypesOf } from '../../core/rules/checks/format.ts';
import type { ResourceDraft } from './resource-draft.ts';

export const formatTypeChoices = (category: FormatCategory | undefined): string[] => (category ? formatTypesOf(category) : []);

export const isDescribedFormat = (category: FormatCategory): boolean => formatTypesOf(category).length === 0;

/** The type as the category lists it (R07 compares without case), or undefined when it is not one of them. */
export function formatTypeIn(category: FormatCategory | undefined, type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const wanted = type.trim().toLowerCase();
  return formatTypeChoices(category).find((t) => t.toLowerCase() === wanted);
}

/**
 * The draft with another category: a type that still fits is kept (in the category's spelling), one that does not
 * is cleared, and a category with a single type has it chosen. The description stays: it is the clerk's text.
 */
export function withFormatCategory(draft: ResourceDraft, category: FormatCategory | undefined): ResourceDraft {
  const choices = formatTypeChoices(category);
  const formatType = formatTypeIn(category, draft.formatType) ?? (choices.length === 1 ? choices[0] : undefined);
  return { ...draft, formatCategory: category, formatType };
}
