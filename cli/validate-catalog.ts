// What `validate` and `pack` share: pick the profile (option, else the catalog's own), run every rule with
// the division table loaded, and build the report. An unknown profile is the user's error (exit 2).
import { loadDivisionTable } from '../core/codes/division.ts';
import type { Catalog } from '../core/model/catalog.ts';
import { loadProfile, PROFILE_IDS, UnknownProfileError, type Profile } from '../core/profiles/profile.ts';
import { buildReport, type ValidationReport } from '../core/report/validation-report.ts';
import { RuleEngine } from '../core/rules/engine.ts';
import { UsageError } from './exit-codes.ts';

export function profileFor(catalog: Catalog, requested: string | undefined): Profile {
  return loadProfileOption(requested ?? catalog.profile);
}

/** The profile named on the command line or in a file; an unknown name is a usage error listing the known ones. */
export function loadProfileOption(id: string): Profile {
  try {
    return loadProfile(id);
  } catch (err) {
    if (err instanceof UnknownProfileError) throw new UsageError(`未知的规则配置「${id}」，可用：${PROFILE_IDS.join('、')}`, `unknown profile "${id}"; available: ${PROFILE_IDS.join(', ')}`);
    throw err;
  }
}

export async function validateCatalogForCli(catalog: Catalog, requestedProfile: string | undefined, today?: string): Promise<ValidationReport> {
  const profile = profileFor(catalog, requestedProfile);
  const engine = new RuleEngine({ profile, divisions: await loadDivisionTable(), today });
  return buildReport(catalog, profile, engine.validateCatalog(catalog));
}
