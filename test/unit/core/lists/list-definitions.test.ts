// Which lists each profile asks for, and how it words them.
import { describe, expect, it } from 'vitest';
import { listDefinitions, type ListDefinition } from '../../../../core/lists/list-definitions.ts';
import { loadProfile, PROFILE_IDS } from '../../../../core/profiles/profile.ts';

const of = (profile: string) => listDefinitions(loadProfile(profile));
const header = (d: ListDefinition | undefined, field: string) => d?.columns.find((c) => c.field === field)?.header.zh;
const list = (profile: string, id: string) => of(profile).find((d) => d.id === id);

describe('list definitions per profile', () => {
  it('gives every profile the four lists, and a supplementary catalog where it provides for one, under sheet names that say which list', () => {
    const supplementing = ['jilin', 'anhui', 'sixian'];
    for (const id of PROFILE_IDS) expect(of(id).map((d) => d.id)).toEqual(['shared', 'open', 'negative', 'responsibility', ...(supplementing.includes(id) ? ['supplementary'] : [])]);
    expect(of('national').map((d) => d.sheet.zh)).toEqual(['共享目录清单', '开放目录清单', '负面清单', '责任清单']);
    expect(list('jilin', 'supplementary')?.sheet.zh).toBe('补充目录');
    expect(list('anhui', 'supplementary')?.sheet.zh).toBe('个性化目录');
    expect(list('sixian', 'supplementary')?.sheet.zh).toBe('个性化目录');
  });

  it('words Jilin’s lists as its measures do: 开放清单 (Art. 29), 授权共享 and 非共享 / 非开放 (Art. 25, 28)', () => {
    expect(list('jilin', 'open')?.sheet.zh).toBe('开放清单');
    expect(header(list('jilin', 'shared'), 'resource.shareCondition')).toBe('授权共享条件');
    expect(header(list('jilin', 'negative'), 'shareReason')).toBe('非共享理由');
    expect(header(list('jilin', 'negative'), 'notOpenReasons')).toBe('非开放理由');
    expect(header(list('national', 'negative'), 'shareReason')).toBe('不予共享理由');
    expect(header(list('national', 'negative'), 'notOpenReasons')).toBe('不予开放理由');
  });

  it('gives Anhui’s 非开放 to Sixian, which extends it, and leaves Yangzhou with the national words', () => {
    expect(header(list('anhui', 'negative'), 'notOpenReasons')).toBe('非开放理由');
    expect(header(list('sixian', 'negative'), 'notOpenReasons')).toBe('非开放理由');
    expect(header(list('yangzhou', 'negative'), 'notOpenReasons')).toBe('不予开放理由');
    expect(header(list('anhui', 'negative'), 'shareReason')).toBe('不予共享理由');
  });

  it('leaves data obtained through sharing off Jilin’s shared and open lists only, citing Art. 24 and 29', () => {
    expect(list('jilin', 'shared')?.exclude.acquisition).toEqual(['sharedIn']);
    expect(list('jilin', 'shared')?.exclude.citations.map((c) => c.article)).toEqual(['第二十四条']);
    expect(list('jilin', 'open')?.exclude.citations.map((c) => c.article)).toEqual(['第二十九条']);
    for (const id of PROFILE_IDS.filter((p) => p !== 'jilin')) for (const d of of(id)) expect(d.exclude.acquisition).toEqual([]);
  });

  it('names the fields the 负面清单 and 责任清单 must show', () => {
    const negative = list('national', 'negative')!.columns.map((c) => c.header.zh);
    expect(negative).toEqual(expect.arrayContaining(['不予共享理由', '依据文件名称', '文号', '条款', '信息项名称']));
    const responsibility = list('national', 'responsibility')!.columns.map((c) => c.header.zh);
    expect(responsibility).toEqual(expect.arrayContaining(['责任单位', '内部处室', '更新周期', '责任人', '信息项']));
  });
});
