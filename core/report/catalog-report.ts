// The whole-catalog validation a package carries: every rule of the profile, with the division table loaded (the
// department's and providers' 行政区划 are checked against it), as `mulu validate`, `mulu pack` and the app's
// packaging worker run it.
import { loadDivisionTable } from '../codes/division.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { RuleEngine } from '../rules/engine.ts';
import { buildReport, type ValidationReport } from './validation-report.ts';

/** `today` (YYYY-MM-DD) for the date rules; the local date otherwise. */
export async function validateCatalogReport(catalog: Catalog, profile: Profile, today?: string): Promise<ValidationReport> {
  const engine = new RuleEngine({ profile, divisions: await loadDivisionTable(), today });
  return buildReport(catalog, profile, engine.validateCatalog(catalog));
}
