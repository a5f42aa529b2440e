// 共享方式分类 → 共享方式类型: the pairs are core's (R08, core/rules/checks/share-method.ts).
import type { ShareMethodCategory, ShareMethodType } from '../../core/model/enums.ts';
import { shareMethodCategoryOf } from '../../core/rules/checks/share-method.ts';

export { shareMethodTypesOf } from '../../core/rules/checks/share-method.ts';

export const shareMethodTypeFits = (category: ShareMethodCategory | undefined, type: ShareMethodType | undefined): boolean =>
  type === undefined || shareMethodCategoryOf(type) === category;
