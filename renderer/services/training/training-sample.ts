// The training catalog: a few hundred resources from core's sample generator, with the mistakes clerks typically
// make, so a trainer can show findings, fixes and packaging without touching real data. Always the same seed: every
// class (and every reset) starts from the same catalog, so a lesson plan can point at "resource 12".
import type { Catalog } from '../../../core/model/catalog.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';

export const TRAINING_RESOURCES = 300;
export const TRAINING_SEED = 2026;

/** The sample under the clerk's own profile, so the rules practised are the ones they work under. */
export function trainingCatalog(profileId: string): Catalog {
  return generateCatalog({ resources: TRAINING_RESOURCES, seed: TRAINING_SEED, profile: profileId });
}
