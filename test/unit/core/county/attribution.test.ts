// The attribution a county catalog's resource carries: added without touching the unit's own fields, read back
// exactly, and removed again to give the unit's resource as it was.
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_KEYS, attributeResource, readAttribution, unattributeResource, type Attribution } from '../../../../core/county/attribution.ts';
import type { Resource } from '../../../../core/model/catalog.ts';

const SOURCE: Attribution = {
  unit: { name: '泗县教育局', uscc: '11341324MB0000115G', divisionCode: '341324', number: '111' },
  sourceFile: '教育局.zip',
  packageId: '11341324MB0000115G-v3-0123',
  version: 3,
  date: '2026-11-22T01:00:00.000Z',
  manifestDigest: 'sm3:ab',
};

describe('attribution', () => {
  it('keeps the unit’s own extensions, prefixes the id, and reads back what it wrote', () => {
    const own: Resource = { id: 'r7', name: '学籍信息', items: [], extensions: { 省级扩展字段: '是' } };
    const attributed = attributeResource(own, SOURCE);
    expect(attributed.id).toBe('11341324MB0000115G/r7');
    expect(attributed.extensions).toMatchObject({ 省级扩展字段: '是', [ATTRIBUTION_KEYS.unitName]: '泗县教育局', [ATTRIBUTION_KEYS.version]: '3' });
    expect(readAttribution(attributed)).toEqual(SOURCE);
    expect(unattributeResource(attributed, SOURCE.unit.uscc)).toEqual(own);
  });

  it('a unit without 部门编号 and a resource without extensions round-trip too', () => {
    const { number: _omitted, ...unit } = SOURCE.unit;
    const source = { ...SOURCE, unit };
    const own: Resource = { id: 'r8', items: [] };
    const attributed = attributeResource(own, source);
    expect(readAttribution(attributed)).toEqual(source);
    expect(unattributeResource(attributed, unit.uscc)).toEqual(own);
  });

  it('reads no attribution from a resource missing a key or with a malformed version', () => {
    const attributed = attributeResource({ id: 'r9', items: [] }, SOURCE);
    const { [ATTRIBUTION_KEYS.manifestDigest]: _gone, ...partial } = attributed.extensions!;
    expect(readAttribution({ ...attributed, extensions: partial })).toBeUndefined();
    expect(readAttribution({ ...attributed, extensions: { ...attributed.extensions, [ATTRIBUTION_KEYS.version]: '3.5' } })).toBeUndefined();
    expect(readAttribution({ id: 'x', items: [] })).toBeUndefined();
  });
});
