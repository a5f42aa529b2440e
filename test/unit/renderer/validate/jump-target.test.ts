// Where a finding's place leads: the resource (by id) and the path inside it, or the department details.
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { jumpTarget } from '../../../../renderer/findings/jump-target.ts';

const catalog = generateCatalog({ resources: 200, seed: 3, profile: 'anhui' });
const findings = new RuleEngine({ profile: 'anhui', today: '2026-11-22' }).validateCatalog(catalog);

describe('jump target', () => {
  it('opens the finding’s own resource at the path below it', () => {
    const itemFinding = findings.find((f) => f.resourceIndex !== undefined && /^resources\[\d+\]\.items\[\d+\]\./.test(f.path))!;
    expect(itemFinding).toBeDefined();
    const target = jumpTarget(itemFinding, catalog);
    expect(target).toEqual({ kind: 'resource', resourceId: catalog.resources[itemFinding.resourceIndex!]!.id, path: itemFinding.path.replace(/^resources\[\d+\]\./, '') });
    expect(target?.kind === 'resource' && target.path).toMatch(/^items\[\d+\]\./);
  });

  it('gives every resource finding a target inside its resource', () => {
    for (const f of findings.filter((x) => x.resourceIndex !== undefined)) {
      const target = jumpTarget(f, catalog);
      expect(target?.kind).toBe('resource');
      if (target?.kind === 'resource') {
        expect(target.resourceId).toBe(catalog.resources[f.resourceIndex!]!.id);
        expect(target.path ?? '').not.toMatch(/^resources\[/);
      }
    }
  });

  it('opens the resource without a field for a finding about the resource as a whole', () => {
    const whole = { ...findings[0]!, resourceIndex: 4, path: 'resources[4]' };
    expect(jumpTarget(whole, catalog)).toEqual({ kind: 'resource', resourceId: catalog.resources[4]!.id });
  });

  it('sends department-level findings to the department details, and stale ones nowhere', () => {
    const { resourceIndex: _unused, ...rest } = findings[0]!;
    expect(jumpTarget({ ...rest, path: 'department.uscc' }, catalog)).toEqual({ kind: 'department' });
    expect(jumpTarget({ ...findings[0]!, resourceIndex: catalog.resources.length }, catalog)).toBeUndefined();
  });
});
