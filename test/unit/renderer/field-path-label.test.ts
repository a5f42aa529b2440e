import { describe, expect, it } from 'vitest';
import { fieldPathLabel } from '../../../renderer/findings/field-path-label.ts';

describe('field path in words', () => {
  it('names the resource, the item and the field, counting from 1', () => {
    expect(fieldPathLabel('resources[12].items[3].dataType', 'zh-CN')).toBe('第 13 条资源 · 第 4 个信息项 · 数据类型');
    expect(fieldPathLabel('resources[0].providerCode', 'zh-CN')).toBe('第 1 条资源 · 信息资源提供方代码');
    expect(fieldPathLabel('resources[0].items[1]', 'en')).toBe('resource 1 · data item 2');
    expect(fieldPathLabel('department.uscc', 'zh-CN')).toBe('部门统一社会信用代码');
  });

  it('names a part of a field by the part, or else by the field it belongs to, never by its path (rules R21, R17, R31)', () => {
    expect(fieldPathLabel('resources[4].shareBasis[0].level', 'zh-CN')).toBe('第 5 条资源 · 共享依据的层级');
    expect(fieldPathLabel('resources[4].shareReview.status', 'zh-CN')).toBe('第 5 条资源 · 主管部门审核状态');
    expect(fieldPathLabel('resources[4].survey.storageGB', 'en')).toBe('resource 5 · survey figures');
  });

  it('shows a path it has no name for as it is', () => {
    expect(fieldPathLabel('resources[2].somethingNew', 'zh-CN')).toBe('第 3 条资源 · somethingNew');
  });
});
