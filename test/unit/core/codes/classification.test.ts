// The 类/项/目/细目 tree and the shape checks on a resource's classification.
import { describe, expect, it } from 'vitest';
import { checkClassification, classificationPrefix, ClassificationTree } from '../../../../core/codes/classification.ts';
import type { Classification } from '../../../../core/model/catalog.ts';

const tree = ClassificationTree.national();
const c = (cls: string, item: string, catalog: string, subCatalogs?: string[]): Classification =>
  subCatalogs ? { class: cls, item, catalog, subCatalogs } : { class: cls, item, catalog };

describe('checkClassification', () => {
  it('accepts known 类+项+目, with or without the province own 细目', () => {
    expect(checkClassification(c('3', '07', '034'), tree)).toBeUndefined();
    expect(checkClassification(c('1', '01', '001'), tree)).toBeUndefined();
    expect(checkClassification(c('3', '07', '034', ['341324', '999']), tree)).toBeUndefined();
  });

  it.each([
    [c('4', '07', '001'), 'class', '4'],
    [c('0', '07', '001'), 'class', '0'],
    [c('31', '07', '001'), 'class', '31'],
    [c('3', '7', '001'), 'item', '7'],
    [c('3', '007', '001'), 'item', '007'],
    [c('3', 'a7', '001'), 'item', 'a7'],
    [c('3', '07', '01'), 'catalog', '01'],
    [c('3', '07', '0001'), 'catalog', '0001'],
    [c('3', '07', '001', ['1']), 'subCatalog', '1'],
    [c('3', '07', '001', ['01', 'x1']), 'subCatalog', 'x1'],
  ])('reports the shape of %j', (value, part, bad) => {
    expect(checkClassification(value, tree)).toEqual({ kind: 'shape', part, value: bad });
  });

  it('reports the first unknown level', () => {
    expect(checkClassification(c('3', '09', '001'), tree)).toEqual({ kind: 'unknown', code: '309' });
    expect(checkClassification(c('3', '07', '003'), tree)).toEqual({ kind: 'unknown', code: '307003' });
    expect(checkClassification(c('2', '13', '001'), tree)).toEqual({ kind: 'unknown', code: '213' });
  });

  it('no longer holds the 307001/307002 nodes earlier versions invented', () => {
    expect(checkClassification(c('3', '07', '001'), tree)).toEqual({ kind: 'unknown', code: '307001' });
    expect(checkClassification(c('3', '07', '002'), tree)).toEqual({ kind: 'unknown', code: '307002' });
  });

  it('numbers the provinces under 307 by their GB/T 2260 digits', () => {
    expect(tree.get('307034')?.zh).toBe('安徽省');
    expect(tree.get('307032')?.zh).toBe('江苏省');
    expect(tree.get('307014')?.zh).toBe('山西省');
    expect(tree.get('307050')?.zh).toBe('重庆市');
    expect(tree.get('307022')?.zh).toBe('吉林省');
  });

  it('knows nodes a profile adds', () => {
    const extended = ClassificationTree.national([{ code: '307003', zh: '开发区', en: 'development zones' }]);
    expect(checkClassification(c('3', '07', '003'), extended)).toBeUndefined();
    expect(checkClassification(c('3', '07', '003'), tree)).toEqual({ kind: 'unknown', code: '307003' });
  });
});

describe('ClassificationTree', () => {
  it('tells which 基础库 a classification belongs to', () => {
    expect(tree.basicLibraryOf(c('1', '01', '001'))).toBe('population');
    expect(tree.basicLibraryOf(c('1', '02', '002'))).toBe('legalPerson');
    expect(tree.basicLibraryOf(c('1', '03', '001'))).toBe('naturalResources');
    expect(tree.basicLibraryOf(c('1', '04', '001'))).toBe('credit');
    expect(tree.basicLibraryOf(c('1', '05', '003'))).toBe('eLicence');
    expect(tree.basicLibraryOf(c('3', '07', '001'))).toBeUndefined();
    expect(tree.basicLibraryOf(c('2', '08', '001'))).toBeUndefined();
    expect(tree.basicLibraryOf(undefined)).toBeUndefined();
  });

  it('finds parents and children by the longest known prefix', () => {
    expect(tree.parentOf('307034')).toBe('307');
    expect(tree.parentOf('307')).toBe('3');
    expect(tree.parentOf('3')).toBeUndefined();
    expect(tree.parentOf('307034341324')).toBe('307034');
    expect(tree.children('307')).toHaveLength(31);
    expect(tree.children('1').map((n) => n.code)).toEqual(['101', '102', '103', '104', '105']);
    expect(tree.get('101')?.zh).toBe('人口基础信息资源');
  });

  it('builds the 分类码 from 类+项+目+细目', () => {
    expect(classificationPrefix(c('3', '07', '001'))).toBe('307001');
    expect(classificationPrefix(c('3', '07', '001', ['01', '02']))).toBe('3070010102');
  });
});
