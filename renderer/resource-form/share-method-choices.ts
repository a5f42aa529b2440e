// 共享方式分类 → 共享方式类型: each type belongs to one category (assets/codes/vocabulary.json, which R08 checks).
import vocabulary from '../../assets/codes/vocabulary.json';
import type { ShareMethodCategory, ShareMethodType } from '../../core/model/enums.ts';

const CATEGORY_OF = new Map(Object.entries(vocabulary.shareMethodType).map(([type, v]) => [type as ShareMethodType, v.category as ShareMethodCategory]));

export const shareMethodTypesOf = (category: ShareMethodCategory | undefined): ShareMethodType[] =>
  [...CATEGORY_OF].filter(([, c]) => c === category).map(([type]) => type);

export const shareMethodTypeFits = (category: ShareMethodCategory | undefined, type: ShareMethodType | undefined): boolean =>
  type === undefined || CATEGORY_OF.get(type) === category;
