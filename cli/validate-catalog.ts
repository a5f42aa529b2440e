// What `validate` and `pack` share: pick the profile (option, else the catalog's own) and run every rule
// (core/report/catalog-report.ts). An unknown profile is the user's error (exit 2).
import type { Catalog } from '../core/model/catalog.ts';
import { loadProfile, UnknownProfileError, type Profile } from '../core/profiles/profile.ts';
import { validateCatalogReport } from '../core/report/catalog-report.ts';
import type { ValidationReport } from '../core/report/validation-report.ts';
import { UsageError } from './exit-codes.ts';

export function profileFor(catalog: Catalog, requested: string | undefined): Profile {
  return loadProfileOption(requested ?? catalog.profile);
}

/** The profile named on the command line or in a file; an unknown name is a usage error listing the known ones. */
export function loadProfileOption(id: string): Profile {
  try {
    return loadProfile(id);
  } catch (err) {
    if (err instanceof UnknownProfileError) throw new UsageError(err.text.zh, err.text.en);
    throw err;
  }
}

export function validateCatalogForCli(catalog: Catalog, requestedProfile: string | undefined, today?: string): Promise<ValidationReport> {
  return validateCatalogReport(catalog, profileFor(catalog, requestedProfile), today);
}
