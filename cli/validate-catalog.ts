// What `validate` and `pack` share: pick the profile (option, else the catalog's own) and run every rule
// (core/report/catalog-report.ts). An unknown profile is the user's error: UnknownProfileError is a refusal, which
// cli/run.ts prints in both languages with exit 2.
import type { Catalog } from '../core/model/catalog.ts';
import { loadProfile, type Profile } from '../core/profiles/profile.ts';
import { validateCatalogReport } from '../core/report/catalog-report.ts';
import type { ValidationReport } from '../core/report/validation-report.ts';

export function profileFor(catalog: Catalog, requested: string | undefined): Profile {
  return loadProfile(requested ?? catalog.profile);
}

export function validateCatalogForCli(catalog: Catalog, requestedProfile: string | undefined, today?: string): Promise<ValidationReport> {
  return validateCatalogReport(catalog, profileFor(catalog, requestedProfile), today);
}
