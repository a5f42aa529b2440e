// R08: 共享方式类型 belongs to its 分类; on the platform, file-like formats go as 文件 and databases as
// 数据库 or 接口 (the template checklist's linked rule).
import { SHARE_METHOD_TYPES, type FormatCategory, type ShareMethodCategory, type ShareMethodType } from '../../model/enums.ts';
import { VOCABULARY } from '../../model/vocabulary.ts';
import type { RuleCheck } from '../types.ts';

const CATEGORY_OF = new Map(SHARE_METHOD_TYPES.map((type) => [type, VOCABULARY.shareMethodType[type].category]));

/** The 分类 a 共享方式类型 belongs to: the pairs R08 checks, for forms and bulk edits to follow. */
export const shareMethodCategoryOf = (type: ShareMethodType): ShareMethodCategory | undefined => CATEGORY_OF.get(type);

/** The 共享方式类型 of a 分类, in vocabulary order. */
export const shareMethodTypesOf = (category: ShareMethodCategory | undefined): ShareMethodType[] =>
  [...CATEGORY_OF].filter(([, c]) => c === category).map(([type]) => type);
const FILE_FORMATS: ReadonlySet<FormatCategory> = new Set(['document', 'spreadsheet', 'image', 'streaming']);
const DATABASE_TYPES: ReadonlySet<ShareMethodType> = new Set(['database', 'interface']);

export const shareMethodConsistency: RuleCheck = {
  id: 'R08',
  resource(r, ctx, emit) {
    if (!r.shareMethodCategory || !r.shareMethodType) return;
    if (CATEGORY_OF.get(r.shareMethodType) !== r.shareMethodCategory) {
      emit({
        path: 'shareMethodType',
        variant: 'category',
        params: { type: ctx.label('shareMethodType', r.shareMethodType), category: ctx.label('shareMethodCategory', r.shareMethodCategory) },
      });
      return;
    }
    if (r.shareMethodCategory !== 'platform' || !r.formatCategory) return;
    if (FILE_FORMATS.has(r.formatCategory) && r.shareMethodType !== 'file') {
      emit({ path: 'shareMethodType', variant: 'fileFormat', params: { formatCategory: ctx.label('formatCategory', r.formatCategory) } });
    } else if (r.formatCategory === 'database' && !DATABASE_TYPES.has(r.shareMethodType)) {
      emit({ path: 'shareMethodType', variant: 'databaseFormat' });
    }
  },
};
