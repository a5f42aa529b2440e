// Every rule that any profile enables: at least one case where a valid resource or catalog passes, and
// targeted mutations that produce exactly the expected finding — rule id, path, severity and the
// variant's own message text — under a profile where the rule runs. The cases live beside each other in
// checks/<check>.cases.ts, one file per file of core/rules/checks/; a new check brings its own cases file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDivisionTable, type DivisionTable } from '../../../../core/codes/division.ts';
import { loadProfile, PROFILE_IDS } from '../../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import type { Finding } from '../../../../core/rules/types.ts';
import { allFindings, summary, TODAY, validCatalog, validResource } from '../../../harness/catalog-builders.ts';
import type { CheckCases } from '../../../harness/rule-cases.ts';

const CASES_DIR = join(import.meta.dirname, 'checks');
const CHECKS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'core', 'rules', 'checks');
const CASES_SUFFIX = '.cases.ts';

const caseFiles = readdirSync(CASES_DIR).filter((f) => f.endsWith(CASES_SUFFIX)).sort();
const byCheck: [string, CheckCases][] = await Promise.all(
  caseFiles.map(async (f) => [f.slice(0, -CASES_SUFFIX.length), ((await import(join(CASES_DIR, f))) as { cases: CheckCases }).cases] as [string, CheckCases]),
);
const FAIL = byCheck.flatMap(([, c]) => Object.entries(c.fail).map(([rule, cases]) => [rule, cases ?? []] as const));
const PASS = byCheck.flatMap(([, c]) => c.pass);

let divisions: DivisionTable;
beforeAll(async () => {
  divisions = await loadDivisionTable();
});

function engine(profile: string, withDivisions = false): RuleEngine {
  return new RuleEngine({ profile, today: TODAY, ...(withDivisions ? { divisions } : {}) });
}

function key(f: Pick<Finding, 'ruleId' | 'path' | 'severity'>): string {
  return `${f.ruleId} ${f.path} ${f.severity}`;
}

describe.each(FAIL)('%s fails', (rule, cases) => {
  it.each(cases)('$name ($profile)', ({ profile, subject, findings, divisions: d }) => {
    const e = engine(profile, d);
    expect(e.ruleIds()).toContain(rule);
    const got = allFindings(e, subject());
    expect(got.map(key).sort(), summary(got).join('\n')).toEqual(findings.map((x) => key({ ruleId: x.rule, path: x.path, severity: x.severity })).sort());
    for (const want of findings) {
      const f = got.find((g) => g.ruleId === want.rule && g.path === want.path)!;
      expect(f.message.zh).toContain(want.zh);
      for (const text of [f.message.zh, f.message.en, f.hint.zh, f.hint.en]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(f.citations.length).toBeGreaterThan(0);
    }
  });
});

describe.each(PASS)('$rule passes: $name ($profile)', ({ rule, profile, subject, divisions: d }) => {
  it('has no finding at all', () => {
    const e = engine(profile, d);
    expect(e.ruleIds()).toContain(rule);
    expect(summary(allFindings(e, subject()))).toEqual([]);
  });
});

describe('coverage of the cases', () => {
  const enabledSomewhere = new Set(PROFILE_IDS.flatMap((p) => [...loadProfile(p).rules.keys()]));

  it('has a failing and a passing case for every rule any profile enables', () => {
    const failing = new Set(FAIL.filter(([, cs]) => cs.length > 0).map(([r]) => r));
    const passing = new Set(PASS.map((p) => p.rule));
    for (const r of enabledSomewhere) {
      expect(failing, `failing case for ${r}`).toContain(r);
      expect(passing, `passing case for ${r}`).toContain(r);
    }
  });

  it('has one cases file for each check file, and no cases file without its check', () => {
    const checks = readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(byCheck.map(([check]) => check)).toEqual(checks);
  });

  it('starts from a resource and catalog that are clean under every profile', () => {
    for (const p of PROFILE_IDS) {
      expect(summary(engine(p, true).validateCatalog(validCatalog())), p).toEqual([]);
      expect(summary(engine(p).validateResource(validResource(), 'resources[0]', 0)), p).toEqual([]);
    }
  });
});
