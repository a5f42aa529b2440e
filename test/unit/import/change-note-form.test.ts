// The 变更说明 from the confirmation form.
import { describe, expect, it } from 'vitest';
import { changeNoteOf } from '../../../renderer/import/change-note-form.ts';

describe('change note form', () => {
  it('keeps the reason alone when no basis is given', () => {
    expect(changeNoteOf({ reason: '  导入工作簿「县目录.xlsx」 ' })).toEqual({ reason: '导入工作簿「县目录.xlsx」', basis: [] });
  });

  it('adds one basis with the parts given, trimmed', () => {
    expect(changeNoteOf({ reason: '年度更新', title: ' 安徽省政务数据资源目录编制规范 ', docNo: '', article: '第十三条 ' })).toEqual({
      reason: '年度更新',
      basis: [{ title: '安徽省政务数据资源目录编制规范', article: '第十三条' }],
    });
  });

  it('ignores a 文号 or 条款 without a document title', () => {
    expect(changeNoteOf({ reason: '年度更新', docNo: '皖政办〔2026〕1号', article: '第二条' }).basis).toEqual([]);
  });
});
