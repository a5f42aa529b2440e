// The 变更说明 as the change-note fields collect it.
import { describe, expect, it } from 'vitest';
import { changeNoteOf } from '../../../../renderer/change-note/change-note-form.ts';

describe('change note form', () => {
  it('keeps the reason alone when no basis is given', () => {
    expect(changeNoteOf({ reason: '  导入工作簿「县目录.xlsx」 ' })).toEqual({ reason: '导入工作簿「县目录.xlsx」', basis: [] });
    expect(changeNoteOf({ reason: '年度更新', basis: [] })).toEqual({ reason: '年度更新', basis: [] });
  });

  it('keeps each basis with the parts given, trimmed, and its level', () => {
    const note = changeNoteOf({
      reason: '年度更新',
      basis: [
        { title: ' 安徽省政务数据资源管理办法 ', docNo: '', article: '第十三条 ', level: 'localRegulation' },
        { title: '国务院关于印发政务信息资源共享管理暂行办法的通知', docNo: '国发〔2016〕51号' },
      ],
    });
    expect(note.basis).toEqual([
      { title: '安徽省政务数据资源管理办法', article: '第十三条', level: 'localRegulation' },
      { title: '国务院关于印发政务信息资源共享管理暂行办法的通知', docNo: '国发〔2016〕51号' },
    ]);
  });

  it('keeps the 变更之日 when one was picked', () => {
    expect(changeNoteOf({ reason: '法规修订', basisChangedOn: '2026-09-24' })).toEqual({ reason: '法规修订', basis: [], basisChangedOn: '2026-09-24' });
    expect(changeNoteOf({ reason: '法规修订', basisChangedOn: undefined })).toEqual({ reason: '法规修订', basis: [] });
  });

  it('drops an entry left without a document title (a 文号 or 条款 alone names no document)', () => {
    expect(changeNoteOf({ reason: '年度更新', basis: [{ title: '  ', docNo: '皖政办〔2026〕1号', article: '第二条' }] }).basis).toEqual([]);
  });
});
