// Resource-code collisions: one 信息资源代码 used by two units. Codes embed the department's division code and 部门编号
// (docs/code-scheme.md), so a collision means two units were given the same number or one copied the other's codes.
import { crossUnitGroups, partyOf, unitList, type AttributedResource } from './attributed-resource.ts';
import { newConflict, type Conflict } from './conflict.ts';

const EVIDENCE = { zh: '资源代码 {code} 同时被 {units} 使用', en: 'resource code {code} is used by {units}' };

export function codeCollisions(entries: readonly AttributedResource[]): Conflict[] {
  return crossUnitGroups(entries, (e) => e.resource.code?.trim()).map(([code, group]) => newConflict('codeCollision', code, group.map(partyOf), EVIDENCE, { code, units: unitList(group) }));
}
