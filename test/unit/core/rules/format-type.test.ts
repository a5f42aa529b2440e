// R07's two kinds of format type problem: a type of another category (the pair is wrong: an error) and a type
// no category lists (most often a spelling the list lacks: a warning naming the nearest known type, so it never
// blocks packaging, whatever severity a profile gives R07).
import { describe, expect, it } from 'vitest';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { engineFor, findingsOf, validResource } from '../../../harness/catalog-builders.ts';

describe('R07 format types', () => {
  it('names the nearest known type for a type no category lists', () => {
    const [f] = findingsOf(engineFor('anhui'), validResource({ formatType: 'postgres' }), 'R07');
    expect(f?.severity).toBe('warning');
    expect(f?.hint.zh).toContain('最接近的已知类型是「PostgreSQL」（数据库）');
    expect(f?.hint.en).toContain('"PostgreSQL"');
  });

  it('prefers the chosen category on a tie', () => {
    const [f] = findingsOf(engineFor('anhui'), validResource({ formatCategory: 'image', formatType: 'pngg', shareMethodType: 'file' }), 'R07');
    expect(f?.hint.zh).toContain('「png」（图形图像）');
  });

  it('says where a type of another category belongs, as an error', () => {
    const [f] = findingsOf(engineFor('anhui'), validResource({ formatType: 'csv' }), 'R07');
    expect(f?.severity).toBe('error');
    expect(f?.hint.zh).toContain('「csv」属于格式分类「电子表格」');
  });

  it('keeps an unknown type a warning where a profile raises R07', () => {
    const profile = loadProfile('anhui');
    const rules = new Map(profile.rules);
    rules.set('R07', { ...rules.get('R07')!, severity: 'error' });
    const engine = new RuleEngine({ profile: { ...profile, rules }, today: '2026-11-22' });
    expect(engine.validateResource(validResource({ formatType: 'TiDB' })).map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['R07 warning']);
  });
});
