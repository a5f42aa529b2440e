import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/model/catalog.ts';
import { draftFromResource, isBlankItem, newResourceDraft, storedResource } from '../../../../renderer/resource-form/resource-draft.ts';

const complete: Resource = {
  id: 'r1',
  name: '农机购置补贴发放信息',
  code: '307001/000001',
  classification: { class: '3', item: '07', catalog: '001' },
  items: [{ name: '姓名', dataType: 'C', length: 50, isPrimaryKey: false }],
  shareType: 'conditional',
  shareBasis: [{ title: '中华人民共和国农业机械化促进法', article: '第二十七条', level: 'law' }],
  secret: false,
  survey: { storageGB: 0 },
  relatedMatters: [{ name: '农机购置补贴', code: 'X1' }],
  shareReview: { status: 'pending' },
};

describe('resource draft and stored resource', () => {
  it('returns a complete resource unchanged, and the draft is a copy', () => {
    const draft = draftFromResource(complete);
    expect(storedResource(draft)).toEqual(complete);
    draft.items[0]!.name = '改';
    expect(complete.items[0]!.name).toBe('姓名');
  });

  it('starts a new resource with its id and no items', () => {
    expect(newResourceDraft('n1')).toEqual({ id: 'n1', items: [] });
    expect(storedResource(newResourceDraft('n1'))).toEqual({ id: 'n1', items: [] });
  });

  it('leaves out blank texts, empty lists and empty objects, keeping false and 0', () => {
    const stored = storedResource({ id: 'r', items: [], name: '  ', abstract: '', applicationMaterials: ['', ' '], survey: {}, secret: false, relatedResourceCodes: [] });
    expect(stored).toEqual({ id: 'r', items: [], secret: false });
  });

  it('drops blank rows at the end of the grid but keeps those in between, so positions stay', () => {
    const stored = storedResource({ id: 'r', items: [{ name: '甲' }, { name: '' }, { name: '乙', fieldName: '' }, { name: '' }, { name: ' ' }] });
    expect(stored.items).toEqual([{ name: '甲' }, { name: '' }, { name: '乙' }]);
    expect(isBlankItem({ name: ' ' })).toBe(true);
    expect(isBlankItem({ name: '', dataType: 'C' })).toBe(false);
  });

  it('keeps an entry that needs a title or name with it, and drops entries with nothing in them', () => {
    const stored = storedResource({
      id: 'r',
      items: [],
      shareBasis: [{ title: '' }, { title: '', article: '第五条' }],
      relatedMatters: [{ name: '', code: '' }, { name: '', code: 'M2' }],
    });
    expect(stored.shareBasis).toEqual([{ title: '', article: '第五条' }]);
    expect(stored.relatedMatters).toEqual([{ name: '', code: 'M2' }]);
  });

  it('drops a review without its status', () => {
    expect(storedResource({ id: 'r', items: [], shareReview: { reviewer: '张三' } as Resource['shareReview'] }).shareReview).toBeUndefined();
  });
});
