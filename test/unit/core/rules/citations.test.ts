// The data behind the rules holds together: every profile loads, every citation resolves to a quoted
// text, every rule has a definition and a check, and every variant a check emits has texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rulesData from '../../../../assets/rules/rules.json';
import fieldLabels from '../../../../assets/codes/fields.json';
import { ResourceSchema } from '../../../../core/model/catalog.ts';
import { SEVERITIES } from '../../../../core/model/enums.ts';
import { listProfiles, loadProfile, PROFILE_IDS, UnknownProfileError, type ProfileData } from '../../../../core/profiles/profile.ts';
import { allCitations, citationLabel, resolveCitation, type CitationRef } from '../../../../core/regulations/citations.ts';
import { RULE_DEFINITIONS } from '../../../../core/rules/definitions.ts';
import { RULE_CHECKS } from '../../../../core/rules/registry.ts';

const root = join(import.meta.dirname, '../../../..');
const profileFiles = readdirSync(join(root, 'assets/profiles')).filter((f) => f.endsWith('.json'));
const rawProfiles: ProfileData[] = profileFiles.map((f) => JSON.parse(readFileSync(join(root, 'assets/profiles', f), 'utf8')) as ProfileData);
const ruleJson = rulesData.rules as Record<string, { severity: string; title: { zh: string; en: string }; variants: Record<string, { message: { zh: string; en: string }; hint: { zh: string; en: string } }> }>;

/** Every citation reference a profile file makes, with where it is made. */
function refsOf(p: ProfileData): { where: string; ref: CitationRef }[] {
  const out: { where: string; ref: CitationRef }[] = [];
  for (const ref of p.requiredContent?.citations ?? []) out.push({ where: 'requiredContent', ref });
  for (const ref of p.acceptedBasisLevels?.citations ?? []) out.push({ where: 'acceptedBasisLevels', ref });
  for (const ref of p.deadlines?.citations ?? []) out.push({ where: 'deadlines', ref });
  for (const ref of p.deadlines?.lateCitations ?? []) out.push({ where: 'deadlines.lateCitations', ref });
  for (const ref of p.changeBasis?.citations ?? []) out.push({ where: 'changeBasis', ref });
  for (const [rule, s] of Object.entries(p.rules ?? {})) for (const ref of s.citations ?? []) out.push({ where: rule, ref });
  return out;
}

const enabledAnywhere = new Set<string>(PROFILE_IDS.flatMap((id) => [...loadProfile(id).rules.keys()]));

describe('profiles', () => {
  it('every profile file is registered, and every registered profile loads', () => {
    expect(new Set(rawProfiles.map((p) => p.id))).toEqual(new Set(PROFILE_IDS));
    expect(listProfiles().map((p) => p.id)).toEqual([...PROFILE_IDS]);
    for (const id of PROFILE_IDS) {
      const p = loadProfile(id);
      expect(p.id).toBe(id);
      expect(p.chain[0]).toBe('national');
      expect(p.chain.at(-1)).toBe(id);
    }
    expect(loadProfile('sixian').chain).toEqual(['national', 'anhui', 'sixian']);
  });

  it('rejects an unknown profile by name', () => {
    expect(() => loadProfile('beijing')).toThrow(UnknownProfileError);
    expect(() => loadProfile('beijing')).toThrow(/beijing/);
  });

  it.each(rawProfiles.map((p) => [p.id, p] as const))('every citation in %s resolves to a text', (_id, p) => {
    const refs = refsOf(p);
    expect(refs.length).toBeGreaterThan(0);
    for (const { where, ref } of refs) {
      const c = resolveCitation(ref);
      expect(c, `${p.id} ${where}: ${ref.doc} ${ref.article}`).toBeDefined();
      expect(c!.title.length).toBeGreaterThan(0);
      expect((c!.quote ?? c!.summaryZh ?? '').trim().length, `${ref.doc} ${ref.article} has no text`).toBeGreaterThan(0);
    }
  });

  it('a local profile cites only its own regulation', () => {
    for (const p of rawProfiles) {
      if (p.id === 'national') continue;
      for (const { where, ref } of refsOf(p)) expect(ref.doc, `${p.id} ${where}`).toBe(p.id);
    }
  });

  it('every rule a profile configures exists, with a valid severity override', () => {
    for (const p of rawProfiles) {
      for (const [rule, s] of Object.entries(p.rules ?? {})) {
        expect([...RULE_DEFINITIONS.keys()], `${p.id} ${rule}`).toContain(rule);
        if (s.severity !== undefined) expect(SEVERITIES).toContain(s.severity);
      }
    }
  });

  it('required content names real resource fields that have labels', () => {
    const fields = new Set(Object.keys(ResourceSchema.properties));
    const labels = fieldLabels as unknown as Record<string, unknown>;
    for (const p of rawProfiles) {
      for (const f of p.requiredContent?.fields ?? []) {
        expect(fields.has(f), `${p.id} requires unknown field ${f}`).toBe(true);
        expect(labels[f], `${p.id}: no label for ${f}`).toBeDefined();
      }
    }
  });

  it('every enabled rule has citations in every profile that enables it', () => {
    for (const id of PROFILE_IDS) {
      for (const [rule, s] of loadProfile(id).rules) expect(s.citations.length, `${id} ${rule}`).toBeGreaterThan(0);
    }
  });
});

describe('rule definitions and checks', () => {
  const registered = RULE_CHECKS.map((c) => c.id);

  it('every rule in rules.json has a registered check, and vice versa', () => {
    expect(new Set(registered)).toEqual(new Set(Object.keys(ruleJson)));
    expect(new Set(registered).size).toBe(registered.length);
    for (const c of RULE_CHECKS) expect(c.resource ?? c.catalog, c.id).toBeDefined();
  });

  it('every rule enabled in any profile has a definition and a check', () => {
    for (const r of enabledAnywhere) {
      expect([...RULE_DEFINITIONS.keys()], r).toContain(r);
      expect(registered, r).toContain(r);
    }
  });

  it('every defined rule is enabled by at least one profile', () => {
    const unused = Object.keys(ruleJson).filter((r) => !enabledAnywhere.has(r));
    expect(unused).toEqual([]);
  });

  it('every variant has bilingual message and hint, and a valid default severity', () => {
    for (const [id, def] of Object.entries(ruleJson)) {
      expect(SEVERITIES, id).toContain(def.severity);
      expect(def.title.zh && def.title.en, id).toBeTruthy();
      expect(Object.keys(def.variants).length, id).toBeGreaterThan(0);
      for (const [v, t] of Object.entries(def.variants)) {
        for (const s of [t.message.zh, t.message.en, t.hint.zh, t.hint.en]) expect(s.trim().length, `${id}.${v}`).toBeGreaterThan(0);
        // The English text uses no parameter the Chinese one lacks (it may spell one out, e.g. "unconditionally").
        const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        for (const [en, zh, what] of [[t.message.en, t.message.zh, 'message'], [t.hint.en, t.hint.zh, 'hint']] as const) {
          expect(params(zh), `${id}.${v} ${what}`).toEqual(expect.arrayContaining(params(en)));
        }
      }
    }
  });

  it('every literal variant a check emits is defined for one of the rules in its file', () => {
    const dir = join(root, 'core/rules/checks');
    let seen = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join(dir, file), 'utf8');
      const ids = [...new Set([...src.matchAll(/'(R\d\d)'/g)].map((m) => m[1]!))];
      expect(ids.length, file).toBeGreaterThan(0);
      const variants = new Set(ids.flatMap((id) => Object.keys(ruleJson[id]?.variants ?? {})));
      for (const m of src.matchAll(/variant: '(\w+)'/g)) {
        seen++;
        expect(variants, `${file}: variant ${m[1]}`).toContain(m[1]);
      }
    }
    expect(seen).toBeGreaterThan(40);
  });
});

describe('citation texts', () => {
  it('every stored article has a label and a text', () => {
    const all = allCitations();
    expect(all.length).toBeGreaterThan(50);
    for (const c of all) {
      expect((c.quote ?? c.summaryZh ?? '').trim().length, `${c.doc} ${c.article}`).toBeGreaterThan(0);
      expect(citationLabel(c)).toContain(c.article);
    }
  });

  it('labels regulations, standards and practice differently', () => {
    expect(citationLabel(resolveCitation({ doc: 'anhui', article: '第二十二条' })!)).toBe('《安徽省政务数据资源管理办法》第二十二条');
    expect(citationLabel(resolveCitation({ doc: 'gb32100', article: '校验码' })!)).toBe('GB 32100-2015《法人和其他组织统一社会信用代码编码规则》校验码');
    expect(citationLabel(resolveCitation({ doc: 'practice', article: '名称查重' })!)).toBe('目录编制通行做法·名称查重（非法规要求）');
    expect(resolveCitation({ doc: 'anhui', article: '第九十九条' })).toBeUndefined();
  });
});
